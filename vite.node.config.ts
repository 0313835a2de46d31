// The Node build: the CLI, the library entry and the batch worker as ES modules in dist/node,
// so `frontera` starts fast and `import { runScenario } from 'frontera'` needs no TypeScript.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  build: {
    ssr: true,
    outDir: resolve(import.meta.dirname, 'dist/node'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: {
        cli: resolve(import.meta.dirname, 'src/cli/main.ts'),
        index: resolve(import.meta.dirname, 'src/index.ts'),
        worker: resolve(import.meta.dirname, 'src/cli/worker.ts'),
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
