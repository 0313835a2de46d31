// Turning a run's result into files and tables: the CSV (one row per month), the JSON record
// (scenario as run, seed, version, series) and a yearly summary. Shared by the CLI and the UI so
// both write byte-identical files.
import { METRICS, type MetricName, type MetricSpec } from './metrics';
import type { RunResult } from './run';

/** Formats a value the same way everywhere: integers plainly, others to 6 significant digits. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`non-finite metric value ${v}`);
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

/** CSV with a header `tick,date,<metric>...` and one row per simulated month. */
export function toCsv(result: RunResult): string {
  const names = METRICS.map((m) => m.name);
  const lines = [['tick', 'date', ...names].join(',')];
  result.dates.forEach((date, t) => {
    lines.push([String(t), date, ...names.map((n) => formatValue(result.series[n][t]))].join(','));
  });
  return lines.join('\n') + '\n';
}

/** JSON record of a run: the scenario as run, the seed, the code version and each metric's series. */
export function toJson(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** Combines the months of one year of a metric according to its yearly rule. */
export function combineYear(spec: MetricSpec, months: number[]): number {
  if (months.length === 0) return 0;
  if (spec.yearly === 'last') return months[months.length - 1];
  const sum = months.reduce((a, b) => a + b, 0);
  return spec.yearly === 'sum' ? sum : sum / months.length;
}

export interface YearlyRow { year: string; values: Record<MetricName, number> }

/** One row per calendar year of the run (partial years included). */
export function yearlySummary(result: RunResult): YearlyRow[] {
  const rows: YearlyRow[] = [];
  for (let start = 0; start < result.dates.length; ) {
    const year = result.dates[start].slice(0, 4);
    let end = start;
    while (end < result.dates.length && result.dates[end].startsWith(year)) end++;
    const values = Object.fromEntries(METRICS.map((m) => [m.name, combineYear(m, result.series[m.name].slice(start, end))])) as Record<MetricName, number>;
    rows.push({ year, values });
    start = end;
  }
  return rows;
}
