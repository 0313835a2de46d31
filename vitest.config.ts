// Tests mirror src/: tests/sim, tests/cli, tests/ui (real Chromium). `frontera` resolves to the sources.
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

export default defineConfig({
  resolve: { alias: { frontera: resolve(import.meta.dirname, 'src/index.ts') } },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
