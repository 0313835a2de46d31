// Common random numbers: a counter-based generator. A draw is a pure function of (run seed, named
// stream, month, person, draw index), so the same person facing the same decision in the same month
// gets the same uniform under every policy, however many draws anyone else took. 32-bit integer
// arithmetic only (mix32): Node and every browser give identical bits; no allocation per draw.
import { hashString, mixInt32 } from './mix32';
import type { Rng } from './rng';

const TWO_32 = 4294967296;
/** Weyl increment (2^32 / golden ratio): spreads successive draw indices before mixing. */
const GOLDEN = 0x9e3779b9;
/** An odd multiplier (MurmurHash3's c1) that spreads the high word of an id. */
const HI_SPREAD = 0x85ebca6b;

/** A named stream of a run (one per kind of decision), keyed by 64 bits derived from (seed, name). */
export interface CrnStream {
  readonly name: string;
  readonly seed: number;
  readonly key0: number;
  readonly key1: number;
}

/** The stream `name` of the run with seed `seed`; the same (seed, name) always gives the same draws. */
export function crnStream(seed: number, name: string): CrnStream {
  const text = `${seed}/${name}`;
  return { name, seed, key0: hashString(text), key1: hashString(text, 0x2545f491) };
}

/** One stream per name, derived from the run's seed. */
export function crnStreams<N extends string>(seed: number, names: readonly N[]): Record<N, CrnStream> {
  return Object.fromEntries(names.map((name) => [name, crnStream(seed, name)])) as Record<N, CrnStream>;
}

/** The stream's key for one month (months may be negative): compute it once a month, then draw with it.
 *  Keys are signed 32-bit integers (see mixInt32). */
export function monthKey(stream: CrnStream, month: number): number {
  return mixInt32(mixInt32(stream.key0 ^ month) ^ stream.key1);
}

/** The key of one person's draws in a month; `person` is a whole number in [0, 2^53) (a slot, or a newPersonId). */
export function drawKey(monthKeyValue: number, person: number): number {
  const lo = person >>> 0;
  const hi = (person - lo) / TWO_32;
  // Weyl-spread the parts before mixing: neighbouring ids then differ in many bits (plain XOR left a slight bias).
  return mixInt32(mixInt32(monthKeyValue + Math.imul(lo, GOLDEN)) ^ Math.imul(hi, HI_SPREAD));
}

/** Draw number `k` (0, 1, 2, ...) for a person's draw key: a uniform in [0, 1) with 32 random bits.
 *  The key is already fully mixed, so draw 0 is the key itself (one decision, one draw, costs two mixes). */
export function drawAt(key: number, k: number): number {
  return ((k === 0 ? key : mixInt32(key + Math.imul(k, GOLDEN))) >>> 0) / TWO_32;
}

/** The uniform in [0, 1) for draw `k` of `person` in the month keyed by `monthKeyValue`. */
export function uniformAt(monthKeyValue: number, person: number, k = 0): number {
  return drawAt(drawKey(monthKeyValue, person), k);
}

/** The uniform in [0, 1) for draw `k` of `person` in `month` on `stream` (convenient; hot loops use monthKey once). */
export function uniform(stream: CrnStream, month: number, person: number, k = 0): number {
  return uniformAt(monthKey(stream, month), person, k);
}

/** The uniform in [0, 1) for the pair (chooser, candidate) this month: the same whatever order pairs are visited in. */
export function pairUniform(monthKeyValue: number, chooser: number, candidate: number): number {
  return uniformAt(drawKey(monthKeyValue, chooser), candidate, 0);
}

/** The candidate with the lowest pair uniform for `chooser` (ties: the lower id), or -1 if there are none.
 *  The winner does not depend on the candidates' order, and removing a losing candidate does not change it. */
export function pickByPriority(monthKeyValue: number, chooser: number, candidates: ArrayLike<number>, count = candidates.length): number {
  const key = drawKey(monthKeyValue, chooser);
  let best = -1;
  let bestPriority = Infinity;
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i];
    const priority = uniformAt(key, candidate, 0);
    if (priority < bestPriority || (priority === bestPriority && candidate < best)) {
      best = candidate;
      bestPriority = priority;
    }
  }
  return best;
}

