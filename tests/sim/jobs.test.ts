// The labour market the unauthorized face (conditions.ts): finite openings shared among job seekers,
// a wage penalty of being screened out, and expected earnings, checked on the conditions alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeConditions, expectedEarnings, type ConditionInputs } from '../../src/sim/model/conditions';
import { MigrantState, MIGRANT_STATES } from '../../src/sim/model/enums';
import { CONSTANTS } from '../../src/sim/model/constants';
import { defaultParams, type Params } from '../../src/sim/params';

/** Conditions with `seekers` job seekers and `employed` workers (agents), the default levers without
 *  work visas (visa holders fill openings first), and `set`. */
function conditions(seekers: number, employed: number, set: Partial<Params> = {}) {
  const stateCounts = new Int32Array(MIGRANT_STATES.length);
  stateCounts[MigrantState.JobSeeking] = seekers;
  stateCounts[MigrantState.Working] = employed;
  const st: ConditionInputs = { params: { ...defaultParams(), 'pathways.workVisasPerYear': 0, ...set }, scale: 10, tVisasThisYear: 0, stateCounts };
  return computeConditions(st, 600_000);
}

describe('the jobs channel in the conditions', () => {
  it('with openings to spare a seeker meets one at the application rate; with none, never', () => {
    expect(conditions(0, 1000).jobMatch).toBe(CONSTANTS.HIRE_PROBABILITY.value);
    expect(conditions(10, 0).jobMatch).toBe(0);
  });

  it('the chance of meeting an opening falls as seekers pile up and as U.S. labour demand falls', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      (seekers, employed, demand) => {
        const base = conditions(seekers, employed).jobMatch;
        expect(conditions(seekers * 2, employed).jobMatch).toBeLessThan(base);
        expect(conditions(seekers, employed, { 'context.usLabourDemand': demand }).jobMatch).toBeLessThan(base);
        expect(base).toBeLessThanOrEqual(CONSTANTS.HIRE_PROBABILITY.value);
      }));
  });

  it('work-visa holders fill openings first, leaving fewer to the unauthorized', () => {
    expect(conditions(1000, 40_000, { 'pathways.workVisasPerYear': 60_000 }).jobMatch).toBeLessThan(conditions(1000, 40_000).jobMatch);
  });

  it('status verification lowers the chance of finding work, the wage and expected earnings', () => {
    const open = conditions(1000, 40_000);
    const verified = conditions(1000, 40_000, { 'interior.statusVerification': 1 });
    expect(verified.jobs.finding).toBeLessThan(open.jobs.finding);
    expect(verified.jobs.wage).toBeCloseTo(defaultParams()['behaviour.usMonthlyEarningsUsd'] * (1 - defaultParams()['behaviour.offBooksWagePenalty']));
    expect(expectedEarnings(verified.jobs)).toBeLessThan(expectedEarnings(open.jobs));
  });

  it('expected earnings rise with the chance of finding work and never exceed the wage', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
      const [low, high] = a < b ? [a, b] : [b, a];
      const wage = 1000;
      // Up to floating-point rounding of nearly equal chances.
      expect(expectedEarnings({ finding: low, wage })).toBeLessThanOrEqual(expectedEarnings({ finding: high, wage }) + 1e-9);
      expect(expectedEarnings({ finding: high, wage })).toBeLessThan(wage);
    }));
  });
});
