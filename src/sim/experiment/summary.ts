// Per-run outcomes (each calendar year and the whole run, combined by each metric's yearly rule)
// and the ensemble summary: per arm, metric and period the mean, sd, 95% CI and percentiles.
import { METRICS, type MetricName } from '../metrics';
import { combineMonths, yearlySummary } from '../output';
import type { RunResult } from '../run';
import { summarize } from './stats';
import type { ExperimentPlan } from './plan';
import { csvCell, csvLine, statCell } from './tables';

/** Period label for the whole run (the other periods are calendar years). */
export const WHOLE_RUN = 'all';

/** One run reduced to a value per metric and period (years in order, then the whole run). */
export interface RunOutcome {
  periods: string[];
  values: Record<MetricName, number[]>;
}

/** A run's yearly values and its whole-run value of every metric. */
export function runOutcome(result: RunResult): RunOutcome {
  const years = yearlySummary(result);
  const values = Object.fromEntries(METRICS.map((m) => [
    m.name, [...years.map((row) => row.values[m.name]), combineMonths(m, result.series, 0, result.dates.length)],
  ])) as Record<MetricName, number[]>;
  return { periods: [...years.map((row) => row.year), WHOLE_RUN], values };
}

/** The replicates' values of one metric and period for one arm, in replicate order. */
export function armSample(plan: ExperimentPlan, outcomes: readonly RunOutcome[], arm: number, metric: MetricName, period: number): number[] {
  return outcomes.slice(arm * plan.replicates, (arm + 1) * plan.replicates).map((o) => o.values[metric][period]);
}

/** Header of summary.csv. */
export function summaryHeader(plan: ExperimentPlan): string {
  return csvLine([...plan.keyColumns, 'metric', 'period', 'n', 'mean', 'sd', 'ci_low', 'ci_high', 'p5', 'p50', 'p95']);
}

/** summary.csv: one row per arm, metric and period (outcomes indexed by run). */
export function summaryCsv(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): string {
  const lines = [summaryHeader(plan)];
  const periods = outcomes[0]?.periods ?? [];
  plan.arms.forEach((arm, a) => {
    const keys = plan.keyColumns.map((k) => csvCell(arm.keys[k]));
    for (const metric of METRICS) {
      periods.forEach((period, p) => {
        const s = summarize(armSample(plan, outcomes, a, metric.name, p));
        lines.push(csvLine([...keys, metric.name, period, String(s.n), ...[s.mean, s.sd, s.ciLow, s.ciHigh, s.p5, s.p50, s.p95].map(statCell)]));
      });
    }
  });
  return lines.join('\n') + '\n';
}
