// Replicate seeds: a hash of (base seed, replicate index), never a running counter, so adding a
// design point or a scenario never re-seeds the other runs, and shards agree on every seed.
import { mix32 } from '../engine/mix32';

/** The seed of replicate `index` (0-based) of an experiment with base seed `base`: a whole number in [0, 2^32). */
export function replicateSeed(base: number, index: number): number {
  if (!Number.isInteger(base) || base < 0 || base > 0xffffffff)
    throw new RangeError(`base seed ${base}: expected a whole number in [0, 4294967295]`);
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`replicate index ${index}: expected a whole number >= 0`);
  const high = Math.floor(index / 0x100000000);
  return mix32(mix32(mix32(base) ^ 0x9e3779b9) + mix32(index >>> 0) + Math.imul(high, 0x632be5ab));
}

/** The seeds of replicates 0..count-1. */
export function replicateSeeds(base: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => replicateSeed(base, i));
}
