// Deterrence of re-attempts (migrants.ts): the log-odds of trying again after an apprehension move with
// what trying again is worth to the person, so harsher consequences of an apprehension and worse news
// of U.S. jobs make more give up. Checked on one person at the border, on the state alone.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/model/setup';
import { defaultParams } from '../../src/sim/params';
import { MigrantState, Mode, Origin, Plan } from '../../src/sim/model/enums';
import { setU8, U8 } from '../../src/sim/model/record';
import { spawnMigrant } from '../../src/sim/model/population';
import { retryDeterrence } from '../../src/sim/model/migrants';

/** A state with a small stock and one Mexican settler at the border, caught once crossing with `mode`. */
function caughtOnce(mode: Mode) {
  const st = createState({ ...defaultParams(), 'context.usStock': 100_000 }, 20, 1, 0);
  const id = spawnMigrant(
    st,
    {
      state: MigrantState.Waiting,
      origin: Origin.Mexico,
      female: false,
      minor: false,
      network: true,
      plan: Plan.Settler,
      savings: 500,
      riskAversion: 0.5,
    },
    1,
  );
  setU8(st.migrants, id, U8.Mode, mode);
  setU8(st.migrants, id, U8.Attempts, 1);
  return { st, id };
}

describe('deterrence of re-attempts after an apprehension', () => {
  for (const mode of [Mode.Alone, Mode.Guide, Mode.Professional]) {
    it(`a larger share of formal removals lowers the log-odds of trying again (mode ${Mode[mode]})`, () => {
      const { st, id } = caughtOnce(mode);
      const before = retryDeterrence(st, id);
      st.params['border.formalRemovalShare'] = 0.9;
      expect(retryDeterrence(st, id)).toBeLessThan(before);
    });
  }

  it('a dearer formal removal and a dearer apprehension each lower it', () => {
    const { st, id } = caughtOnce(Mode.Alone);
    const before = retryDeterrence(st, id);
    st.params['behaviour.removalCostUsd'] *= 3;
    const dearerRemoval = retryDeterrence(st, id);
    expect(dearerRemoval).toBeLessThan(before);
    st.params['behaviour.apprehensionCostUsd'] *= 3;
    expect(retryDeterrence(st, id)).toBeLessThan(dearerRemoval);
  });

  it('worse news of U.S. jobs (a lower chance of finding work) lowers it', () => {
    const { st, id } = caughtOnce(Mode.Alone);
    const before = retryDeterrence(st, id);
    st.cond = { ...st.cond, jobs: { ...st.cond.jobs, finding: st.cond.jobs.finding / 4 } };
    expect(retryDeterrence(st, id)).toBeLessThan(before);
  });

  it('with no weight on the value of migrating, the chance of trying again is the declared one', () => {
    const { st, id } = caughtOnce(Mode.Alone);
    st.params['behaviour.lureWeight'] = 0;
    expect(retryDeterrence(st, id)).toBeCloseTo(0, 12);
  });
});
