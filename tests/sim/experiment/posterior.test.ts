// Policy effects across plausible worlds: reading a calibration's population, drawing from it by
// weight, the nested variance decomposition, and the effects' statistics on hand-made outcomes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, type MetricName } from '../../../src/sim/metrics';
import { findScenario } from '../../../src/sim/library';
import { applyOverrides } from '../../../src/sim/scenario';
import { createStream } from '../../../src/sim/engine/rng';
import {
  drawPoints,
  posteriorEffects,
  posteriorEffectsCsv,
  posteriorPlan,
  posteriorPopulation,
  varianceComponents,
  type PosteriorPopulation,
} from '../../../src/sim/experiment/posterior';
import { planRuns } from '../../../src/sim/experiment/plan';
import type { RunOutcome } from '../../../src/sim/experiment/summary';

const calibration = JSON.parse(readFileSync('docs/results/calibration/calibration.json', 'utf8'));

/** A standard normal draw (Box-Muller) from a seeded stream. */
function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

describe("the calibration's population", () => {
  it("is read from calibration.json: each point's parameters and its normalised weight", () => {
    const population = posteriorPopulation(calibration, 'calibration.json');
    expect(population.parameters).toEqual(calibration.posterior.map((r: { parameter: string }) => r.parameter));
    expect(population.points).toHaveLength(calibration.posterior[0].values.length);
    expect(population.points[3]['behaviour.networkEvasion']).toBe(
      calibration.posterior.find((r: { parameter: string }) => r.parameter === 'behaviour.networkEvasion').values[3],
    );
    expect(population.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('refuses a file that is not one, naming the field', () => {
    const bad = (change: (c: typeof calibration) => void) => {
      const copy = JSON.parse(JSON.stringify(calibration));
      change(copy);
      return () => posteriorPopulation(copy, 'f.json');
    };
    expect(() => posteriorPopulation({}, 'f.json')).toThrow(/f.json: posterior: expected/);
    expect(
      bad((c) => {
        c.posterior[1].parameter = 'nope.x';
      }),
    ).toThrow(/posterior\[1\].parameter = "nope.x": unknown parameter/);
    expect(
      bad((c) => {
        c.posterior[2].values.pop();
      }),
    ).toThrow(/posterior\[2\].values: expected 20 accepted values/);
    expect(
      bad((c) => {
        c.posterior[0].values[4] = 7;
      }),
    ).toThrow(/posterior\[0\].values\[4\] = 7: justice.trainingShare/);
    expect(
      bad((c) => {
        c.posterior[0].weights[0] = -1;
      }),
    ).toThrow(/posterior\[0\].weights: expected 20 non-negative/);
  });
});

describe('posterior draws', () => {
  const population: PosteriorPopulation = {
    parameters: ['corruption.us'],
    points: [0.1, 0.2, 0.3, 0.4].map((v) => ({ 'corruption.us': v })),
    weights: [0.1, 0.2, 0.3, 0.4],
  };

  it('pick each point about as often as its weight, the same way for the same seed', () => {
    const picks = drawPoints(population, 20000, 5);
    population.weights.forEach((w, i) => {
      const count = picks.filter((p) => p === i).length;
      // Binomial sd of the count is sqrt(n w (1 - w)) <= 70: allow 4 sd.
      expect(Math.abs(count - 20000 * w), `point ${i}`).toBeLessThan(4 * Math.sqrt(20000 * w * (1 - w)));
    });
    expect(drawPoints(population, 50, 5)).toEqual(picks.slice(0, 50));
    expect(drawPoints(population, 50, 6)).not.toEqual(picks.slice(0, 50));
  });

  it('give each draw its own seeds, shared by every scenario of the draw', () => {
    const scenarios = [findScenario('baseline-2003')!, findScenario('border-surge')!];
    const plan = posteriorPlan(scenarios, population, 3, 2, 1, 'test');
    const runs = planRuns(plan);
    expect(runs).toHaveLength(3 * 2 * 2);
    const seedsOf = (arm: number) => runs.filter((r) => r.arm === arm).map((r) => r.seed);
    expect(seedsOf(1)).toEqual(seedsOf(0));
    expect(new Set([...seedsOf(0), ...seedsOf(2), ...seedsOf(4)]).size).toBe(6);
    expect(plan.design).toMatchObject({ policyStart: '2005-01', draws: 3 });
    expect(() =>
      posteriorPlan(
        scenarios,
        { ...population, parameters: ['border.agents'], points: [{ 'border.agents': 9000 }], weights: [1] },
        3,
        2,
        1,
        'test',
      ),
    ).toThrow(/border.agents is calibrated, and "border-surge"'s timeline changes it/);
    expect(() => posteriorPlan(scenarios, population, 1, 2, 1, 'test')).toThrow(/--draws 1: expected/);
  });
});

describe('the variance decomposition', () => {
  it('splits a nested sample into its between-draw and within-draw components', () => {
    // Hand-worked: group means 1 and 3 (sample variance 2), within variances 1 and 1: between = 2 - 1 / 3.
    expect(
      varianceComponents([
        [0, 1, 2],
        [2, 3, 4],
      ]),
    ).toEqual({ between: 2 - 1 / 3, within: 1 });
    const rng = createStream(11, 'test/nested');
    const groups = Array.from({ length: 2000 }, () => {
      const worldEffect = 2 * normal(rng);
      return Array.from({ length: 5 }, () => worldEffect + normal(rng));
    });
    // True components 4 and 1; the estimates' sds are about 0.14 and 0.016.
    const { between, within } = varianceComponents(groups);
    expect(between).toBeCloseTo(4, 0);
    expect(Math.abs(within - 1)).toBeLessThan(0.06);
    expect(Number.isNaN(varianceComponents([[1], [2]]).within)).toBe(true);
  });
});

describe('effects across plausible worlds', () => {
  it('pool every (draw, seed) difference for the interval and count draws by their mean effect', () => {
    const scenarios = [
      applyOverrides(findScenario('baseline-2003')!, { years: 3 }),
      applyOverrides(findScenario('border-surge')!, { years: 3 }),
    ];
    const population: PosteriorPopulation = { parameters: ['corruption.us'], points: [{ 'corruption.us': 0.1 }], weights: [1] };
    const plan = posteriorPlan(scenarios, population, 4, 2, 1, 'test');
    // Differences per draw (seed 1, seed 2): (1, 3), (-2, -2), (5, 7), (0, 2); baseline deaths 10 everywhere.
    const diffs = [
      [1, 3],
      [-2, -2],
      [5, 7],
      [0, 2],
    ];
    const outcome = (deaths: number): RunOutcome => {
      const values = Object.fromEntries(METRIC_NAMES.map((m) => [m, [0, 0, 0, 0]])) as Record<MetricName, number[]>;
      values.deaths = [0, 0, 0, deaths];
      return { periods: ['2003', '2004', '2005', 'policy'], values };
    };
    // Arm-major runs: draw d's baseline (arm 2d) then its policy (arm 2d + 1), two replicates each.
    const outcomes = diffs.flatMap((d) => [outcome(10), outcome(10), outcome(10 + d[0]), outcome(10 + d[1])]);
    const effect = posteriorEffects(plan, outcomes).find((e) => e.metric === 'deaths')!;
    expect(effect).toMatchObject({
      scenario: 'border-surge',
      period: 'policy',
      draws: 4,
      n: 8,
      mean: 1.75,
      median: 1.5,
      sharePositive: 0.75,
      shareNegative: 0.25,
    });
    // Type 7 percentiles of (-2, -2, 0, 1, 2, 3, 5, 7).
    expect(effect.p5).toBeCloseTo(-2, 12);
    expect(effect.p95).toBeCloseTo(6.3, 12);
    // Draw means 2, -2, 6, 1 (sample variance 131 / 12); within-draw variances 2, 0, 2, 2 (mean 1.5).
    expect(effect.varSeeds).toBeCloseTo(1.5, 12);
    expect(effect.varParameters).toBeCloseTo(131 / 12 - 1.5 / 2, 12);
    expect(effect.varTotal).toBeCloseTo(71.5 / 7, 12);
    expect(posteriorEffectsCsv(plan, [effect]).split('\n')[1]).toBe(
      'border-surge,baseline-2003,deaths,policy,2005-01,2005-12,4,2,8,1.5,-2,6.3,1.75,0.75,0.25,10.2143,10.1667,1.5,0.871429',
    );
  });
});
