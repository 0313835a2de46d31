// Conservation of people: every simulated person is in exactly one state every month, over random
// parameter sets (fast-check), and every metric stays finite and non-negative.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARAMS } from '../../src/sim/params';
import { METRICS } from '../../src/sim/metrics';
import { Simulation } from '../../src/sim/run';
import { findScenario } from '../../src/sim/library';
import { applyOverrides } from '../../src/sim/scenario';
import { isExploited } from '../../src/sim/model/population';
import { getU8, U8 } from '../../src/sim/model/record';

const paramValue = (spec: (typeof PARAMS)[number]) => {
  if (spec.kind === 'boolean') return fc.boolean();
  if (spec.kind === 'integer')
    return fc.integer({ min: spec.min, max: Math.min(spec.max, spec.path === 'context.usStock' ? 3_000_000 : spec.max) });
  return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
};

/** Live people held in trafficking without a recorded episode (the model's state, read through the escape hatch). */
function heldWithoutHistory(sim: Simulation): number {
  const st = sim['state'];
  let n = 0;
  for (let id = 0; id < st.highWater; id++)
    if (isExploited(getU8(st.migrants, id, U8.State)) && !getU8(st.migrants, id, U8.Trafficked)) n++;
  return n;
}

const paramSets = fc.record(Object.fromEntries(PARAMS.map((p) => [p.path, paramValue(p)])), { requiredKeys: [] });

describe('conservation of people', () => {
  // A generous limit: each run simulates the 36-month spin-up before its recorded year (it was 12 months).
  it('accounts for everyone ever created, every month, for any parameters', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(paramSets, fc.integer({ min: 0, max: 1000 }), (set, seed) => {
        const scenario = applyOverrides(findScenario('baseline-2003')!, {
          years: 1,
          scale: 1000,
          seed,
          set: set as Record<string, number | boolean>,
        });
        const sim = new Simulation(scenario);
        while (!sim.done) {
          sim.step();
          const { created, live, exited } = sim.populationAccount();
          const liveTotal = Object.values(live).reduce((a, b) => a + b, 0);
          const exitedTotal = Object.values(exited).reduce((a, b) => a + b, 0);
          expect(Object.values(live).every((n) => n >= 0)).toBe(true);
          expect(liveTotal + exitedTotal).toBe(created);
          expect(sim.liveAgents).toBe(liveTotal);
          const t = sim.tick - 1;
          for (const spec of METRICS) {
            const v = sim.series[spec.name][t];
            // A month has no value (NaN) only for a ratio with nothing to count, or a share of an empty stock.
            if (spec.computed.kind === 'ratio') {
              const denominator = spec.computed.denominator.reduce((sum, d) => sum + sim.series[d][t], 0);
              expect(Number.isNaN(v), `${spec.name} = ${v} at month ${t} with denominator ${denominator}`).toBe(denominator === 0);
            }
            if (Number.isNaN(v)) expect(spec.computed.kind, `${spec.name} has no value at month ${t}`).not.toBe('count');
            else expect(Number.isFinite(v) && v >= 0, `${spec.name} = ${v} at month ${t}`).toBe(true);
          }
          const held = (live.exploited_us_labor + live.exploited_us_sex + live.exploited_mexico) * scenario.scale;
          expect(sim.series.victims_held[t]).toBe(held);
          // Everyone held carries a trafficking history, so a later episode cannot count as a first one.
          expect(heldWithoutHistory(sim)).toBe(0);
          expect(sim.series.victims_new_total[t]).toBe(sim.series.victims_new_us[t] + sim.series.victims_new_mexico[t]);
        }
      }),
      { numRuns: 25, seed: 20261125 },
    );
  });
});
