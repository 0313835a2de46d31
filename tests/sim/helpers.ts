// Shared helpers for the simulation tests: short runs of library scenarios with overrides, and the
// paired-seed comparison the mechanism tests use.
//
// Paired runs are the expensive part of the suite, so they are memoised per test file: `compare`
// runs each (scenario, years, scale, levers, seed) once, and every test in the same file that needs
// it again gets the stored result. So: use `compare` (options for seeds, years, scale and the shared
// base; `t` and `meanDiff` per outcome) rather than a local copy; put mechanisms that share a base in
// one file; call it inside an `it` or `beforeAll` (never in a `describe` body, which runs outside any
// time limit even when the test is filtered out) and let several `it`s assert on one comparison.
// Where slow statistical checks go (the long suite, `*.long.test.ts`): see vitest.config.ts.
import { findScenario } from '../../src/sim/library';
import { applyOverrides, type Overrides } from '../../src/sim/scenario';
import { runScenario, type RunResult } from '../../src/sim/run';
import { mean, variance } from '../../src/sim/experiment/stats';
import type { MetricName } from '../../src/sim/metrics';

/** Runs a library scenario with overrides. */
export function runLibrary(name: string, overrides: Overrides): RunResult {
  const scenario = findScenario(name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return runScenario(applyOverrides(scenario, overrides));
}

/** Mean of a metric over the last `months` months of a run. */
export function tailMean(result: RunResult, metric: MetricName, months: number): number {
  const s = result.series[metric];
  const tail = s.slice(s.length - months);
  return tail.reduce((a, b) => a + b, 0) / tail.length;
}

type Levers = Record<string, number | boolean>;

/** Paired runs: both arms run a library scenario at one scale on the same seeds, from shared levers. */
export interface PairedRuns {
  scenario: string;
  years: number;
  scale: number;
  /** Levers both arms share; the variant adds its own on top. */
  base: Levers;
  seeds: readonly number[];
}

/** Seeds 1..n. */
export function seedRange(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Mechanism runs: small and fast; a smaller starting population changes the level of some outcomes, not the mechanisms. */
export const MECHANISM_RUNS: PairedRuns = {
  scenario: 'baseline-2003',
  years: 3,
  scale: 20,
  base: { 'context.usStock': 1_000_000 },
  seeds: seedRange(10),
};
/** The first year settles; outcomes are means over the months after it. */
const SETTLE_MONTHS = 12;
/**
 * Time limit for a test that runs its own paired seeds. Generous: the runs are CPU-bound and cannot
 * hang, and on a shared, busy machine the long suite's 80-run protection test took 14 minutes of wall time.
 */
export const PAIRED_TIMEOUT = 1_800_000;

/** Monthly mean of every metric after the first (settling) year of one run. */
export type Totals = Record<MetricName, number>;

const runCache = new Map<string, Totals>();

/** Totals of one run; memoised, so tests in one file that need the same run share it. */
export function seedMeans(levers: Levers, seed: number, runs: Omit<PairedRuns, 'base' | 'seeds'> = MECHANISM_RUNS): Totals {
  const { scenario, years, scale } = runs;
  const key = JSON.stringify([scenario, years, scale, seed, Object.entries(levers).sort(([a], [b]) => a.localeCompare(b))]);
  let totals = runCache.get(key);
  if (!totals) {
    const result = runLibrary(scenario, { years, scale, seed, set: levers });
    totals = Object.fromEntries(
      Object.entries(result.series).map(([k, v]) => [k, v.slice(SETTLE_MONTHS).reduce((a, b) => a + b, 0) / (v.length - SETTLE_MONTHS)]),
    ) as Totals;
    runCache.set(key, totals);
  }
  return totals;
}

/** An outcome: a metric, or a quantity computed from a run's totals (e.g. a rate of two metrics). */
export type Outcome = MetricName | ((t: Totals) => number);
const read = (totals: Totals, outcome: Outcome) => (typeof outcome === 'function' ? outcome(totals) : totals[outcome]);

/** Variant minus base of an outcome, seed by seed. */
function differences(base: Totals[], variant: Totals[], outcome: Outcome): number[] {
  return base.map((b, i) => read(variant[i], outcome) - read(b, outcome));
}

/** Paired t statistic of variant minus base for an outcome (±Infinity when every pair differs by the same amount). */
export function pairedT(base: Totals[], variant: Totals[], outcome: Outcome): number {
  const d = differences(base, variant, outcome);
  const m = mean(d);
  const sd = Math.sqrt(variance(d));
  return sd === 0 ? (m === 0 ? 0 : Math.sign(m) * Infinity) : m / (sd / Math.sqrt(d.length));
}

/** A paired comparison: for any outcome, its paired t statistic and mean difference (variant minus base). */
export interface Comparison {
  t(outcome: Outcome): number;
  meanDiff(outcome: Outcome): number;
}

/**
 * Runs the base (`runs.base`, by default the mechanism base) and the variant (base + `variant`) on
 * the same seeds. Runs are memoised, so call it once per mechanism and assert on as many outcomes as
 * needed; comparisons with the same base, seeds and run settings share the base runs.
 */
export function compare(variant: Levers, runs: Partial<PairedRuns> = {}): Comparison {
  const settings = { ...MECHANISM_RUNS, ...runs };
  const base = settings.seeds.map((seed) => seedMeans(settings.base, seed, settings));
  const other = settings.seeds.map((seed) => seedMeans({ ...settings.base, ...variant }, seed, settings));
  return {
    t: (outcome) => pairedT(base, other, outcome),
    meanDiff: (outcome) => mean(differences(base, other, outcome)),
  };
}
