// The browser app: a static multi-page site (simulator and live comparison) that works offline
// from any plain web server; simulations run in web workers.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: './',
  root: resolve(import.meta.dirname, 'src/ui'),
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'src/ui/index.html'),
        compare: resolve(import.meta.dirname, 'src/ui/compare.html'),
        docs: resolve(import.meta.dirname, 'src/ui/docs.html'),
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
