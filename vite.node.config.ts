// The Node build: the CLI, the library entry and the batch worker as ES modules in dist/node,
// so `frontera` starts fast and `import { runScenario } from 'frontera'` needs no TypeScript.
// The HTML report's page script is bundled here, once, and shipped as a string (no esbuild at run time).
import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { bundleReportPage } from './src/cli/report/bundleReportPage.ts';

const PAGE_SCRIPT = resolve(import.meta.dirname, 'src/cli/report/pageScript.ts');

/** Replaces src/cli/report/pageScript.ts with the bundle it would make from the sources. */
const reportPageAtBuildTime: Plugin = {
  name: 'report-page-at-build-time',
  load(id) {
    if (id !== PAGE_SCRIPT) return null;
    return `const SCRIPT = ${JSON.stringify(bundleReportPage())};\nexport function reportPageScript() { return SCRIPT; }\n`;
  },
};

export default defineConfig({
  plugins: [reportPageAtBuildTime],
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
        worker: resolve(import.meta.dirname, 'src/cli/run/worker.ts'),
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
