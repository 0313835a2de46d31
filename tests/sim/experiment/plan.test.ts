// Plans: runs expand arm-major, shards partition them, and seeds follow (base seed, replicate).
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/sim/library';
import { parseVary } from '../../../src/sim/experiment/designs';
import { batchPlan, comparePlan, parseFactors, sensitivityPlan, sweepPlan } from '../../../src/sim/experiment/experiments';
import { planRuns, runScenarioOf, shardRuns } from '../../../src/sim/experiment/plan';
import { replicateSeed } from '../../../src/sim/experiment/seeds';

const baseline = findScenario('baseline-2003')!;
const surge = findScenario('border-surge')!;

describe('plans', () => {
  it('give every replicate the same seed at every sweep point', () => {
    const plan = sweepPlan(baseline, [parseVary('border.agents=5000:15000:3')], 'grid', 0, 4, 7);
    const runs = planRuns(plan);
    expect(runs).toHaveLength(12);
    for (const spec of runs) expect(spec.seed).toBe(replicateSeed(7, spec.replicate));
    expect(runScenarioOf(plan, runs[5]).params['border.agents']).toBe(10000);
    expect(runScenarioOf(plan, runs[5]).seed).toBe(replicateSeed(7, 1));
  });

  it('split into shards that cover every run exactly once', () => {
    const plan = batchPlan(baseline, 11, 1);
    for (const shards of [1, 2, 3, 11, 20]) {
      const runs = Array.from({ length: shards }, (_, k) => shardRuns(plan, k + 1, shards))
        .flat()
        .map((s) => s.run)
        .sort((a, b) => a - b);
      expect(runs).toEqual(planRuns(plan).map((s) => s.run));
    }
  });

  it('pair every scenario of a comparison on the same seeds and refuse misaligned scenarios', () => {
    const plan = comparePlan([baseline, surge], 3, 1);
    const runs = planRuns(plan);
    expect(runs.slice(0, 3).map((s) => s.seed)).toEqual(runs.slice(3).map((s) => s.seed));
    expect(() => comparePlan([baseline, { ...surge, years: 3 }], 3, 1)).toThrow(/expected the same start and years/);
    expect(() => comparePlan([baseline, baseline], 3, 1)).toThrow(/appears twice/);
  });

  it('run each Morris trajectory on one seed', () => {
    const plan = sensitivityPlan(baseline, parseFactors('corruption.us,border.agents=5000:20000'), 3, 4, 1);
    const runs = planRuns(plan);
    expect(runs).toHaveLength(9);
    runs.forEach((spec) => expect(spec.seed).toBe(replicateSeed(1, Number(plan.arms[spec.arm].keys.trajectory))));
    expect(() => parseFactors('border.agents=0:70000')).toThrow(/--params border.agents=0:70000: expected/);
  });
});
