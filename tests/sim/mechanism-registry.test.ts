// The mechanism registry (src/sim/mechanisms) is the one place levers, constants, random streams,
// metrics, state fields and phases are declared: every table is assembled or generated from it, and
// every item belongs to exactly one mechanism.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mechanismTable, streamTable, withStreamTable } from '../../scripts/generate-docs';
import { MECHANISMS, PUBLISHED_LEVER_ORDER, PUBLISHED_METRIC_ORDER } from '../../src/sim/mechanisms';
import { METRICS } from '../../src/sim/metrics';
import { CONSTANTS } from '../../src/sim/model/constants';
import { createState } from '../../src/sim/model/setup';
import { CRN_STREAM_NAMES, Stream, STREAMS } from '../../src/sim/model/streams';
import { defaultParams, findParam, PARAMS } from '../../src/sim/params';

type Mechanism = (typeof MECHANISMS)[number];

/** Items declared by more than one mechanism, each with the mechanisms that declare it. */
function sharedItems(mechanisms: readonly { id: string }[], items: (m: never) => readonly string[]): Record<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const m of mechanisms) for (const item of items(m as never)) owners.set(item, [...(owners.get(item) ?? []), m.id]);
  return Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1));
}

const KINDS: Record<string, (m: Mechanism) => readonly string[]> = {
  levers: (m) => m.levers.map((p) => p.path),
  metrics: (m) => m.metrics.map((x) => x.name),
  constants: (m) => Object.keys(m.constants),
  'stream keys': (m) => Object.keys(m.streams),
  'stream names': (m) => Object.values(m.streams).map((s) => s.name),
  'state fields': (m) => m.state,
};
const all = (pick: (m: Mechanism) => readonly string[]) => MECHANISMS.flatMap((m) => [...pick(m)]);

describe('the mechanism registry', () => {
  it('finds an item two mechanisms declare (the check can fail)', () => {
    const twice = [
      { id: 'a', metrics: ['x', 'y'] },
      { id: 'b', metrics: ['y'] },
    ];
    expect(sharedItems(twice, (m: { metrics: string[] }) => m.metrics)).toEqual({ y: ['a', 'b'] });
  });

  it('gives every lever, metric, constant, stream and state field to exactly one mechanism', () => {
    expect(new Set(MECHANISMS.map((m) => m.id)).size).toBe(MECHANISMS.length);
    for (const [kind, pick] of Object.entries(KINDS)) expect(sharedItems(MECHANISMS, pick as never), kind).toEqual({});
  });

  it('assembles PARAMS, METRICS, CONSTANTS and the streams from the mechanisms and nothing else', () => {
    expect(PARAMS.map((p) => p.path).sort()).toEqual(all(KINDS.levers).sort());
    expect(METRICS.map((m) => m.name).sort()).toEqual(all(KINDS.metrics).sort());
    expect(Object.keys(CONSTANTS).sort()).toEqual(all(KINDS.constants).sort());
    expect(Object.keys(Stream).sort()).toEqual(all(KINDS['stream keys']).sort());
    expect([...CRN_STREAM_NAMES].sort()).toEqual(all(KINDS['stream names']).sort());
    expect(STREAMS.map((s) => s)).toEqual(STREAMS.map((_, i) => i));
  });

  it("keeps the published order of levers and metrics (the series' columns), and lists only declared names there", () => {
    expect(PARAMS.slice(0, PUBLISHED_LEVER_ORDER.length).map((p) => p.path)).toEqual(PUBLISHED_LEVER_ORDER);
    expect(METRICS.slice(0, PUBLISHED_METRIC_ORDER.length).map((m) => m.name)).toEqual(PUBLISHED_METRIC_ORDER);
    expect(new Set(PUBLISHED_LEVER_ORDER).size).toBe(PUBLISHED_LEVER_ORDER.length);
    expect(new Set(PUBLISHED_METRIC_ORDER).size).toBe(PUBLISHED_METRIC_ORDER.length);
  });

  it('names each stream `subsystem.decision`, says what it is keyed by and what it draws for', () => {
    for (const m of MECHANISMS) {
      for (const s of Object.values(m.streams)) {
        expect(s.name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
        expect(s.keyedBy.length * s.draws.length, s.name).toBeGreaterThan(0);
      }
    }
  });

  it('declares phases that model/step.ts calls, state fields the state has, and explanations naming declared levers', () => {
    const step = readFileSync(new URL('../../src/sim/model/step.ts', import.meta.url), 'utf8');
    const st = createState(defaultParams(), 1000, 1, 0);
    for (const m of MECHANISMS) {
      for (const phase of m.phases) expect(step, `${m.id}: phase ${phase}`).toMatch(new RegExp(`\\b${phase}\\(st`));
      for (const field of m.state) expect(Object.keys(st), `${m.id}: state field ${field}`).toContain(field);
      for (const path of m.explanation?.levers ?? []) expect(findParam(path), `${m.id}: lever ${path}`).toBeDefined();
    }
  });

  it('docs/CRN.md holds the generated streams table, and docs/MODEL.md the mechanisms table (run `npm run docs` after changing them)', () => {
    const crn = readFileSync(new URL('../../docs/CRN.md', import.meta.url), 'utf8');
    expect(withStreamTable(crn)).toBe(crn);
    expect(streamTable().split('\n')).toHaveLength(2 + STREAMS.length);
    expect(readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8')).toContain(mechanismTable());
  });
});
