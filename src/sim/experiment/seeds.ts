// Replicate seeds: a hash of (base seed, replicate index), never a running counter, so adding a
// design point or a scenario never re-seeds the other runs, and shards agree on every seed.

/** A 32-bit avalanche mix (the finaliser of MurmurHash3-style hashes). */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The seed of replicate `index` (0-based) of an experiment with base seed `base`: a whole number in [0, 2^32). */
export function replicateSeed(base: number, index: number): number {
  if (!Number.isInteger(base) || base < 0 || base > 0xffffffff) throw new RangeError(`base seed ${base}: expected a whole number in [0, 4294967295]`);
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`replicate index ${index}: expected a whole number >= 0`);
  const high = Math.floor(index / 0x100000000);
  return mix32(mix32(mix32(base) ^ 0x9e3779b9) + mix32(index >>> 0) + Math.imul(high, 0x632be5ab));
}

/** The seeds of replicates 0..count-1. */
export function replicateSeeds(base: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => replicateSeed(base, i));
}
