// The scenario format: the library is valid and readable, the JSON Schema matches the zod schema,
// and bad input is refused with a message naming the field, the value and what was expected.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SCENARIOS } from '../../src/sim/library';
import {
  applyOverrides,
  parseScenario,
  parseScenarioText,
  parseSetArgument,
  scenarioJsonSchema,
  ScenarioError,
} from '../../src/sim/scenario';
import { PARAMS } from '../../src/sim/params';

const valid = { name: 'test', description: 'A test.', start: '2003-01', years: 1, scale: 100, seed: 1, params: {}, timeline: [] };
const message = (input: unknown) => {
  try {
    parseScenario(input, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioError);
    return (err as Error).message;
  }
  throw new Error('expected the scenario to be refused');
};

describe('scenario library', () => {
  it('ships the nine scenarios the course needs, each with a readable description', () => {
    expect(SCENARIOS.map((s) => s.name)).toEqual([
      'baseline-2003',
      'border-surge',
      'interior-employers',
      'interior-workers',
      'victim-protection',
      'legal-pathways',
      'anti-corruption',
      'combined-3p',
      'history-1992-2010',
    ]);
    for (const s of SCENARIOS) expect(s.description.length).toBeGreaterThan(100);
  });

  it('keeps scenarios/scenario.schema.json in step with the zod schema', () => {
    const file = JSON.parse(readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(scenarioJsonSchema());
  });

  it('declares every parameter in the JSON Schema with its range and description', () => {
    const schema = scenarioJsonSchema() as {
      properties: { params: { properties: Record<string, { minimum?: number; maximum?: number; description?: string }> } };
    };
    for (const p of PARAMS) {
      const prop = schema.properties.params.properties[p.path];
      expect(prop.description).toContain(p.label);
      if (p.kind !== 'boolean') expect([prop.minimum, prop.maximum]).toEqual([p.min, p.max]);
    }
  });
});

describe('bad scenario input', () => {
  it('refuses malformed JSON', () => {
    expect(() => parseScenarioText('{"name": ', 'x.json')).toThrow(/x\.json: not valid JSON/);
  });

  it('names an unknown key', () => {
    expect(message({ ...valid, colour: 'red' })).toMatch(/unknown key "colour"/);
    expect(message({ ...valid, params: { 'border.agnts': 5 } })).toMatch(/params: unknown key "border\.agnts"/);
  });

  it('names an out-of-range parameter with its value and range', () => {
    expect(message({ ...valid, params: { 'border.agents': -5 } })).toMatch(
      /params\["border\.agents"\] = -5: expected a number in \[0, 60000\]/,
    );
  });

  it('names a mistyped parameter', () => {
    expect(message({ ...valid, params: { 'border.agents': '9000' } })).toMatch(/params\["border\.agents"\] = "9000"/);
    expect(message({ ...valid, params: { 'protection.cooperationRequired': 1 } })).toMatch(
      /cooperationRequired"\] = 1: expected true or false/,
    );
  });

  it('refuses a bad date and a timeline entry before the start', () => {
    expect(message({ ...valid, start: '2003-13' })).toMatch(/start = "2003-13": expected a month as "YYYY-MM"/);
    expect(message({ ...valid, timeline: [{ at: '2001-05', set: {} }] })).toMatch(
      /timeline\[0\]\.at = "2001-05": expected a month on or after the start/,
    );
  });

  it('refuses a start-only parameter on the timeline', () => {
    expect(message({ ...valid, timeline: [{ at: '2003-05', set: { 'context.usStock': 5 } }] })).toMatch(
      /timeline\[0\]\.set\["context\.usStock"\]: context\.usStock only takes effect at the start/,
    );
  });

  it('refuses a missing field and a fractional seed', () => {
    expect(message({ ...valid, years: undefined })).toMatch(/years = missing/);
    expect(message({ ...valid, seed: 1.5 })).toMatch(/seed = 1\.5/);
  });

  it('refuses __proto__ keys without touching any prototype', () => {
    expect(
      message(
        JSON.parse(
          '{"name":"t","description":"d","start":"2003-01","years":1,"scale":10,"seed":1,"params":{"__proto__":{"polluted":true}}}',
        ),
      ),
    ).toMatch(/unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses non-finite and out-of-range overrides', () => {
    const base = parseScenario(valid);
    expect(() => applyOverrides(base, { scale: Infinity })).toThrow(/scale = null|scale/);
    expect(() => applyOverrides(base, { set: { 'border.agents': NaN } })).toThrow(/border\.agents/);
    expect(() => parseSetArgument('border.agents=lots')).toThrow(/border\.agents = lots: expected a finite number/);
    expect(() => parseSetArgument('constructor.prototype=1')).toThrow(/unknown parameter "constructor\.prototype"/);
    expect(() => parseSetArgument('border.agents')).toThrow(/expected path=value/);
  });
});
