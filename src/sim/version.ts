// The code version recorded in every run's output, read from package.json so it has one source.
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
