// The followed sample is stratified: everyone who becomes a victim (trafficked, or held for ransom) is
// followed from that month on, on top of a sample of everyone else; following never changes the run.
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/sim/library';
import { Simulation } from '../../src/sim/run';
import { applyOverrides, parseScenario } from '../../src/sim/scenario';
import { MIGRANT_STATE_NAMES, MigrantState } from '../../src/sim/model/enums';

const VICTIM_STATES = [MigrantState.Kidnapped, MigrantState.ExploitedUsLabor, MigrantState.ExploitedUsSex, MigrantState.ExploitedMexico];

describe('followed sample', () => {
  for (const seed of [5, 11]) {
    it(`follows every victim held now (seed ${seed}), and a sample of the rest`, () => {
      const scenario = parseScenario(applyOverrides(findScenario('baseline-2003')!, { years: 3, scale: 200, seed }));
      const run = new Simulation(scenario, { trackAgents: 500 });
      for (let month = 0; month < run.months; month += 6) {
        run.run(6);
        const followed = run.snapshot();
        const live = run.populationAccount().live;
        for (const state of VICTIM_STATES) {
          const name = MIGRANT_STATE_NAMES[state];
          expect(followed.filter((a) => a.state === state).length, `${name} at month ${run.tick}`).toBe(live[name]);
        }
        // The rest is a sample: far fewer than all.
        expect(followed.filter((a) => !a.asVictim).length).toBeLessThan(run.liveAgents / 10);
        expect(followed.some((a) => a.asVictim)).toBe(true);
      }
    });
  }
});
