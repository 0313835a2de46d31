// A 32-bit integer mixer shared by the seed derivation and the counter-based generator.
// Integer arithmetic only (Math.imul, shifts), so every JavaScript engine gives the same bits.

/** A 32-bit avalanche mix (Wellons' lowbias32, a MurmurHash3-style finaliser): a bijection on [0, 2^32). */
export function mix32(x: number): number {
  return mixInt32(x) >>> 0;
}

/** The same mix on signed 32-bit values (the same bits as mix32), so keys chained through hot loops stay
 *  int32 instead of unsigned values above 2^31 held as doubles (no speed-up measured above noise here). */
export function mixInt32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return h ^ (h >>> 16);
}

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units, then mixed), starting from `basis`. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}
