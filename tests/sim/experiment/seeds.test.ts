// Replicate seeds depend only on (base seed, replicate index) and stay in the scenario seed range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replicateSeed, replicateSeeds } from '../../../src/sim/experiment/seeds';

describe('replicateSeed', () => {
  it('is a pure function of base and index, in [0, 2^32)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.nat(1e9), (base, index) => {
        const seed = replicateSeed(base, index);
        expect(seed).toBe(replicateSeed(base, index));
        expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
      }),
    );
  });

  it('gives distinct seeds for many replicates and for neighbouring bases', () => {
    expect(new Set(replicateSeeds(1, 10000)).size).toBe(10000);
    expect(replicateSeed(1, 0)).not.toBe(replicateSeed(2, 0));
    expect(replicateSeeds(5, 3)).toEqual(replicateSeeds(5, 10).slice(0, 3));
  });

  it('rejects bad input', () => {
    expect(() => replicateSeed(-1, 0)).toThrow(/base seed/);
    expect(() => replicateSeed(1, 1.5)).toThrow(/replicate index/);
  });
});
