// Tests mirror src/: tests/sim, tests/cli, tests/ui (real Chromium). `frontera` resolves to the sources.
//
// Two suites, so the default one stays fast enough to run often (CI runs both):
// - `npm test` (project "default"): every tests/**/*.test.ts except the long files. Keep it under
//   10 minutes on a 2-core machine.
// - `npm run test:long` (project "long"): tests/**/*.long.test.ts, the slow statistical checks:
//   paired-seed tests with more seeds, years or agents than the default (10 seeds, 3 years, scale
//   20, 1M-person stock), anything over about a CPU-minute. One slow mechanism per file,
//   tests/sim/mechanisms-<topic>.long.test.ts, so the files run in parallel.
// A single file of either suite runs with `npx vitest run tests/sim/<file>`.
// Mechanism tests use `compare` from tests/sim/helpers.ts: it memoises runs per file, so tests that
// share a base and seeds (and several `it`s on one comparison) pay for each run once. Fast ones
// (10 seeds, 3 years, scale 20, the default base) go in tests/sim/mechanisms.test.ts and share its
// base runs; a default-suite file of its own should stay within about a CPU-minute of runs.
// Files run in parallel on every core (forks; each file in its own process), mechanism files first.
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

const LONG = 'tests/**/*.long.test.ts';

/**
 * Starts the paired-seed files (tests/sim/mechanisms*) first. On a fresh clone Vitest has no recorded
 * durations and starts the largest files first; these are short files but the slowest to run, and
 * started last they would finish alone on one core.
 */
class MechanismsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isMechanisms = (file: TestSpecification) => /[\\/]tests[\\/]sim[\\/]mechanisms[^\\/]*$/.test(file.moduleId);
    return [...sorted.filter(isMechanisms), ...sorted.filter((file) => !isMechanisms(file))];
  }
}

export default defineConfig({
  resolve: { alias: { frontera: resolve(import.meta.dirname, 'src/index.ts') } },
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    sequence: { sequencer: MechanismsFirst },
    // Vitest leaves one core free in `run` mode, which on 2 cores means one file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'default', include: ['tests/**/*.test.ts'], exclude: [LONG] } },
      { extends: true, test: { name: 'long', include: [LONG] } },
    ],
  },
});
