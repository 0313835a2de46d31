// A followed person's story told and read as outcomes, and one person's stories under two policies
// lined up: outcomes read from the events' kinds, the first difference, and the same person under a
// border surge and the baseline on one seed (identical lives until the policy changes).
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/sim/library';
import { Simulation } from '../../src/sim/run';
import { applyOverrides } from '../../src/sim/scenario';
import {
  alignStories,
  firstDifference,
  outcomePhrases,
  personName,
  personOutcome,
  tell,
  wasVictim,
  type StoryEvent,
} from '../../src/sim/story';
import type { LifeEvent } from '../../src/sim/model/events';
import { Corridor, Exit, Form, Mode, Origin, Sector } from '../../src/sim/model/enums';
import { newPersonId, personIdParts } from '../../src/sim/engine/crn';

const story = (...lines: [string, LifeEvent][]): StoryEvent[] => lines.map(([date, event]) => ({ date, event }));

describe("a person's outcome from their life events", () => {
  it('reads how they crossed, apprehensions, exploitation, identification and how they left', () => {
    const o = personOutcome(
      story(
        ['2005-01', { kind: 'left_home', origin: Origin.Mexico }],
        ['2005-02', { kind: 'crossing_alone' }],
        ['2005-02', { kind: 'apprehended', removed: false }],
        ['2005-03', { kind: 'hired_smuggler', mode: Mode.Professional, feeUsd: 2400, owedUsd: 1900 }],
        ['2005-03', { kind: 'crossed', corridor: Corridor.Remote, attempt: 2 }],
        ['2005-05', { kind: 'held', form: Form.Labor, sector: Sector.Agriculture }],
        ['2006-01', { kind: 'identified', cooperating: true }],
        ['2007-01', { kind: 'exited', exit: Exit.TVisa }],
      ),
    );
    expect(o).toEqual({
      crossing: 'network',
      entries: 1,
      apprehensions: 1,
      kidnappings: 0,
      exploitation: 'labour',
      identified: true,
      exit: 't_visa',
    });
    expect(wasVictim(o)).toBe(true);
    expect(outcomePhrases(o)).toEqual([
      'crossed with a smuggling network',
      'apprehended once',
      'held in forced labour',
      'identified as a victim',
      'granted a T-visa',
    ]);
  });

  it('a person who has not crossed and is still in the model', () => {
    const o = personOutcome(story(['2005-01', { kind: 'left_home', origin: Origin.CentralAmerica }]));
    expect(wasVictim(o)).toBe(false);
    expect(outcomePhrases(o)).toEqual(['did not enter the U.S.', 'never apprehended', 'not held by an exploiter', 'still in the model']);
  });
});

describe('telling life events', () => {
  it('tells each event as the sentence the pages show, with its details', () => {
    expect(tell({ kind: 'hired_smuggler', mode: Mode.Professional, feeUsd: 2400, owedUsd: 1900 })).toBe(
      'Hired a professional smuggling network for USD 2400, owing USD 1900.',
    );
    expect(tell({ kind: 'hired_smuggler', mode: Mode.Guide, feeUsd: 900, owedUsd: null })).toBe('Hired a community guide for USD 900.');
    expect(tell({ kind: 'crossed', corridor: Corridor.Remote, attempt: 2 })).toBe(
      'Crossed into the U.S. through a remote corridor (attempt 2).',
    );
    expect(tell({ kind: 'held', form: Form.Sexual, sector: Sector.SexMexico })).toBe(
      'Held in sexual exploitation at a venue or criminal group in a Mexican border city.',
    );
    expect(tell({ kind: 'exited', exit: Exit.TVisa })).toBe('Granted a T-visa.');
  });

  it('counts an event by its kind, whatever its sentence says', () => {
    const mexico = personOutcome(
      story(['2005-01', { kind: 'held', form: Form.Sexual, sector: Sector.SexMexico }], ['2005-04', { kind: 'identified_in_mexico' }]),
    );
    expect([mexico.exploitation, mexico.identified]).toEqual(['sexual', true]);
    const both = personOutcome(
      story(
        ['2005-01', { kind: 'held', form: Form.Labor, sector: Sector.Domestic }],
        ['2006-01', { kind: 'held', form: Form.Sexual, sector: Sector.SexUs }],
      ),
    );
    expect(both.exploitation).toBe('labour and sexual');
  });
});

