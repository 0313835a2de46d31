// Statistics for ensembles of runs: mean, standard deviation, 95% confidence intervals from the
// t-distribution, percentiles (R/numpy type 7), and paired versus unpaired differences with the
// variance reduction that pairing on common random numbers buys. Built on simple-statistics.
import { gammaln, mean as ssMean, quantileSorted, sampleVariance } from 'simple-statistics';

/** Mean, spread and interval of one sample; NaN where the sample is too small (sd and CI need n >= 2). */
export interface SampleSummary {
  n: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
  p5: number;
  p50: number;
  p95: number;
}

/** A paired comparison of `other` against `base`, replicate by replicate. */
export interface PairedDifference {
  n: number;
  meanBase: number;
  meanOther: number;
  meanDiff: number;
  pairedLow: number;
  pairedHigh: number;
  unpairedLow: number;
  unpairedHigh: number;
  /** 1 - Var(paired estimate) / Var(unpaired estimate): the share of variance pairing removed. */
  varianceReduction: number;
}

/** Regularised incomplete beta I_x(a, b), by Lentz's continued fraction (Numerical Recipes 6.4). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(1 - x, b, a)) / b;
  return (front * betaFraction(x, a, b)) / a;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 500; m++) {
    for (const numerator of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/** Cumulative probability of Student's t with `df` degrees of freedom at t. */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t with `df` (> 0) degrees of freedom, by bisection to machine precision. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p < 0.5) return -tQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (tCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (tCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Half-width of a two-sided confidence interval for a mean with standard error `se` and `df` degrees of freedom. */
export function tHalfWidth(se: number, df: number, level = 0.95): number {
  if (!(df > 0) || !Number.isFinite(se)) return NaN;
  return se === 0 ? 0 : tQuantile(1 - (1 - level) / 2, df) * se;
}

/** Sample variance (n - 1 denominator), NaN below two values. */
export function variance(values: readonly number[]): number {
  return values.length < 2 ? NaN : sampleVariance(values as number[]);
}

/** Arithmetic mean, NaN for an empty sample. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : ssMean(values as number[]);
}

/** The values that are present: a run without a value for a period (NaN) is left out of statistics. */
export function present(values: readonly number[]): number[] {
  return values.filter((v) => !Number.isNaN(v));
}

/** Mean, sd, 95% t-interval of the mean and the 5th/50th/95th percentiles of a sample (missing values skipped). */
export function summarize(sample: readonly number[]): SampleSummary {
  const values = present(sample);
  const n = values.length;
  const m = mean(values);
  const sd = Math.sqrt(variance(values));
  const half = tHalfWidth(sd / Math.sqrt(n), n - 1);
  const sorted = [...values].sort((a, b) => a - b);
  const pct = (p: number) => (n === 0 ? NaN : quantileSorted(sorted, p));
  return { n, mean: m, sd, ciLow: m - half, ciHigh: m + half, p5: pct(0.05), p50: pct(0.5), p95: pct(0.95) };
}

/** Welch's interval half-width for the difference of two independent means. */
function welchHalfWidth(varA: number, nA: number, varB: number, nB: number): number {
  const a = varA / nA;
  const b = varB / nB;
  const df = (a + b) ** 2 / (a ** 2 / (nA - 1) + b ** 2 / (nB - 1));
  return tHalfWidth(Math.sqrt(a + b), a + b === 0 ? 1 : df);
}

/** Compares `other` with `base` replicate by replicate (same seeds): paired CI, Welch CI and variance
 *  reduction, over the replicates where both have a value. */
export function pairedDifference(baseSample: readonly number[], otherSample: readonly number[]): PairedDifference {
  if (baseSample.length !== otherSample.length)
    throw new RangeError(`paired samples differ in length (${baseSample.length} and ${otherSample.length})`);
  const both = baseSample.map((_, i) => i).filter((i) => !Number.isNaN(baseSample[i]) && !Number.isNaN(otherSample[i]));
  const base = both.map((i) => baseSample[i]);
  const other = both.map((i) => otherSample[i]);
  const n = base.length;
  const diffs = other.map((v, i) => v - base[i]);
  const meanDiff = mean(diffs);
  const pairedHalf = tHalfWidth(Math.sqrt(variance(diffs) / n), n - 1);
  const varBase = variance(base);
  const varOther = variance(other);
  const unpairedHalf = welchHalfWidth(varBase, n, varOther, n);
  const unpairedVar = varBase + varOther;
  return {
    n,
    meanBase: mean(base),
    meanOther: mean(other),
    meanDiff,
    pairedLow: meanDiff - pairedHalf,
    pairedHigh: meanDiff + pairedHalf,
    unpairedLow: meanDiff - unpairedHalf,
    unpairedHigh: meanDiff + unpairedHalf,
    varianceReduction: unpairedVar > 0 ? 1 - variance(diffs) / unpairedVar : NaN,
  };
}
