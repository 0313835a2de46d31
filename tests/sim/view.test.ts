// The public view of followed people: every state a person can be in has a situation, a place and
// a description.
import { describe, expect, it } from 'vitest';
import { Form, MigrantState, Sector } from '../../src/sim/model/enums';
import type { AgentSnapshot } from '../../src/sim/run';
import { personView, PLACES, placeOf, SITUATION_LABELS, SITUATIONS, situationOf } from '../../src/sim/view';

const person = (state: MigrantState, extra: Partial<AgentSnapshot> = {}): AgentSnapshot => ({
  id: 1,
  pid: 1,
  state,
  origin: 0,
  female: false,
  minor: false,
  mode: 0,
  corridor: 0,
  sector: -1,
  debt: 0,
  form: Form.None,
  asVictim: false,
  ...extra,
});
const liveStates = Object.values(MigrantState).filter((v): v is MigrantState => typeof v === 'number' && v !== MigrantState.Free);

describe('view of followed people', () => {
  it('gives every live state a situation with a label, a place and a description', () => {
    for (const state of liveStates) {
      const view = personView(person(state));
      expect(SITUATIONS).toContain(view.situation);
      expect(SITUATION_LABELS[view.situation]).not.toBe('');
      expect(PLACES).toContain(view.place);
      expect(view.now).not.toBe('unknown');
    }
  });

  it('uses every situation, and tells forced labour from sexual exploitation in Mexico by its form', () => {
    const used = new Set(liveStates.map((state) => situationOf(person(state))));
    expect(situationOf(person(MigrantState.ExploitedMexico, { form: Form.Sexual }))).toBe('sexual');
    expect(situationOf(person(MigrantState.ExploitedMexico, { form: Form.Labor }))).toBe('labour');
    expect([...used].sort()).toEqual([...SITUATIONS].sort());
  });

  it('places workers by sector', () => {
    expect(placeOf(person(MigrantState.Working, { sector: Sector.Construction }))).toBe('construction');
    expect(placeOf(person(MigrantState.LegalWorker, { sector: Sector.Agriculture }))).toBe('agriculture');
  });
});
