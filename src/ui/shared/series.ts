// Metric series on the page: a store filled month by month from the worker, and the two views the
// charts draw (monthly points, or complete calendar years combined by each metric's yearly rule).
import { METRICS, findMetric, type MetricName } from '../../sim/metrics';
import { combineYear } from '../../sim/output';

export type TimeView = 'monthly' | 'yearly';

/** A series ready to draw: x in (fractional) years, y in the metric's unit. */
export interface ViewSeries { x: number[]; y: number[]; labels: string[] }

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

  /** The filled part of one metric. */
  filled(metric: string): Float64Array {
    return this.series[metric].subarray(0, this.tick);
  }
}

/** Fractional year of a "YYYY-MM" month, e.g. "2005-07" -> 2005.5. */
export function monthToYear(date: string): number {
  return Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) - 1) / 12;
}

/** One metric in the chosen view; yearly keeps complete calendar years only. */
export function viewSeries(metric: MetricName | string, values: ArrayLike<number>, dates: readonly string[], view: TimeView): ViewSeries {
  const n = Math.min(values.length, dates.length);
  if (view === 'monthly') {
    const x: number[] = [], y: number[] = [], labels: string[] = [];
    for (let t = 0; t < n; t++) {
      x.push(monthToYear(dates[t]));
      y.push(finiteOrZero(values[t]));
      labels.push(dates[t]);
    }
    return { x, y, labels };
  }
  return yearlySeries(metric, values, dates, n);
}

function yearlySeries(metric: string, values: ArrayLike<number>, dates: readonly string[], n: number): ViewSeries {
  const spec = findMetric(metric);
  const out: ViewSeries = { x: [], y: [], labels: [] };
  if (!spec) return out;
  for (let start = 0; start < n;) {
    const year = dates[start].slice(0, 4);
    let end = start;
    while (end < n && dates[end].startsWith(year)) end++;
    if (end - start === 12) {
      const months = Array.from({ length: end - start }, (_, i) => finiteOrZero(values[start + i]));
      out.x.push(Number(year));
      out.y.push(combineYear(spec, months));
      out.labels.push(year);
    }
    start = end;
  }
  return out;
}

function finiteOrZero(v: number): number {
  return Number.isFinite(v) ? v : 0;
}
