// Statistics across seeds: replicate seeds derived from (base seed, index), and per-point mean
// with a 90% band (5th to 95th percentile) in the chosen time view.
import { viewSeries, type TimeView } from './series';

/** A band across seeds: x, mean, 5th and 95th percentiles. */
export interface Band { x: number[]; labels: string[]; mean: number[]; lo: number[]; hi: number[] }

/** The seed of replicate `index`: the base seed itself first, then a hash of (base, index). */
export function replicateSeed(base: number, index: number): number {
  if (index === 0) return base >>> 0;
  let h = (Math.imul(base >>> 0, 0x9e3779b1) ^ Math.imul(index, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Linear-interpolated quantile of an ascending array. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (pos - lower);
}

/** Mean and 90% band of one metric across seeds' series, in the given view. */
export function bandAcrossSeeds(metric: string, seeds: readonly ArrayLike<number>[], dates: readonly string[], view: TimeView): Band {
  const views = seeds.map((values) => viewSeries(metric, values, dates, view));
  const first = views[0] ?? { x: [], y: [], labels: [] };
  const band: Band = { x: first.x, labels: first.labels, mean: [], lo: [], hi: [] };
  for (let i = 0; i < first.x.length; i++) {
    const column = views.map((v) => v.y[i]).sort((a, b) => a - b);
    band.mean.push(column.reduce((a, b) => a + b, 0) / column.length);
    band.lo.push(quantile(column, 0.05));
    band.hi.push(quantile(column, 0.95));
  }
  return band;
}
