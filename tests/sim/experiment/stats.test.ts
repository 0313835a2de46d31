// Statistics against hand-computed values: t quantiles, intervals, percentiles and paired differences.
import { describe, expect, it } from 'vitest';
import { pairedDifference, summarize, tCdf, tQuantile } from '../../../src/sim/experiment/stats';

describe('t-distribution', () => {
  it('matches tabulated 97.5% quantiles', () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706205, 5);
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.302653, 5);
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445, 5);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157, 5);
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.04523, 5);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 4);
  });

  it('is symmetric and inverts the CDF', () => {
    expect(tQuantile(0.025, 7)).toBeCloseTo(-tQuantile(0.975, 7), 10);
    expect(tCdf(tQuantile(0.9, 3.5), 3.5)).toBeCloseTo(0.9, 10);
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
  });
});

describe('summarize', () => {
  it('gives mean, sd, 95% CI and type-7 percentiles of 1..5', () => {
    const s = summarize([5, 3, 1, 4, 2]);
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    // half-width = t(0.975, 4) * sqrt(2.5) / sqrt(5) = 2.776445 * 0.7071068 = 1.963243
    expect(s.ciLow).toBeCloseTo(3 - 1.963243, 5);
    expect(s.ciHigh).toBeCloseTo(3 + 1.963243, 5);
    expect(s.p5).toBeCloseTo(1.2, 12);
    expect(s.p50).toBe(3);
    expect(s.p95).toBeCloseTo(4.8, 12);
  });

  it('leaves sd and CI undefined for one value and collapses the CI for constant values', () => {
    const one = summarize([7]);
    expect(one.mean).toBe(7);
    expect(Number.isNaN(one.sd)).toBe(true);
    expect(Number.isNaN(one.ciLow)).toBe(true);
    const constant = summarize([2, 2, 2]);
    expect([constant.sd, constant.ciLow, constant.ciHigh]).toEqual([0, 2, 2]);
  });
});

describe('pairedDifference', () => {
  it('computes paired and unpaired intervals on a small known case', () => {
    // base var = 1, other var = 1, differences 1, 2, 0: mean 1, var 1.
    const d = pairedDifference([1, 2, 3], [2, 4, 3]);
    expect(d.meanBase).toBe(2);
    expect(d.meanOther).toBe(3);
    expect(d.meanDiff).toBe(1);
    // paired: t(0.975, 2) * sqrt(1 / 3) = 4.302653 * 0.5773503 = 2.484138
    expect(d.pairedLow).toBeCloseTo(1 - 2.484138, 5);
    expect(d.pairedHigh).toBeCloseTo(1 + 2.484138, 5);
    // Welch with equal variances and n: df = 4; t(0.975, 4) * sqrt(2 / 3) = 2.776445 * 0.8164966 = 2.266958
    expect(d.unpairedLow).toBeCloseTo(1 - 2.266958, 5);
    expect(d.unpairedHigh).toBeCloseTo(1 + 2.266958, 5);
    // 1 - var(d) / (var(a) + var(b)) = 1 - 1 / 2
    expect(d.varianceReduction).toBeCloseTo(0.5, 12);
  });

  it('shows the gain from positively correlated pairs', () => {
    const base = [10, 20, 30, 40, 50];
    const d = pairedDifference(
      base,
      base.map((v) => v + 3),
    );
    expect(d.meanDiff).toBe(3);
    expect([d.pairedLow, d.pairedHigh]).toEqual([3, 3]);
    expect(d.unpairedHigh - d.unpairedLow).toBeGreaterThan(10);
    expect(d.varianceReduction).toBe(1);
  });

  it('rejects samples of different length', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/differ in length/);
  });
});
