// The same person under each policy: people have ids (pid) that do not depend on what a policy did
// before, the followed sample is chosen by a hash of the pid, and every draw is keyed by (decision,
// pid, and the calendar month), so two policies run on one seed follow the same people with the same
// luck, which pairs again whenever two versions of a person face a decision in the same month; and who
// comes first for a shared budget does not depend on list order.
import { describe, expect, it } from 'vitest';
import { newPersonId, personIdParts } from '../../src/sim/engine/crn';
import { findScenario } from '../../src/sim/library';
import { moveTo, PersonSource, spawnMigrant, workersOf, joinEmployer } from '../../src/sim/model/population';
import { createState } from '../../src/sim/model/setup';
import { keyMonth, orderByPriority, personKey } from '../../src/sim/model/draws';
import { defaultParams } from '../../src/sim/params';
import { MigrantState } from '../../src/sim/model/enums';
import { pidOf, setPid } from '../../src/sim/model/record';
import { Stream } from '../../src/sim/model/streams';
import type { SimState } from '../../src/sim/model/state';
import { applyOverrides } from '../../src/sim/scenario';
import { Simulation } from '../../src/sim/run';
import type { StoryEvent } from '../../src/sim/story';

const FOLLOWED = 1500;
/** Two policies that differ from the first month: the baseline, and twice the Border Patrol from the start. */
let stored: [Simulation, Simulation] | undefined;
function pair(): [Simulation, Simulation] {
  return (stored ??= runPair(12, 5));
}
function runPair(months: number, seed: number): [Simulation, Simulation] {
  const base = applyOverrides(findScenario('baseline-2003')!, { years: 2, scale: 200, seed });
  const surge = applyOverrides(base, { set: { 'border.agents': 18500, 'border.formalRemovalShare': 0.3 } });
  return [new Simulation(base, { trackAgents: FOLLOWED }).run(months), new Simulation(surge, { trackAgents: FOLLOWED }).run(months)];
}

describe('person ids and the followed sample', () => {
  it('gives every followed person a distinct id made from the month and the source they came from', () => {
    const [run] = pair();
    const people = run.snapshot();
    expect(people.length).toBeGreaterThan(0);
    expect(new Set(people.map((p) => p.pid)).size).toBe(people.length);
    const sources = new Set(people.map((p) => personIdParts(p.pid).cell));
    expect([...sources].every((cell) => (Object.values(PersonSource) as number[]).includes(cell))).toBe(true);
    expect(sources.has(PersonSource.Settled) && sources.has(PersonSource.Candidate)).toBe(true);
  });

  it('follows the same settled people under two policies', () => {
    const [base, surge] = pair();
    // The sample (people followed as victims depend on the policy).
    const pidsOf = (run: Simulation, source: number) =>
      new Set(
        run
          .snapshot()
          .filter((p) => !p.asVictim)
          .map((p) => p.pid)
          .filter((pid) => personIdParts(pid).cell === source),
      );
    const settledBase = pidsOf(base, PersonSource.Settled);
    const settledSurge = pidsOf(surge, PersonSource.Settled);
    // Settled people leave the model (go home) on their own draws, so compare everyone ever followed: live and finished.
    const everFollowed = (run: Simulation, live: Set<number>) =>
      new Set([
        ...live,
        ...run
          .finishedHistories()
          .filter((f) => !f.asVictim)
          .map((f) => f.pid)
          .filter((pid) => personIdParts(pid).cell === PersonSource.Settled),
      ]);
    expect([...everFollowed(base, settledBase)].sort()).toEqual([...everFollowed(surge, settledSurge)].sort());
  });

  it("reads a followed person's history by pid as by slot", () => {
    const [run] = pair();
    for (const person of run.snapshot().slice(0, 50)) expect(run.historyOf(person.pid)).toEqual(run.history(person.id));
    expect(run.historyOf(-1)).toBeNull();
  });
});

/** Everyone a run followed, live or gone, with their history, by pid. */
/** The followed sample's histories (people followed only because they became a victim are left out: they are
 *  followed under one policy and not the other, from the month they were taken). */
function histories(run: Simulation): Map<number, StoryEvent[]> {
  return new Map([
    ...run
      .snapshot()
      .filter((p) => !p.asVictim)
      .map((p) => [p.pid, run.historyOf(p.pid)!] as const),
    ...run
      .finishedHistories()
      .filter((f) => !f.asVictim)
      .map((f) => [f.pid, f.events] as const),
  ]);
}

describe('the same person under two policies', () => {
  it('has the same traits', () => {
    const [base, surge] = pair();
    const inSurge = new Map(surge.snapshot().map((p) => [p.pid, p]));
    const both = base.snapshot().filter((p) => inSurge.has(p.pid));
    expect(both.length).toBeGreaterThan(100);
    for (const p of both) {
      const q = inSurge.get(p.pid)!;
      expect([q.origin, q.female, q.minor]).toEqual([p.origin, p.female, p.minor]);
    }
  });

  it('lives the same life when the policy changes how many draws others take but hardly anything people face', () => {
    // No prosecutions at all from the first recorded month: the courts draw for no case. What people face changes only
    // through what a conviction does to others (a deterred employer or network, a closed business), which in
    // the first year reaches a few of those followed. With one sequential stream per subsystem the missing
    // court draws shifted every later justice draw (victims' choices, deportations): run on the old streams,
    // only 312 of 824 histories were identical.
    const base = applyOverrides(findScenario('baseline-2003')!, { years: 1, scale: 100, seed: 3 });
    // From the first recorded month: the spin-up before it (36 months) runs under the scenario's levers, and a year of
    // convictions there or not would reach many of those followed through deterred employers, not through draws.
    const noCourts = { ...base, timeline: [{ at: base.start, set: { 'justice.prosecutionCapacity': 0 } }] };
    const a = histories(new Simulation(base, { trackAgents: 3000 }).run());
    const b = histories(new Simulation(noCourts, { trackAgents: 3000 }).run());
    expect(a.size).toBeGreaterThan(500);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const identical = [...a].filter(([pid, events]) => JSON.stringify(b.get(pid)) === JSON.stringify(events)).length;
    // 0.98: since the sale of clients weighs the courts' record of convicted networks (issue 21), no courts make
    // networks sell more from the first month, a real change some of those followed meet (1,449 of 1,469 identical
    // on this seed; 0.99 held before that channel).
    expect(identical).toBeGreaterThanOrEqual(0.98 * a.size);
  });
});

