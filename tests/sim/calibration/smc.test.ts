// ABC-SMC's proposals stay inside the priors, are reproducible from the seed and carry prior / proposal
// density weights; weighted summaries and the effective sample size.
import { describe, expect, it } from 'vitest';
import { calibratedFactors, weightedSummary, type CalibrationPoint } from '../../../src/sim/calibration/abc';
import { effectiveSampleSize, smcProposals, unitOf } from '../../../src/sim/calibration/smc';
import { createStream } from '../../../src/sim/engine/rng';

describe('the SMC proposals', () => {
  const priors = calibratedFactors();
  const centre = (u: number): CalibrationPoint => ({
    point: 0,
    distance: 0,
    accepted: true,
    measures: {},
    set: Object.fromEntries(priors.map((q) => [q.path, Number(q.from) + u * (Number(q.to) - Number(q.from))])),
  });
  const population = { points: [centre(0.3), centre(0.35), centre(0.7)], weights: [0.5, 0.3, 0.2], epsilon: 1 };

  it('stay inside the priors, are reproducible from the seed, and weigh prior / proposal density', () => {
    const a = smcProposals(priors, population, 200, createStream(7, 'test'));
    const b = smcProposals(priors, population, 200, createStream(7, 'test'));
    expect(a).toEqual(b);
    for (const p of a)
      for (const q of priors)
        (expect(unitOf(q, p.set[q.path])).toBeGreaterThanOrEqual(0), expect(unitOf(q, p.set[q.path])).toBeLessThanOrEqual(1));
    expect(a.every((p) => Number.isFinite(p.weight) && p.weight > 0)).toBe(true);
    // Importance weight x proposal density is the same for every proposal (uniform prior): recompute the
    // density of the mixture of Gaussians (sd = sqrt(2 x weighted variance) per parameter, unit scale) here.
    const centres = population.points.map((p) => priors.map((q) => unitOf(q, p.set[q.path])));
    const sd = priors.map((_, k) => {
      const m = centres.reduce((acc, c, j) => acc + population.weights[j] * c[k], 0);
      return Math.sqrt(2 * centres.reduce((acc, c, j) => acc + population.weights[j] * (c[k] - m) ** 2, 0));
    });
    const density = (u: number[]) =>
      centres.reduce(
        (acc, c, j) => acc + population.weights[j] * Math.exp(-c.reduce((e, ck, k) => e + ((u[k] - ck) / sd[k]) ** 2, 0) / 2),
        0,
      );
    const products = a.map((p) => p.weight * density(priors.map((q) => unitOf(q, p.set[q.path]))));
    for (const x of products) expect(x / products[0]).toBeCloseTo(1, 6);
    expect(Math.min(...a.map((p) => p.weight))).toBeLessThan(Math.max(...a.map((p) => p.weight)) / 2);
  });

  it('summarise weighted samples: equal weights give the plain percentiles; the effective sample size counts unequal weights', () => {
    const values = [5, 1, 4, 2, 3];
    expect(weightedSummary(values)).toMatchObject({ n: 5, mean: 3, p50: 3, p5: 1, p95: 5 });
    expect(weightedSummary([1, 2, 3], [0, 0, 1]).p50).toBe(3);
    expect(effectiveSampleSize([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(4);
    expect(effectiveSampleSize([0.97, 0.01, 0.01, 0.01])).toBeLessThan(1.1);
  });
});
