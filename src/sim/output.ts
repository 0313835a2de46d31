// Turning a run's result into files and tables: the CSV (one row per month), the JSON record
// (scenario as run, seed, version, series) and a yearly summary. Shared by the CLI and the UI so
// both write byte-identical files. A month without a value (NaN: a ratio whose denominator is zero)
// is an empty CSV cell and null in JSON.
import { METRICS, type MetricName, type MetricSpec } from './metrics';
import type { RunResult } from './run';

/** Formats a value the same way everywhere: integers plainly, others to 6 significant digits. */
export function formatValue(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`non-finite metric value ${v}`);
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(6)));
}

/** A metric's CSV cell: empty when the month has no value. */
export function metricCell(v: number): string {
  return Number.isNaN(v) ? '' : formatValue(v);
}

/** CSV with a header `tick,date,<metric>...` and one row per simulated month. */
export function toCsv(result: RunResult): string {
  const names = METRICS.map((m) => m.name);
  const lines = [['tick', 'date', ...names].join(',')];
  result.dates.forEach((date, t) => {
    lines.push([String(t), date, ...names.map((n) => metricCell(result.series[n][t]))].join(','));
  });
  return lines.join('\n') + '\n';
}

/** JSON record of a run: the scenario as run, the seed, the code version and each metric's series
 *  (a month without a value is null). */
export function toJson(result: RunResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/** A run result read back from JSON: null months become NaN again. */
export function reviveResult(result: RunResult): RunResult {
  const series = Object.fromEntries(
    Object.entries(result.series).map(([name, values]) => [name, (values as (number | null)[]).map((v) => (v === null ? NaN : v))]),
  ) as Record<MetricName, number[]>;
  return { ...result, series };
}

/** A run's series by metric name (arrays or typed arrays). */
export type SeriesByMetric = Readonly<Record<string, ArrayLike<number>>>;

/** A metric's value over months [start, end), by its yearly rule: counts add up; a ratio is the
 *  ratio of the period's sums of its counters; a function of the state takes the last month.
 *  NaN (no value) for an empty period or a ratio whose denominator sums to zero. */
export function combineMonths(spec: MetricSpec, series: SeriesByMetric, start: number, end: number): number {
  if (end <= start) return NaN;
  const c = spec.computed;
  if (c.kind === 'state') return series[spec.name][end - 1];
  if (c.kind === 'count') return sumOf(series[spec.name], start, end);
  const denominator = c.denominator.reduce((sum, name) => sum + sumOf(series[name], start, end), 0);
  return denominator > 0 ? (sumOf(series[c.numerator], start, end) / denominator) * c.per : NaN;
}

/** combineMonths over [0, t + 1) for every month t < n, in one pass: the value of the run so far. */
export function runningValues(spec: MetricSpec, series: SeriesByMetric, n: number): number[] {
  const c = spec.computed;
  const out: number[] = [];
  let numerator = 0;
  let denominator = 0;
  for (let t = 0; t < n; t++) {
    if (c.kind === 'state') out.push(series[spec.name][t]);
    else if (c.kind === 'count') out.push((numerator += series[spec.name][t]));
    else {
      numerator += series[c.numerator][t];
      for (const name of c.denominator) denominator += series[name][t];
      out.push(denominator > 0 ? (numerator / denominator) * c.per : NaN);
    }
  }
  return out;
}

function sumOf(values: ArrayLike<number>, start: number, end: number): number {
  let sum = 0;
  for (let t = start; t < end; t++) sum += values[t];
  return sum;
}

export interface YearlyRow {
  year: string;
  values: Record<MetricName, number>;
}

/** One row per calendar year of the run (partial years included). */
export function yearlySummary(result: RunResult): YearlyRow[] {
  const rows: YearlyRow[] = [];
  for (let start = 0; start < result.dates.length;) {
    const year = result.dates[start].slice(0, 4);
    let end = start;
    while (end < result.dates.length && result.dates[end].startsWith(year)) end++;
    const values = Object.fromEntries(METRICS.map((m) => [m.name, combineMonths(m, result.series, start, end)])) as Record<
      MetricName,
      number
    >;
    rows.push({ year, values });
    start = end;
  }
  return rows;
}
