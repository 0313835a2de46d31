// The outcomes a comparison follows and the numbers drawn from them: each policy's series in a
// time view (monthly, complete years, or running value since the start), running values for the
// headline strip, differences from the first policy and the paired 90% band across seeds.
import { findMetric, HEADLINE_METRICS, type MetricName } from '../../sim/metrics';
import { mean, present, tHalfWidth, variance } from '../../sim/experiment/stats';
import { combineMonths, runningValues, type SeriesByMetric } from '../../sim/output';
import { monthToYear, viewSeries, type TimeView, type ViewSeries } from '../shared/series';

/** The headline outcomes, in the order the strip and the charts show them. */
export const OUTCOMES: readonly MetricName[] = HEADLINE_METRICS;

export type CompareView = TimeView | 'running';

/** Confidence level of the paired band on differences. */
export const BAND_LEVEL = 0.9;

/** A metric's running value over months [0, upTo): total for counts, ratio of the totals for ratios,
 *  latest for functions of the state; NaN when there is no value yet. */
export function runningValue(metric: string, series: SeriesByMetric, upTo: number): number {
  const spec = findMetric(metric);
  const n = Math.min(upTo, series[metric]?.length ?? 0);
  return spec ? combineMonths(spec, series, 0, n) : NaN;
}

/** One metric over months [0, upTo) in a compare view; "running" shows the running value at each month. */
export function outcomeSeries(
  metric: string,
  series: SeriesByMetric,
  dates: readonly string[],
  view: CompareView,
  upTo: number,
): ViewSeries {
  const n = Math.min(upTo, series[metric]?.length ?? 0, dates.length);
  if (view !== 'running') return viewSeries(metric, series, dates.slice(0, n), view);
  const spec = findMetric(metric);
  const shownDates = dates.slice(0, n);
  return { x: shownDates.map(monthToYear), labels: shownDates, y: spec ? runningValues(spec, series, n) : [] };
}

/** The left-axis title for an outcome in the running view (other views use the shared axis titles). */
export function runningAxisTitle(metric: string): string {
  const spec = findMetric(metric);
  if (!spec) return '';
  const unit = spec.unit === 'share' ? 'share (%)' : spec.unit;
  if (spec.yearly === 'sum') return `${unit}, running total`;
  if (spec.yearly === 'ratio') return `${unit}, since start`;
  return `${unit} (end of month)`;
}

/** `other` minus `base`, point by point, on base's x. */
export function differenceSeries(base: ViewSeries, other: ViewSeries): ViewSeries {
  const n = Math.min(base.x.length, other.x.length);
  return { x: base.x.slice(0, n), labels: base.labels.slice(0, n), y: base.y.slice(0, n).map((b, i) => other.y[i] - b) };
}

/** The mean of paired differences (seeds without a value left out) and its 90% t-interval; no interval (NaN) under 2 seeds. */
export interface PairedInterval {
  n: number;
  mean: number;
  lo: number;
  hi: number;
}

export function pairedInterval(differences: readonly number[]): PairedInterval {
  const diffs = present(differences);
  const m = mean(diffs);
  const half = diffs.length < 2 ? NaN : tHalfWidth(Math.sqrt(variance(diffs) / diffs.length), diffs.length - 1, BAND_LEVEL);
  return { n: diffs.length, mean: m, lo: m - half, hi: m + half };
}

/** Whether a paired interval lies wholly on one side of zero ("beyond noise"), includes it ("within noise"), or there is none. */
export type NoiseVerdict = 'beyond' | 'within' | 'none';

export function noiseVerdict(interval: PairedInterval): NoiseVerdict {
  if (interval.n < 2 || Number.isNaN(interval.lo) || Number.isNaN(interval.hi)) return 'none';
  return interval.lo > 0 || interval.hi < 0 ? 'beyond' : 'within';
}

/** The paired interval of one metric's running value at month `upTo`: `other` minus `base`, seed by seed. */
export function runningInterval(
  metric: string,
  base: readonly SeriesByMetric[],
  other: readonly SeriesByMetric[],
  upTo: number,
): PairedInterval {
  return pairedInterval(base.map((run, i) => runningValue(metric, other[i], upTo) - runningValue(metric, run, upTo)));
}

/** A difference across paired seeds: the mean and its 90% t-interval at each point. */
export interface PairedBand {
  x: number[];
  mean: number[];
  lo: number[];
  hi: number[];
}

/** Paired 90% band of `other` minus `base`; element i of both lists must come from the same seed.
 *  Seeds without a value at a point are left out there; a point none has is a gap (NaN). */
export function pairedBand(base: readonly ViewSeries[], other: readonly ViewSeries[]): PairedBand {
  const n = Math.min(base.length, other.length);
  const points = Math.min(...base.slice(0, n).map((s) => s.x.length), ...other.slice(0, n).map((s) => s.x.length));
  const band: PairedBand = { x: n > 0 ? base[0].x.slice(0, points) : [], mean: [], lo: [], hi: [] };
  for (let j = 0; j < band.x.length; j++) {
    const interval = pairedInterval(Array.from({ length: n }, (_, i) => other[i].y[j] - base[i].y[j]));
    // With one seed the band has no width (it is the mean itself).
    const [lo, hi] = interval.n < 2 ? [interval.mean, interval.mean] : [interval.lo, interval.hi];
    band.mean.push(interval.mean);
    band.lo.push(lo);
    band.hi.push(hi);
  }
  return band;
}
