// The labour market the unauthorized face (conditions.ts): finite openings, set by U.S. demand and not by
// the workforce already held, shared among job seekers; a wage penalty of being screened out, and expected
// earnings, checked on the conditions alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeConditions, expectedEarnings, jobOpenings, type ConditionInputs } from '../../src/sim/model/conditions';
import { MigrantState, MIGRANT_STATES } from '../../src/sim/model/enums';
import { CONSTANTS } from '../../src/sim/model/constants';
import { defaultParams, type Params } from '../../src/sim/params';

/** Conditions with `seekers` job seekers and `employed` workers (agents), the default levers without
 *  work visas (visa holders fill openings first), and `set`. */
function conditions(seekers: number, employed: number, set: Partial<Params> = {}) {
  const stateCounts = new Int32Array(MIGRANT_STATES.length);
  stateCounts[MigrantState.JobSeeking] = seekers;
  stateCounts[MigrantState.Working] = employed;
  const st: ConditionInputs = {
    params: { ...defaultParams(), 'pathways.workVisasPerYear': 0, ...set },
    scale: 10,
    tVisasThisYear: 0,
    stateCounts,
  };
  return computeConditions(st, 600_000);
}

describe('the jobs channel in the conditions', () => {
  it('with no one else seeking a seeker meets an opening at the application rate; with no demand, never', () => {
    expect(conditions(0, 1000).jobMatch).toBe(CONSTANTS.HIRE_PROBABILITY.value);
    expect(conditions(10, 1000, { 'context.usLabourDemand': 0 }).jobMatch).toBe(0);
  });

  it('openings come from U.S. demand: the 2003 jobs times the openings rate and the demand index, whatever the workforce held', () => {
    const scale = 10;
    const expected = (CONSTANTS.JOB_OPENINGS_RATE.value * CONSTANTS.UNAUTHORIZED_JOBS_2003.value * 0.6) / scale;
    expect(jobOpenings({ ...defaultParams(), 'pathways.workVisasPerYear': 0, 'context.usLabourDemand': 0.6 }, scale)).toBeCloseTo(
      expected,
      6,
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 2_000_000 }), (seekers, employed) => {
        expect(conditions(seekers, employed).jobMatch).toBe(conditions(seekers, 0).jobMatch);
      }),
    );
  });

  it('the chance of finding work rises when few seek it: with seekers far fewer than openings, nearly the application rate', () => {
    const openings = jobOpenings({ ...defaultParams(), 'pathways.workVisasPerYear': 0 }, 10);
    expect(conditions(Math.round(openings / 20), 0).jobMatch).toBeGreaterThan(0.95 * CONSTANTS.HIRE_PROBABILITY.value);
    expect(conditions(Math.round(openings * 5), 0).jobMatch).toBeLessThan(0.25 * CONSTANTS.HIRE_PROBABILITY.value);
  });

  it('the chance of meeting an opening falls as seekers pile up and as U.S. labour demand falls', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (seekers, employed, demand) => {
          const base = conditions(seekers, employed).jobMatch;
          expect(conditions(seekers * 2, employed).jobMatch).toBeLessThan(base);
          expect(conditions(seekers, employed, { 'context.usLabourDemand': demand }).jobMatch).toBeLessThan(base);
          expect(base).toBeLessThanOrEqual(CONSTANTS.HIRE_PROBABILITY.value);
        },
      ),
    );
  });

  it('work-visa holders fill openings first, leaving fewer to the unauthorized', () => {
    expect(conditions(1000, 40_000, { 'pathways.workVisasPerYear': 60_000 }).jobMatch).toBeLessThan(conditions(1000, 40_000).jobMatch);
  });

  it('status verification lowers the chance of finding work, the wage and expected earnings', () => {
    const open = conditions(1000, 40_000);
    const verified = conditions(1000, 40_000, { 'interior.statusVerification': 1 });
    expect(verified.jobs.finding).toBeLessThan(open.jobs.finding);
    expect(verified.jobs.wage).toBeCloseTo(
      defaultParams()['behaviour.usMonthlyEarningsUsd'] * (1 - defaultParams()['behaviour.offBooksWagePenalty']),
    );
    expect(expectedEarnings(verified.jobs)).toBeLessThan(expectedEarnings(open.jobs));
  });

  it('expected earnings rise with the chance of finding work and never exceed the wage', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const wage = 1000;
        // Up to floating-point rounding of nearly equal chances.
        expect(expectedEarnings({ finding: low, wage })).toBeLessThanOrEqual(expectedEarnings({ finding: high, wage }) + 1e-9);
        expect(expectedEarnings({ finding: high, wage })).toBeLessThan(wage);
      }),
    );
  });
});
