// CSV cells and the per-tick rows of runs.csv (wide: one row per run and month, one column per
// metric, with the run's keys first), formatted with formatValue so files are byte-stable.
import { METRIC_NAMES } from '../metrics';
import { formatValue, metricCell } from '../output';
import type { RunResult } from '../run';
import type { ExperimentPlan, KeyValue, RunSpec } from './plan';

/** A CSV cell: numbers via formatValue, text quoted only when it must be. */
export function csvCell(value: KeyValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatValue(value);
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A statistic's cell: empty (NA in R, NaN in pandas) when it is undefined for the sample. */
export function statCell(value: number): string {
  return Number.isFinite(value) ? formatValue(value) : '';
}

/** Joins cells into one CSV line. */
export function csvLine(cells: readonly string[]): string {
  return cells.join(',');
}

/** Header of runs.csv. */
export function runsHeader(plan: ExperimentPlan): string {
  return csvLine(['run', 'replicate', 'seed', ...plan.keyColumns, 'tick', 'date', ...METRIC_NAMES]);
}

/** The runs.csv lines of one run (one per simulated month, each ending in a newline). */
export function runRows(plan: ExperimentPlan, spec: RunSpec, result: RunResult): string {
  const arm = plan.arms[spec.arm];
  const prefix = csvLine([
    String(spec.run),
    String(spec.replicate),
    String(spec.seed),
    ...plan.keyColumns.map((k) => csvCell(arm.keys[k])),
  ]);
  return result.dates
    .map((date, t) => `${prefix},${t},${date},${METRIC_NAMES.map((n) => metricCell(result.series[n][t])).join(',')}\n`)
    .join('');
}
