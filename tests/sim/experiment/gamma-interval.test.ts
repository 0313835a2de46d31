// The gamma interval of a non-negative mean against tabulated gamma quantiles, its limits (a point
// for equal values, the t interval far from zero), its support (never below zero) and its coverage
// on small overdispersed counts, simulated with a seeded generator.
import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import {
  betaMeanInterval,
  betaQuantile,
  gammaMeanInterval,
  gammaQuantile,
  incompleteGamma,
} from '../../../src/sim/experiment/gammaInterval';
import { summarize } from '../../../src/sim/experiment/stats';

describe('gamma distribution', () => {
  it('incompleteGamma(a, x) is the gamma CDF: 1 - e^-x for a = 1, and chi-square tables for a = df / 2', () => {
    expect(incompleteGamma(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(incompleteGamma(1, 7)).toBeCloseTo(1 - Math.exp(-7), 12);
    // chi-square with 4 df: P(X <= 9.487729) = 0.95, i.e. gamma shape 2 at x / 2
    expect(incompleteGamma(2, 9.487729 / 2)).toBeCloseTo(0.95, 6);
    expect(incompleteGamma(0.5, 3.841459 / 2)).toBeCloseTo(0.95, 6);
  });

  it('gammaQuantile inverts it (chi-square 97.5% quantiles of 4 and 1 df, halved)', () => {
    expect(gammaQuantile(0.975, 2)).toBeCloseTo(11.143287 / 2, 5);
    expect(gammaQuantile(0.975, 0.5)).toBeCloseTo(5.023886 / 2, 5);
    expect(gammaQuantile(0.025, 0.5)).toBeCloseTo(0.000982069 / 2, 8);
  });
});

describe('gammaMeanInterval(mean, sd, n)', () => {
  it('never goes below zero where the t interval does (convictions in Mexico: 0, 0, 4, 1)', () => {
    const s = summarize([0, 0, 4, 1]);
    expect(s.ciLow).toBeLessThan(0);
    const g = gammaMeanInterval(s.mean, s.sd, s.n);
    expect(g.low).toBeGreaterThan(0);
    expect(g.low).toBeLessThan(s.mean);
    expect(g.high - s.mean).toBeGreaterThan(s.mean - g.low);
  });

  it('equals the t interval far from zero (within 1% of its half-width)', () => {
    const s = summarize([100_000, 101_200, 99_400, 100_700]);
    const g = gammaMeanInterval(s.mean, s.sd, s.n);
    const halfWidth = s.ciHigh - s.mean;
    expect(Math.abs(g.low - s.ciLow)).toBeLessThan(0.01 * halfWidth);
    expect(Math.abs(g.high - s.ciHigh)).toBeLessThan(0.01 * halfWidth);
  });

  it('is a point when every value is the same, and undefined below two values or for negative data', () => {
    expect(gammaMeanInterval(3, 0, 4)).toEqual({ low: 3, high: 3 });
    expect(gammaMeanInterval(3, 1, 1).low).toBeNaN();
    expect(gammaMeanInterval(-1, 1, 4).low).toBeNaN();
    expect(gammaMeanInterval(0, 1, 4).low).toBeNaN();
  });

  it('covers the mean of small overdispersed counts at least as often as the t interval (4 replicates, mean 1.25)', () => {
    const rng = seedrandom('gamma-interval-coverage');
    const poisson = (mean: number) => {
      let k = 0;
      let p = rng();
      while (p > Math.exp(-mean)) {
        k++;
        p *= rng();
      }
      return k;
    };
    // Overdispersed counts: a Poisson whose mean is itself exponential (a negative binomial with k = 1).
    const draw = () => poisson(-Math.log(1 - rng()) * 1.25);
    let gamma = 0;
    let t = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i++) {
      const s = summarize([draw(), draw(), draw(), draw()]);
      const g = gammaMeanInterval(s.mean, s.sd, s.n);
      if (g.low <= 1.25 && 1.25 <= g.high) gamma++;
      if (s.ciLow <= 1.25 && 1.25 <= s.ciHigh) t++;
    }
    expect(gamma / trials).toBeGreaterThan(0.92);
    expect(gamma).toBeGreaterThan(t);
  });
});

describe('betaMeanInterval(mean, sd, n) for shares', () => {
  it('betaQuantile inverts the beta CDF (uniform, and the symmetric beta(2, 2))', () => {
    expect(betaQuantile(0.3, 1, 1)).toBeCloseTo(0.3, 10);
    expect(betaQuantile(0.5, 2, 2)).toBeCloseTo(0.5, 10);
    // beta(2, 1) has CDF x^2
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 10);
  });

  it('stays below 100% where the t interval does not (smuggler use near 1 on 4 replicates)', () => {
    const s = summarize([0.93, 0.99, 0.9, 0.97]);
    expect(s.ciHigh).toBeGreaterThan(1);
    const b = betaMeanInterval(s.mean, s.sd, s.n);
    expect(b.high).toBeLessThan(1);
    expect(b.low).toBeGreaterThan(0);
    expect(b.low).toBeLessThan(s.mean);
  });

  it('is close to the t interval away from 0 and 1, and undefined when the spread is too wide for a share', () => {
    const s = summarize([0.5, 0.52, 0.49, 0.51]);
    const b = betaMeanInterval(s.mean, s.sd, s.n);
    expect(Math.abs(b.low - s.ciLow)).toBeLessThan(0.02 * (s.ciHigh - s.mean));
    expect(betaMeanInterval(0.5, 0.9, 2).low).toBeNaN();
    expect(betaMeanInterval(0.4, 0, 3)).toEqual({ low: 0.4, high: 0.4 });
  });
});
