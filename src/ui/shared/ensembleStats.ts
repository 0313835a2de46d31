// Statistics across seeds: per-point mean with a 90% band (5th to 95th percentile) in the chosen
// time view. Replicate seeds come from src/sim/experiment/seeds.ts, the same function as the CLI's.
import type { SeriesByMetric } from '../../sim/output';
import { viewSeries, type TimeView } from './series';

/** A band across seeds: x, mean, 5th and 95th percentiles. */
export interface Band {
  x: number[];
  labels: string[];
  mean: number[];
  lo: number[];
  hi: number[];
}

/** Linear-interpolated quantile of an ascending array (NaN for an empty one). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (pos - lower);
}

/** Mean and 90% band of one metric across seeds' series, in the given view; seeds without a value
 *  at a point are left out there, and a point no seed has a value for is a gap (NaN). */
export function bandAcrossSeeds(metric: string, seeds: readonly SeriesByMetric[], dates: readonly string[], view: TimeView): Band {
  const views = seeds.map((series) => viewSeries(metric, series, dates, view));
  const first = views[0] ?? { x: [], y: [], labels: [] };
  const band: Band = { x: first.x, labels: first.labels, mean: [], lo: [], hi: [] };
  for (let i = 0; i < first.x.length; i++) {
    const column = views
      .map((v) => v.y[i])
      .filter((v) => !Number.isNaN(v))
      .sort((a, b) => a - b);
    band.mean.push(column.length === 0 ? NaN : column.reduce((a, b) => a + b, 0) / column.length);
    band.lo.push(quantile(column, 0.05));
    band.hi.push(quantile(column, 0.95));
  }
  return band;
}
