// Per-run outcomes (each calendar year and the whole run, combined by each metric's yearly rule)
// and the ensemble summary: per arm, metric and period the mean, sd, 95% CI and percentiles.
import { METRICS, type MetricName } from '../metrics';
import { combineMonths, yearlySummary } from '../output';
import type { RunResult } from '../run';
import { summarize } from './stats';
import { monthIndex, monthLabel } from '../engine/calendar';
import type { ExperimentPlan } from './plan';
import { csvCell, csvLine, statCell } from './tables';

/** Period label for the whole run (the other periods are calendar years, and for a comparison the policy window). */
export const WHOLE_RUN = 'all';
/** Period label of a comparison's window: from the policies' start (the first month the scenarios differ) to the end. */
export const POLICY_WINDOW = 'policy';

/** One run reduced to a value per metric and period (years in order, then the policy window and/or the whole run). */
export interface RunOutcome {
  periods: string[];
  values: Record<MetricName, number[]>;
}

/** Which totals a run is reduced to besides its years: months [from, to) of the run (to the end without `to`),
 *  and the whole run if asked. */
export interface OutcomeWindow {
  from: number;
  to?: number;
  wholeRun: boolean;
}

/** A run's yearly values and, for every metric, its value over the window (when given) and over the whole run
 *  (without a window, or when the window asks for it). */
export function runOutcome(result: RunResult, outcomeWindow?: OutcomeWindow): RunOutcome {
  const years = yearlySummary(result);
  const end = result.dates.length;
  const totals: [string, number, number][] = [
    ...(outcomeWindow ? [[POLICY_WINDOW, outcomeWindow.from, outcomeWindow.to ?? end] as [string, number, number]] : []),
    ...(!outcomeWindow || outcomeWindow.wholeRun ? [[WHOLE_RUN, 0, end] as [string, number, number]] : []),
  ];
  const values = Object.fromEntries(
    METRICS.map((m) => [
      m.name,
      [...years.map((row) => row.values[m.name]), ...totals.map(([, from, to]) => combineMonths(m, result.series, from, to))],
    ]),
  ) as Record<MetricName, number[]>;
  return { periods: [...years.map((row) => row.year), ...totals.map(([period]) => period)], values };
}

/** The window of a comparison or Sobol plan (from plan.design.policyStart, to plan.design.windowEnd or the end);
 *  none for other plans. */
export function planWindow(plan: ExperimentPlan): OutcomeWindow | undefined {
  if (typeof plan.design.policyStart !== 'string' || !['compare', 'sobol', 'posterior'].includes(plan.kind)) return undefined;
  const start = monthIndex(plan.scenarios[0].start);
  const to = typeof plan.design.windowEnd === 'string' ? monthIndex(plan.design.windowEnd) - start + 1 : undefined;
  return { from: monthIndex(plan.design.policyStart) - start, ...(to !== undefined && { to }), wholeRun: plan.design.wholeRun === true };
}

/** The first and last month ("YYYY-MM") a period of the plan's runs covers. */
export function periodMonths(plan: ExperimentPlan, period: string): [string, string] {
  const scenario = plan.scenarios[0];
  const first = monthIndex(scenario.start);
  const last = first + scenario.years * 12 - 1;
  if (period === WHOLE_RUN) return [monthLabel(first), monthLabel(last)];
  if (period === POLICY_WINDOW) return [String(plan.design.policyStart), String(plan.design.windowEnd ?? monthLabel(last))];
  const year = Number(period) * 12;
  return [monthLabel(Math.max(first, year)), monthLabel(Math.min(last, year + 11))];
}

/** The replicates' values of one metric and period for one arm, in replicate order. */
export function armSample(
  plan: ExperimentPlan,
  outcomes: readonly RunOutcome[],
  arm: number,
  metric: MetricName,
  period: number,
): number[] {
  return outcomes.slice(arm * plan.replicates, (arm + 1) * plan.replicates).map((o) => o.values[metric][period]);
}

/** A comparison's tables state each period's months (`window_start`, `window_end`): its totals start with the policies. */
function windowColumns(plan: ExperimentPlan): string[] {
  return planWindow(plan) ? ['window_start', 'window_end'] : [];
}

/** A period's window cells (empty list for plans without a policy window). */
export function windowCells(plan: ExperimentPlan, period: string): string[] {
  return planWindow(plan) ? periodMonths(plan, period) : [];
}

/** Header of summary.csv. */
export function summaryHeader(plan: ExperimentPlan): string {
  return csvLine([
    ...plan.keyColumns,
    'metric',
    'period',
    ...windowColumns(plan),
    'n',
    'mean',
    'sd',
    'ci_low',
    'ci_high',
    'p5',
    'p50',
    'p95',
  ]);
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
        lines.push(
          csvLine([
            ...keys,
            metric.name,
            period,
            ...windowCells(plan, period),
            String(s.n),
            ...[s.mean, s.sd, s.ciLow, s.ciHigh, s.p5, s.p50, s.p95].map(statCell),
          ]),
        );
      });
    }
  });
  return lines.join('\n') + '\n';
}
