// Metric series on the page: a store filled month by month from the worker, and the two views the
// charts draw (monthly points, 12-month rolling values, or complete calendar years, each combined by
// the metric's yearly rule). A month or year without a value stays NaN, which the charts draw as a gap.
import { METRICS, findMetric, type MetricName } from '../../sim/metrics';
import { combineMonths, type SeriesByMetric } from '../../sim/output';

/** Monthly points; at each month, the 12 months up to it (a count's total, a ratio of the year's sums,
 *  a stock's value; none before the 12th month); or complete calendar years. */
export type TimeView = 'monthly' | 'rolling' | 'yearly';

/** Months in the rolling window. */
export const ROLLING_MONTHS = 12;

/** A series ready to draw: x in (fractional) years, y in the metric's unit. */
export interface ViewSeries {
  x: number[];
  y: number[];
  labels: string[];
}

/** The months of a run so far, one Float64Array per metric. */
export class SeriesStore {
  readonly dates: string[];
  readonly series: Record<string, Float64Array>;
  tick = 0;

  constructor(dates: string[]) {
    this.dates = dates;
    this.series = Object.fromEntries(METRICS.map((m) => [m.name, new Float64Array(dates.length)]));
  }

  /** Writes months [from, from + rows length) and advances the tick. */
  write(from: number, rows: Record<string, Float64Array>): void {
    let end = from;
    for (const [name, values] of Object.entries(rows)) {
      const target = this.series[name];
      if (!target) continue;
      target.set(values.subarray(0, Math.max(0, target.length - from)), from);
      end = Math.max(end, from + values.length);
    }
    this.tick = Math.min(this.dates.length, Math.max(end, from));
  }

  /** The filled part of one metric, up to month `upTo` (default: all filled). */
  filled(metric: string, upTo = this.tick): Float64Array {
    return this.series[metric].subarray(0, Math.min(upTo, this.tick));
  }

  /** The filled part of every metric, up to month `upTo` (default: all filled). */
  filledSeries(upTo = this.tick): SeriesByMetric {
    return Object.fromEntries(Object.keys(this.series).map((name) => [name, this.filled(name, upTo)]));
  }
}

/** Fractional year of a "YYYY-MM" month, e.g. "2005-07" -> 2005.5. */
export function monthToYear(date: string): number {
  return Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12;
}

/** One metric of a run's series in the chosen view; yearly keeps complete calendar years only
 *  (a ratio's year is the ratio of the year's sums, so it reads the counters it is made of). */
export function viewSeries(metric: MetricName | string, series: SeriesByMetric, dates: readonly string[], view: TimeView): ViewSeries {
  const values = series[metric] ?? [];
  const n = Math.min(values.length, dates.length);
  if (view === 'monthly') {
    const x: number[] = [],
      y: number[] = [],
      labels: string[] = [];
    for (let t = 0; t < n; t++) {
      x.push(monthToYear(dates[t]));
      y.push(values[t]);
      labels.push(dates[t]);
    }
    return { x, y, labels };
  }
  if (view === 'rolling') return rollingSeries(metric, series, dates, n);
  return yearlySeries(metric, series, dates, n);
}

function yearlySeries(metric: string, series: SeriesByMetric, dates: readonly string[], n: number): ViewSeries {
  const spec = findMetric(metric);
  const out: ViewSeries = { x: [], y: [], labels: [] };
  if (!spec) return out;
  for (let start = 0; start < n;) {
    const year = dates[start].slice(0, 4);
    let end = start;
    while (end < n && dates[end].startsWith(year)) end++;
    if (end - start === 12) {
      out.x.push(Number(year));
      out.y.push(combineMonths(spec, series, start, end));
      out.labels.push(year);
    }
    start = end;
  }
  return out;
}

function rollingSeries(metric: string, series: SeriesByMetric, dates: readonly string[], n: number): ViewSeries {
  const spec = findMetric(metric);
  const out: ViewSeries = { x: [], y: [], labels: [] };
  if (!spec) return out;
  for (let t = 0; t < n; t++) {
    out.x.push(monthToYear(dates[t]));
    out.y.push(t + 1 < ROLLING_MONTHS ? NaN : combineMonths(spec, series, t + 1 - ROLLING_MONTHS, t + 1));
    out.labels.push(dates[t]);
  }
  return out;
}