describe("lining up one person's stories", () => {
  const common = story(['2004-06', { kind: 'left_home', origin: Origin.Mexico }], ['2004-07', { kind: 'crossing_alone' }]);
  const crossed = [...common, ...story(['2004-07', { kind: 'crossed', corridor: Corridor.Urban, attempt: 1 }])];
  const caught = [...common, ...story(['2004-07', { kind: 'apprehended', removed: false }], ['2004-09', { kind: 'crossing_alone' }])];

  it("finds the first event that differs, with each side's line", () => {
    expect(firstDifference(crossed, crossed)).toBeNull();
    expect(firstDifference(crossed, caught)).toEqual({
      date: '2004-07',
      first: 'Crossed into the U.S. through an urban corridor (attempt 1).',
      second: 'Apprehended by the Border Patrol and returned to Mexico.',
    });
    expect(firstDifference(common, caught)).toEqual({
      date: '2004-07',
      first: null,
      second: 'Apprehended by the Border Patrol and returned to Mexico.',
    });
  });

  it('lines stories up by month, marks the first month they part and keeps a policy without the person', () => {
    const { months, divergence } = alignStories([crossed, caught, null]);
    expect(months.map((m) => m.date)).toEqual(['2004-06', '2004-07', '2004-09']);
    expect(divergence).toBe('2004-07');
    expect(months[0].lines).toEqual([
      ['Left home in Mexico for the northern border.'],
      ['Left home in Mexico for the northern border.'],
      null,
    ]);
    expect(months[2].lines).toEqual([[], ['Set out to cross alone.'], null]);
    expect(alignStories([crossed, crossed]).divergence).toBeNull();
  });

  it('names people by where and when they came into the model', () => {
    expect(personName(newPersonId(14, 0, 41), '2003-01')).toBe('person 42 weighing migration in 2004-03');
    expect(personName(newPersonId(-13, 1, 0), '2003-01')).toBe('settled person 1 (in the U.S. at the start)');
  });
});

describe('the same person under two policies on one seed', () => {
  const FOLLOWED = 600;
  const base = applyOverrides(findScenario('baseline-2003')!, { years: 3, scale: 200, seed: 7 });
  const runs = [base, findScenario('border-surge')!].map((s) =>
    new Simulation(applyOverrides(s, { years: 3, scale: 200, seed: 7 }), { trackAgents: FOLLOWED }).run(),
  );
  // The sample (people followed as victims, from the month they were taken, depend on the policy).
  const stories = (run: Simulation) =>
    new Map<number, StoryEvent[]>([
      ...run
        .finishedHistories()
        .filter((f) => !f.asVictim)
        .map((f) => [f.pid, f.events] as [number, StoryEvent[]]),
      ...run
        .snapshot()
        .filter((a) => !a.asVictim)
        .map((a) => [a.pid, run.historyOf(a.pid)!] as [number, StoryEvent[]]),
    ]);
  const [reference, surge] = runs.map(stories);
  const both = [...reference.keys()].filter((pid) => surge.has(pid));

  it('the model records every kind of event the outcome counts', () => {
    // More people followed than below, so some are trafficked (a few in a thousand over three years) whatever the calibrated defaults.
    const many = stories(new Simulation(base, { trackAgents: 5 * FOLLOWED }).run());
    const outcomes = [...many.values(), ...surge.values()].map(personOutcome);
    expect(outcomes.some((o) => o.crossing === 'alone') && outcomes.some((o) => o.crossing === 'network' || o.crossing === 'guide')).toBe(
      true,
    );
    expect(outcomes.some((o) => o.apprehensions > 0)).toBe(true);
    expect(outcomes.some((o) => o.exploitation !== 'none')).toBe(true);
    expect(outcomes.some((o) => o.exit !== null)).toBe(true);
  });

  it('a person followed under both has an identical story until the policy changes (2005-01)', () => {
    expect(both.length).toBeGreaterThan(0);
    // Everyone followed who came into the model before the surge is followed under it too (later, the policy changes who leaves home).
    const beforeSurge = [...reference.keys()].filter((pid) => personIdParts(pid).month < 24);
    expect(beforeSurge.every((pid) => surge.has(pid))).toBe(true);
    const differences = both.map((pid) => firstDifference(reference.get(pid)!, surge.get(pid)!));
    expect(differences.every((d) => d === null || d.date >= '2005-01')).toBe(true);
    expect(differences.some((d) => d !== null)).toBe(true);
  });
});
