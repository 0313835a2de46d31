// Victims are counted as persons: a person's first trafficking episode is a new victim, any later
// episode is re-trafficking, and a reused slot starts a new person with no history.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/sim/model/setup';
import { defaultParams } from '../../src/sim/params';
import { Form, MigrantState } from '../../src/sim/model/enums';
import { getI32, I32 } from '../../src/sim/model/record';
import { spawnMigrant, exitMigrant, PersonSource } from '../../src/sim/model/population';
import { newPersonId } from '../../src/sim/engine/crn';
import { holdVictim, NEVER, releaseVictim } from '../../src/sim/model/employers';
import { cooperationProbability, deportationFear, protectionOnOffer, reportProbability } from '../../src/sim/model/victims';
import { EmployerType, Exit } from '../../src/sim/model/enums';

function smallState() {
  return createState({ ...defaultParams(), 'context.usStock': 100_000 }, 100, 1, 0);
}

let made = 0;
function newcomer(st: ReturnType<typeof smallState>): number {
  return spawnMigrant(
    st,
    { state: MigrantState.JobSeeking, origin: 0, female: false, minor: false, network: false, plan: 0, savings: 0, riskAversion: 0.5 },
    newPersonId(st.tick, PersonSource.Candidate, made++),
  );
}

describe('counting victims as persons', () => {
  it('counts a first episode as a new victim and a second episode of the same person as re-trafficking', () => {
    const st = smallState();
    const coercive = st.employers.usByType[EmployerType.Coercive][0] ?? st.employers.usByType[EmployerType.Unregulated][0];
    const id = newcomer(st);
    expect(holdVictim(st, id, coercive, Form.Labor)).toBe(true);
    releaseVictim(st, id, 'got_away');
    expect(holdVictim(st, id, coercive, Form.Labor)).toBe(false);
    expect(st.tally.victims_new_total).toBe(1);
    expect(st.tally.victims_new_labor).toBe(1);
    expect(st.tally.victims_retrafficked).toBe(1);
  });

  it('gives a reused slot no trafficking history', () => {
    const st = smallState();
    const venue = st.employers.sexUs[0];
    const first = newcomer(st);
    holdVictim(st, first, venue, Form.Sexual);
    exitMigrant(st, first, Exit.Deported);
    const second = newcomer(st);
    expect(second).toBe(first);
    expect(holdVictim(st, second, venue, Form.Sexual)).toBe(true);
    expect(st.tally.victims_new_total).toBe(2);
    expect(st.tally.victims_retrafficked).toBe(0);
  });

  it('plants no victims at the start: nobody is held before the spin-up, though some of the settled were placed at coercive employers', () => {
    // Enough settled people (100,000 agents) that some were placed at one of the few coercive employers.
    const st = createState({ ...defaultParams(), 'context.usStock': 2_000_000 }, 20, 1, 0);
    expect(st.employers.usByType[EmployerType.Coercive].length).toBeGreaterThan(0);
    expect(
      st.stateCounts[MigrantState.ExploitedUsLabor] +
        st.stateCounts[MigrantState.ExploitedUsSex] +
        st.stateCounts[MigrantState.ExploitedMexico],
    ).toBe(0);
    expect(st.tally.victims_new_total).toBe(0);
  });
});

describe("victims' own decisions", () => {
  /** An adult held at a coercive employer whose co-workers saw a worksite raid (so fear is not zero). */
  function heldAdult(required: boolean, grantsLeft: number) {
    const st = smallState();
    st.params['protection.cooperationRequired'] = required;
    st.continuedPresenceLeft = grantsLeft;
    const e = st.employers.usByType[EmployerType.Coercive][0] ?? st.employers.usByType[EmployerType.Unregulated][0];
    const id = newcomer(st);
    holdVictim(st, id, e, Form.Labor);
    st.employers.workerRaidTick[e] = st.tick;
    return { st, id };
  }

  it('without the cooperation requirement an adult who does not testify is offered protection, and decides differently', () => {
    const required = heldAdult(true, 0);
    const open = heldAdult(false, 0);
    expect(protectionOnOffer(required.st, required.id).ifNot).toBe(0);
    expect(protectionOnOffer(open.st, open.id).ifNot).toBeGreaterThan(0);
    expect(reportProbability(open.st, open.id, false)).toBeGreaterThan(reportProbability(required.st, required.id, false));
    expect(cooperationProbability(open.st, open.id, false)).not.toBe(cooperationProbability(required.st, required.id, false));
  });

  it('continued-presence grants left this year raise what cooperating buys, and with it cooperation', () => {
    const none = heldAdult(true, 0);
    const some = heldAdult(true, 1000);
    expect(protectionOnOffer(some.st, some.id).ifCooperating).toBeGreaterThan(protectionOnOffer(none.st, none.id).ifCooperating);
    expect(cooperationProbability(some.st, some.id, false)).toBeGreaterThan(cooperationProbability(none.st, none.id, false));
    expect(reportProbability(some.st, some.id, false)).toBeGreaterThan(reportProbability(none.st, none.id, false));
  });

  it("a worksite raid at one's own workplace raises fear of deportation", () => {
    const { st, id } = heldAdult(true, 0);
    const seen = deportationFear(st, id);
    st.employers.workerRaidTick[getI32(st.migrants, id, I32.Employer)] = NEVER;
    expect(seen).toBeGreaterThan(deportationFear(st, id));
  });
});
