// Bundles the library's declarations (tsc writes them to dist/declarations) into one file beside the
// library entry: with no relative imports left, the types resolve under nodenext and bundler alike.
import { dts } from 'rollup-plugin-dts';

export default {
  input: 'dist/declarations/index.d.ts',
  output: { file: 'dist/node/index.d.ts', format: 'es' },
  plugins: [dts()],
};
