// Loads the TypeScript batch worker under tsx (development and tests); the build uses dist/node/worker.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker');
export default worker.default;
