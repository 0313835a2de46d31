// Paired comparisons on common random numbers: every replicate runs each scenario on the same
// seed, so per metric and period the difference from the first scenario gets a paired 95% CI,
// shown next to the unpaired (Welch) CI and the variance reduction the pairing bought.
import { METRICS, type MetricName } from '../metrics';
import type { ExperimentPlan } from './plan';
import { armSample, type RunOutcome } from './summary';
import { pairedDifference, type PairedDifference } from './stats';
import { csvCell, csvLine, statCell } from './tables';

/** One scenario against the baseline (the first scenario) for one metric and period. */
export interface ComparisonRow extends PairedDifference {
  scenario: string;
  baseline: string;
  metric: MetricName;
  period: string;
}

/** Every non-first arm against arm 0, per metric and period. */
export function compareArms(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): ComparisonRow[] {
  const periods = outcomes[0]?.periods ?? [];
  const name = (arm: number) => String(plan.arms[arm].keys.scenario);
  const rows: ComparisonRow[] = [];
  for (let arm = 1; arm < plan.arms.length; arm++) {
    for (const metric of METRICS) {
      periods.forEach((period, p) => {
        const diff = pairedDifference(armSample(plan, outcomes, 0, metric.name, p), armSample(plan, outcomes, arm, metric.name, p));
        rows.push({ scenario: name(arm), baseline: name(0), metric: metric.name, period, ...diff });
      });
    }
  }
  return rows;
}

/** comparison.csv from the comparison rows. */
export function comparisonCsv(rows: readonly ComparisonRow[]): string {
  const header = ['scenario', 'baseline', 'metric', 'period', 'n', 'mean_baseline', 'mean', 'mean_diff', 'paired_ci_low', 'paired_ci_high', 'unpaired_ci_low', 'unpaired_ci_high', 'variance_reduction'];
  const lines = rows.map((r) => csvLine([csvCell(r.scenario), csvCell(r.baseline), r.metric, r.period, String(r.n),
    ...[r.meanBase, r.meanOther, r.meanDiff, r.pairedLow, r.pairedHigh, r.unpairedLow, r.unpairedHigh, r.varianceReduction].map(statCell)]));
  return [csvLine(header), ...lines].join('\n') + '\n';
}
