// Paired comparisons on common random numbers: every replicate runs each scenario on the same
// seed, so per metric and period the difference from the first scenario gets a paired 95% CI,
// shown next to the unpaired (Welch) CI and the variance reduction the pairing bought. Totals run
// from the policies' start: before it paired runs are identical, which would flatter both.
import { METRICS, type MetricName } from '../metrics';
import { monthIndex, monthLabel } from '../engine/calendar';
import { resolveParams, type Scenario } from '../scenario';
import type { ExperimentPlan } from './plan';
import { armSample, periodMonths, type RunOutcome } from './summary';
import { pairedDifference, type PairedDifference } from './stats';
import { csvCell, csvLine, statCell } from './tables';

/** One scenario against the baseline (the first scenario) for one metric and period. */
export interface ComparisonRow extends PairedDifference {
  scenario: string;
  baseline: string;
  metric: MetricName;
  period: string;
}

/** The parameters a scenario runs with in month `month` (a month index): its values, then its timeline so far. */
function paramsAt(scenario: Scenario, month: number): Record<string, unknown> {
  const params: Record<string, unknown> = { ...resolveParams(scenario) };
  for (const entry of scenario.timeline) if (monthIndex(entry.at) <= month) Object.assign(params, entry.set);
  return params;
}

function sameParams(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** The policies' start: the first month ("YYYY-MM") in which any scenario's parameters (or scale) differ from
 *  the first scenario's. The run's first month when they differ from the start, or never differ within the run. */
export function policyStart(scenarios: readonly Scenario[]): string {
  const first = monthIndex(scenarios[0].start);
  const last = first + scenarios[0].years * 12 - 1;
  const changes = scenarios.flatMap((s) => s.timeline.map((e) => monthIndex(e.at))).filter((m) => m > first && m <= last);
  const months = [first, ...[...new Set(changes)].sort((a, b) => a - b)];
  const differ = (m: number) =>
    scenarios.some((s) => s.scale !== scenarios[0].scale || !sameParams(paramsAt(s, m), paramsAt(scenarios[0], m)));
  return monthLabel(months.find(differ) ?? first);
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
export function comparisonCsv(plan: ExperimentPlan, rows: readonly ComparisonRow[]): string {
  const header = [
    'scenario',
    'baseline',
    'metric',
    'period',
    'window_start',
    'window_end',
    'n',
    'mean_baseline',
    'mean',
    'mean_diff',
    'paired_ci_low',
    'paired_ci_high',
    'unpaired_ci_low',
    'unpaired_ci_high',
    'variance_reduction',
  ];
  const lines = rows.map((r) =>
    csvLine([
      csvCell(r.scenario),
      csvCell(r.baseline),
      r.metric,
      r.period,
      ...periodMonths(plan, r.period),
      String(r.n),
      ...[r.meanBase, r.meanOther, r.meanDiff, r.pairedLow, r.pairedHigh, r.unpairedLow, r.unpairedHigh, r.varianceReduction].map(statCell),
    ]),
  );
  return [csvLine(header), ...lines].join('\n') + '\n';
}
