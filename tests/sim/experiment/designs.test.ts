// Designs: --vary parsing and range checks, grid order, Latin hypercube strata, Morris trajectories.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findParam } from '../../../src/sim/params';
import { createStream } from '../../../src/sim/engine/rng';
import { gridDesign, latinHypercubeDesign, parseVary } from '../../../src/sim/experiment/designs';
import { morrisDesign, morrisEffects } from '../../../src/sim/experiment/morris';

describe('parseVary', () => {
  it('reads ranges, steps and lists', () => {
    expect(parseVary('border.agents=5000:15000:3')).toEqual({ path: 'border.agents', from: 5000, to: 15000, steps: 3 });
    expect(parseVary('corruption.us=0:0.2')).toEqual({ path: 'corruption.us', from: 0, to: 0.2 });
    expect(parseVary('protection.cooperationRequired=true,false').values).toEqual([true, false]);
  });

  it('names the flag, the value and the expectation when a value is out of range', () => {
    expect(() => parseVary('border.agents=0:70000:3')).toThrow(
      '--vary border.agents=0:70000:3: border.agents = 70000: expected a number in [0, 60000] (agents)',
    );
    expect(() => parseVary('border.nothing=0:1:2')).toThrow(/unknown parameter "border.nothing"/);
    expect(() => parseVary('border.agents')).toThrow(/expected path=from:to:steps/);
    expect(() => parseVary('border.agents=1:2:0')).toThrow(/steps = 0/);
  });
});

describe('gridDesign', () => {
  it('is the full factorial with the first parameter slowest and integers rounded', () => {
    const points = gridDesign([parseVary('border.agents=0:10:3'), parseVary('protection.cooperationRequired=false,true')]);
    expect(points).toEqual([
      { 'border.agents': 0, 'protection.cooperationRequired': false },
      { 'border.agents': 0, 'protection.cooperationRequired': true },
      { 'border.agents': 5, 'protection.cooperationRequired': false },
      { 'border.agents': 5, 'protection.cooperationRequired': true },
      { 'border.agents': 10, 'protection.cooperationRequired': false },
      { 'border.agents': 10, 'protection.cooperationRequired': true },
    ]);
  });
});

describe('latinHypercubeDesign', () => {
  it('uses each stratum of each range exactly once and is reproducible from its seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(1000), (samples, seed) => {
        const varies = [parseVary('corruption.us=0:1'), parseVary('justice.trainingShare=0.2:0.6')];
        const points = latinHypercubeDesign(varies, samples, createStream(seed, 'test'));
        expect(points).toEqual(latinHypercubeDesign(varies, samples, createStream(seed, 'test')));
        const strata = (path: string, from: number, to: number) =>
          new Set(points.map((p) => Math.min(samples - 1, Math.floor(((Number(p[path]) - from) / (to - from)) * samples))));
        // Six-digit rounding may move a value across a stratum edge only when it sits on it.
        expect(strata('corruption.us', 0, 1).size).toBeGreaterThanOrEqual(samples - 1);
        expect(strata('justice.trainingShare', 0.2, 0.6).size).toBeGreaterThanOrEqual(samples - 1);
      }),
      { numRuns: 50 },
    );
  });
});

describe('Morris', () => {
  const factors = [
    parseVary('corruption.us=0:1'),
    parseVary('border.agents=0:60000'),
    parseVary('protection.cooperationRequired=false,true'),
  ];

  it('moves every factor exactly once per trajectory by delta of its range', () => {
    const design = morrisDesign(factors, 5, 4, createStream(3, 'test'));
    expect(design).toHaveLength(5 * (factors.length + 1));
    for (let t = 0; t < 5; t++) {
      const path = design.filter((p) => p.trajectory === t);
      expect(
        path
          .map((p) => p.changed)
          .slice(1)
          .sort(),
      ).toEqual(factors.map((f) => f.path).sort());
      path.slice(1).forEach((p, i) => {
        const before = path[i].values[p.changed!];
        const after = p.values[p.changed!];
        if (p.changed === 'corruption.us') expect(Math.abs(Number(after) - Number(before))).toBeCloseTo(2 / 3, 5);
        if (p.changed === 'border.agents') expect(Math.abs(Number(after) - Number(before))).toBe(40000);
        if (p.changed === 'protection.cooperationRequired') expect(after).not.toBe(before);
      });
    }
  });

  it('recovers the effects of a known linear function', () => {
    const design = morrisDesign(factors, 6, 4, createStream(9, 'test'));
    const output = (v: Record<string, number | boolean>) =>
      3 * Number(v['corruption.us']) - 2 * (Number(v['border.agents']) / 60000) + 0 * Number(v['protection.cooperationRequired']);
    const effects = morrisEffects(
      factors,
      design,
      design.map((p) => output(p.values)),
    );
    expect(findParam('corruption.us')).toBeDefined();
    const byFactor = Object.fromEntries(effects.map((e) => [e.factor, e]));
    expect(byFactor['corruption.us'].mu).toBeCloseTo(3, 4);
    expect(byFactor['corruption.us'].muStar).toBeCloseTo(3, 4);
    expect(byFactor['corruption.us'].sigma).toBeCloseTo(0, 4);
    expect(byFactor['border.agents'].mu).toBeCloseTo(-2, 6);
    expect(byFactor['border.agents'].muStar).toBeCloseTo(2, 6);
    expect(byFactor['protection.cooperationRequired'].muStar).toBe(0);
    expect(byFactor['corruption.us'].n).toBe(6);
  });
});