/** A candidate chosen with probability proportional to its weight (an exponential race on the pair uniforms:
 *  priority = -ln(1 - u) / weight, lowest wins), or -1 if no candidate has a positive weight. Order-independent. */
export function pickWeightedByPriority(
  monthKeyValue: number,
  chooser: number,
  candidates: ArrayLike<number>,
  weightOf: (candidate: number) => number,
  count = candidates.length,
): number {
  const key = drawKey(monthKeyValue, chooser);
  let best = -1;
  let bestPriority = Infinity;
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i];
    const weight = weightOf(candidate);
    if (!(weight > 0)) continue;
    const priority = -Math.log(1 - uniformAt(key, candidate, 0)) / weight;
    if (priority < bestPriority || (priority === bestPriority && candidate < best)) {
      best = candidate;
      bestPriority = priority;
    }
  }
  return best;
}

/** A reusable sequence of one person's draws in a month, for code that takes an `Rng` (drawPoisson, drawMonthsUntil).
 *  `at()` points it at a person; `next` is created once, so drawing allocates nothing. */
export class CrnCursor {
  private key = 0;
  private k = 0;
  /** The next draw of the current person: k = 0, 1, 2, ... */
  readonly next: Rng = () => drawAt(this.key, this.k++);

  /** Points the cursor at `person`'s draws in the month keyed by `monthKeyValue`, starting at draw `k`. */
  at(monthKeyValue: number, person: number, k = 0): this {
    return this.from(drawKey(monthKeyValue, person), k);
  }

  /** Points the cursor at the draws of an existing draw key (from drawKey), starting at draw `k`. */
  from(key: number, k = 0): this {
    this.key = key;
    this.k = k;
    return this;
  }
}

/** Range of the parts of a new person's id (see newPersonId). */
export const PERSON_ID_LIMITS = { monthMin: -64, monthMax: 4031, cells: 256, indexLimit: 2 ** 33 } as const;
const MONTH_SPAN = 2 ** 12;
const CELL_SPAN = 2 ** 8;

/** The id of a new person: the `index`-th person created in `cell` (a source such as "candidates from Mexico")
 *  in `month`. It depends only on these three, never on how many people other cells or earlier policies
 *  created, so the same person keeps the same id, and the same draws, under every policy. A whole number below 2^53. */
export function newPersonId(month: number, cell: number, index: number): number {
  const { monthMin, monthMax, cells, indexLimit } = PERSON_ID_LIMITS;
  if (!Number.isInteger(month) || month < monthMin || month > monthMax)
    throw new RangeError(`newPersonId: month ${month}: expected a whole number in [${monthMin}, ${monthMax}]`);
  if (!Number.isInteger(cell) || cell < 0 || cell >= cells)
    throw new RangeError(`newPersonId: cell ${cell}: expected a whole number in [0, ${cells - 1}]`);
  if (!Number.isInteger(index) || index < 0 || index >= indexLimit)
    throw new RangeError(`newPersonId: index ${index}: expected a whole number in [0, ${indexLimit - 1}]`);
  return ((month - monthMin) * CELL_SPAN + cell) * indexLimit + index;
}

/** The (month, cell, index) a person's id was made from. */
export function personIdParts(id: number): { month: number; cell: number; index: number } {
  const { monthMin, indexLimit } = PERSON_ID_LIMITS;
  if (!Number.isInteger(id) || id < 0 || id >= MONTH_SPAN * CELL_SPAN * indexLimit)
    throw new RangeError(`personIdParts: id ${id}: expected a whole number in [0, 2^53)`);
  const index = id % indexLimit;
  const upper = (id - index) / indexLimit;
  const cell = upper % CELL_SPAN;
  return { month: (upper - cell) / CELL_SPAN + monthMin, cell, index };
}
