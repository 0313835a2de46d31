// Shared helpers for the simulation tests: short runs of library scenarios with overrides, and the
// paired-seed comparison the mechanism tests use.
//
// Paired runs are the expensive part of the suite, so they are memoised per test file: `compare`
// (through `seedMeans`) runs each (parameters, seed, years) once, and every test in the same file that
// asks for it again gets the stored result. Put mechanism tests that share a base in the same file
// and let several `it`s assert on one `compare(...)`. Where the slow statistical checks go (the long
// suite, `*.long.test.ts`) is explained at the top of vitest.config.ts.
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

/** Mechanism runs: small and fast; a smaller starting population changes the level of some outcomes, not the mechanisms. */
export const MECHANISM_RUN = { scenario: 'baseline-2003', years: 3, scale: 20, settleMonths: 12 } as const;
/** Levers every mechanism run shares. */
const MECHANISM_BASE: Levers = { 'context.usStock': 1_000_000 };
/** Seeds 1..10, the default for a paired comparison. */
export const SEEDS = seedRange(10);
/** Time limit for a test that runs its own paired seeds (the machine may be shared and busy). */
export const PAIRED_TIMEOUT = 900_000;

/** Seeds 1..n. */
export function seedRange(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** Monthly mean of every metric after the first (settling) year of one run. */
export type Totals = Record<MetricName, number>;

const runCache = new Map<string, Totals>();

/** Totals of one mechanism run; memoised, so tests in one file that need the same run share it. */
export function seedMeans(set: Levers, seed: number, years: number = MECHANISM_RUN.years): Totals {
  const levers = { ...MECHANISM_BASE, ...set };
  const key = JSON.stringify([seed, years, Object.entries(levers).sort(([a], [b]) => a.localeCompare(b))]);
  let totals = runCache.get(key);
  if (!totals) {
    const { scenario, scale, settleMonths: skip } = MECHANISM_RUN;
    const result = runLibrary(scenario, { years, scale, seed, set: levers });
    totals = Object.fromEntries(Object.entries(result.series).map(([k, v]) => [k, v.slice(skip).reduce((a, b) => a + b, 0) / (v.length - skip)])) as Totals;
    runCache.set(key, totals);
  }
  return totals;
}

/** An outcome: a metric, or a quantity computed from a run's totals (e.g. a rate of two metrics). */
export type Outcome = MetricName | ((t: Totals) => number);
const read = (totals: Totals, outcome: Outcome) => (typeof outcome === 'function' ? outcome(totals) : totals[outcome]);

/** Paired t statistic of variant minus base for an outcome (±Infinity when every pair differs by the same amount). */
export function pairedT(base: Totals[], variant: Totals[], outcome: Outcome): number {
  const d = base.map((b, i) => read(variant[i], outcome) - read(b, outcome));
  const m = mean(d);
  const sd = Math.sqrt(variance(d));
  return sd === 0 ? (m === 0 ? 0 : Math.sign(m) * Infinity) : m / (sd / Math.sqrt(d.length));
}

/**
 * Runs base (`baseSet`) and variant (`baseSet` + `set`) on the same seeds and returns the paired t
 * statistic of any outcome. Runs are memoised, so call it once per mechanism and assert on as many
 * outcomes as needed; comparisons with the same base and seeds share the base runs.
 */
export function compare(set: Levers, baseSet: Levers = {}, seeds: readonly number[] = SEEDS, years: number = MECHANISM_RUN.years) {
  const base = seeds.map((seed) => seedMeans(baseSet, seed, years));
  const variant = seeds.map((seed) => seedMeans({ ...baseSet, ...set }, seed, years));
  return (outcome: Outcome) => pairedT(base, variant, outcome);
}