function smallState(): SimState {
  return createState({ ...defaultParams(), 'context.usStock': 100_000 }, 100, 1, 0);
}

/** Puts `count` new people (candidates of the current month) into the model and returns their slots. */
function newcomers(st: SimState, count: number, state = MigrantState.Waiting): number[] {
  return Array.from({ length: count }, (_, i) =>
    spawnMigrant(
      st,
      { state, origin: 0, female: false, minor: false, network: false, plan: 0, savings: 0, riskAversion: 0.5 },
      newPersonId(st.tick, PersonSource.Candidate, 900_000 + i),
    ),
  );
}

/** Moves the state to month `tick` (the month keys follow). */
function goTo(st: SimState, tick: number): void {
  st.tick = tick;
  keyMonth(st);
}

describe('draws keyed by the calendar month', () => {
  it('pair two versions of a person again whenever they face a decision in the same month, whatever happened before', () => {
    const st = smallState();
    goTo(st, 5);
    const [direct, detour] = newcomers(st, 2, MigrantState.JobSeeking);
    setPid(st.migrants, detour, pidOf(st.migrants, direct));
    // One version went through other states first (as after an apprehension or a sanction), and in another month.
    moveTo(st, detour, MigrantState.Working);
    goTo(st, 7);
    moveTo(st, detour, MigrantState.AtHome);
    moveTo(st, detour, MigrantState.JobSeeking);
    goTo(st, 8);
    const key = personKey(st, Stream.EmploymentSeek, direct);
    expect(personKey(st, Stream.EmploymentSeek, detour)).toBe(key);
    // Another month, another decision or another person: draws of their own.
    expect(personKey(st, Stream.EmploymentTenure, direct)).not.toBe(key);
    goTo(st, 9);
    expect(personKey(st, Stream.EmploymentSeek, direct)).not.toBe(key);
  });
});

describe('who comes first for a shared budget', () => {
  it('orders people by a keyed priority whatever the order of the list, and someone added moves nobody else', () => {
    const st = smallState();
    goTo(st, 2);
    const ids = newcomers(st, 400);
    const ordered = [...ids];
    orderByPriority(st, Stream.PeopleOrder, ordered);
    expect(ordered).not.toEqual(ids);
    expect([...ordered].sort((x, y) => x - y)).toEqual([...ids].sort((x, y) => x - y));
    const reversed = [...ids].reverse();
    orderByPriority(st, Stream.PeopleOrder, reversed);
    expect(reversed).toEqual(ordered);
    const withExtra = [...newcomers(st, 1), ...ids.slice(0, 200).reverse(), ...ids.slice(200)];
    orderByPriority(st, Stream.PeopleOrder, withExtra);
    expect(withExtra.filter((id) => ids.includes(id))).toEqual(ordered);
    // Another month, another order.
    goTo(st, 3);
    const nextMonth = [...ids];
    orderByPriority(st, Stream.PeopleOrder, nextMonth);
    expect(nextMonth).not.toEqual(ordered);
  });

  it("lists an employer's workers in pid order, whatever order they joined in", () => {
    const st = smallState();
    const ids = newcomers(st, 5, MigrantState.JobSeeking);
    const [e] = st.employers.usByType[0];
    const before = workersOf(st, e);
    for (const id of [...ids].reverse()) joinEmployer(st, id, e);
    const pids = workersOf(st, e)
      .filter((id) => !before.includes(id))
      .map((id) => pidOf(st.migrants, id));
    expect(pids).toEqual([...pids].sort((x, y) => x - y));
    expect(pids.length).toBe(5);
  });
});

describe('the followed sample', () => {
  it('stays below its cap over a twenty-year run under two policies, following the same settled people', () => {
    // With a share of candidates fixed at setup, a sample of 200 filled up in about twelve years.
    const limit = 200;
    const base = applyOverrides(findScenario('baseline-2003')!, { years: 20, scale: 1000, seed: 4 });
    const surge = applyOverrides(findScenario('border-surge')!, { years: 20, scale: 1000, seed: 4 });
    const runs = [base, surge].map((scenario) => new Simulation(scenario, { trackAgents: limit }));
    for (const run of runs) {
      let largest = 0;
      while (!run.done) {
        run.step();
        largest = Math.max(largest, run.snapshot().filter((p) => !p.asVictim).length);
      }
      // A cap reached would make who is followed depend on who came first, that is on the policy.
      expect(largest).toBeLessThan(limit);
      expect(largest).toBeGreaterThan(limit / 10);
    }
    const sample = (people: { pid: number; asVictim: boolean }[]) => people.filter((p) => !p.asVictim).map((p) => p.pid);
    const settled = (run: Simulation) =>
      new Set(
        [...sample(run.snapshot()), ...sample(run.finishedHistories())].filter((pid) => personIdParts(pid).cell === PersonSource.Settled),
      );
    expect([...settled(runs[0])].sort()).toEqual([...settled(runs[1])].sort());
  });
});
