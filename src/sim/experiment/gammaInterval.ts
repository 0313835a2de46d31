// A confidence interval for the mean of a non-negative quantity (a count, a price, a rate) that
// respects its support: the gamma interval of Fay & Feuer (1997), moment-matched to the sample
// mean and the variance of the mean, so it is never below zero and is skewed to the right as the
// sampling distribution of a small count is. Far from zero it becomes the t interval. A share (0 to 1)
// gets the beta interval made the same way, so it stays within 0% and 100%.
import { gammaln, probit } from 'simple-statistics';
import { incompleteBeta, tQuantile } from './stats';

/** Regularised lower incomplete gamma P(a, x): series below a + 1, Lentz's continued fraction above (Numerical Recipes 6.2). */
export function incompleteGamma(a: number, x: number): number {
  if (x <= 0) return 0;
  const front = Math.exp(-x + a * Math.log(x) - gammaln(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let k = 1; k < 1000 && Math.abs(term) > Math.abs(sum) * 1e-15; k++) {
      term *= x / (a + k);
      sum += term;
    }
    return Math.min(1, sum * front);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - front * h);
}

/** The p-quantile of a gamma distribution with this shape and scale 1, by bisection. */
export function gammaQuantile(p: number, shape: number): number {
  if (!(p > 0 && p < 1) || !(shape > 0)) return NaN;
  let low = 0;
  let high = shape + 10 * Math.sqrt(shape) + 10;
  while (incompleteGamma(shape, high) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (incompleteGamma(shape, mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Two-sided interval for the mean of n non-negative values with sample mean `mean` and sample sd `sd`:
 * the gamma distribution with mean `mean` and variance sd^2 / n, the variance widened by
 * (t_{n-1} / z)^2 so that, far from zero, the interval equals the t interval. NaN below n = 2 or for
 * values that cannot all be non-negative; a single point when every value was the same.
 */
export function gammaMeanInterval(mean: number, sd: number, n: number, level = 0.95): { low: number; high: number } {
  if (!(n >= 2) || !Number.isFinite(mean) || !Number.isFinite(sd) || mean < 0) return { low: NaN, high: NaN };
  const tail = (1 - level) / 2;
  const variance = widenedVariance(sd, n, tail);
  if (variance === 0) return { low: mean, high: mean };
  if (mean === 0) return { low: NaN, high: NaN }; // a spread around a mean of 0: some values were negative
  const shape = (mean * mean) / variance;
  const scale = variance / mean;
  return { low: scale * gammaQuantile(tail, shape), high: scale * gammaQuantile(1 - tail, shape) };
}

/** The variance of the mean, sd^2 / n, widened by (t_{n-1} / z)^2 for an interval with `tail` in each tail. */
function widenedVariance(sd: number, n: number, tail: number): number {
  const widen = tQuantile(1 - tail, n - 1) / probit(1 - tail);
  return (widen * widen * sd * sd) / n;
}

/** The p-quantile of a beta(a, b) distribution, by bisection on the regularised incomplete beta. */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p > 0 && p < 1) || !(a > 0) || !(b > 0)) return NaN;
  let low = 0;
  let high = 1;
  for (let i = 0; i < 200 && high - low > 1e-14; i++) {
    const mid = (low + high) / 2;
    if (incompleteBeta(mid, a, b) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * The same interval for the mean of n shares (values in [0, 1]): the beta distribution with that mean
 * and widened variance, so it stays within 0 and 1. NaN when the spread is too wide for a beta with
 * that mean (variance at least mean * (1 - mean)) or the values cannot all be shares.
 */
export function betaMeanInterval(mean: number, sd: number, n: number, level = 0.95): { low: number; high: number } {
  if (!(n >= 2) || !Number.isFinite(mean) || !Number.isFinite(sd) || mean < 0 || mean > 1) return { low: NaN, high: NaN };
  const tail = (1 - level) / 2;
  const variance = widenedVariance(sd, n, tail);
  if (variance === 0) return { low: mean, high: mean };
  const total = (mean * (1 - mean)) / variance - 1;
  if (!(total > 0)) return { low: NaN, high: NaN };
  const [a, b] = [mean * total, (1 - mean) * total];
  return { low: betaQuantile(tail, a, b), high: betaQuantile(1 - tail, a, b) };
}
