// Per-decision random draws (common random numbers, docs/CRN.md): each kind of decision has its own
// named stream (Stream, CRN_STREAM_NAMES), and a draw depends only on (seed, stream, who decides, the
// calendar month, draw index), so the same person facing the same decision in the same month gets the same
// uniforms under every policy, however many draws anyone else took. Picks from lists, and who goes first for a shared
// budget, depend on who is there, never on a list's order.
import { CrnCursor, drawAt, drawKey, monthKey, uniformAt } from '../engine/crn';
import type { Rng } from '../engine/rng';
import { EmployerType, VenueMarket } from './enums';
import { type MigrantStore, pidOf, touchRecords, TOUCH_BLOCK } from './record';
import { STREAMS, type Stream } from './streams';
import type { SimState } from './state';
import { VENUE_SLOTS } from './deterrence';

/** Each stream's key for this month; computed once a month before anyone draws. */
export function keyMonth(st: SimState): void {
  for (const stream of STREAMS) st.crnMonth[stream] = monthKey(st.crn[stream], st.tick);
}

/** The draw key of the person in slot `id` for one decision this month (by their pid): draw k is drawAt(key, k). */
export function personKey(st: SimState, stream: Stream, id: number): number {
  return drawKey(st.crnMonth[stream], pidOf(st.migrants, id));
}

/** The draw key this month of something that is the same under every policy: an employer, an outfit,
 *  a case, or the i-th inspection or raid of the month. */
export function entityKey(st: SimState, stream: Stream, entity: number): number {
  return drawKey(st.crnMonth[stream], entity);
}

/** Bits of the priority sorted per pass (three passes sort 32-bit priorities). */
const RADIX_BITS = 11;
const RADIX_MASK = (1 << RADIX_BITS) - 1;
/** Scratch for orderByPriority, grown as needed (sorting allocates nothing once the lists stop growing). */
let scratch = { priority: new Uint32Array(0), priorityOut: new Uint32Array(0), ids: new Int32Array(0), idsOut: new Int32Array(0) };
const counts = new Int32Array(1 << RADIX_BITS);

/** Puts the people in `ids` (slots) in the order of a priority drawn for each this month on `stream` (by pid), in place.
 *  Whoever comes first for a shared budget (an outfit's room, venue vacancies, this year's grants) is then the same
 *  under every policy, and someone a policy adds or removes does not move anyone else ahead or behind.
 *  One draw key per person and a radix sort of the 32-bit priorities; ties are put in pid order. */
export function orderByPriority(st: SimState, stream: Stream, ids: Int32Array | number[]): void {
  const n = ids.length;
  if (n < 2) return;
  if (scratch.ids.length < n) {
    const size = 2 ** Math.ceil(Math.log2(n));
    scratch = {
      priority: new Uint32Array(size),
      priorityOut: new Uint32Array(size),
      ids: new Int32Array(size),
      idsOut: new Int32Array(size),
    };
  }
  let { priority, priorityOut, ids: from, idsOut: to } = scratch;
  const month = st.crnMonth[stream];
  for (let j = 0; j < n; j++) {
    if (j % TOUCH_BLOCK === 0) touchRecords(st.migrants, ids, j, Math.min(n, j + TOUCH_BLOCK));
    from[j] = ids[j];
    priority[j] = drawKey(month, pidOf(st.migrants, ids[j])) >>> 0;
  }
  // Least significant digit first; each pass is stable, so after the last the order is by the whole priority.
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    counts.fill(0);
    for (let j = 0; j < n; j++) counts[(priority[j] >>> shift) & RADIX_MASK]++;
    for (let b = 0, total = 0; b <= RADIX_MASK; b++) {
      const c = counts[b];
      counts[b] = total;
      total += c;
    }
    for (let j = 0; j < n; j++) {
      const at = counts[(priority[j] >>> shift) & RADIX_MASK]++;
      priorityOut[at] = priority[j];
      to[at] = from[j];
    }
    [priority, priorityOut] = [priorityOut, priority];
    [from, to] = [to, from];
  }
  for (let j = 0; j < n; j++) ids[j] = from[j];
  putTiesInPidOrder(ids, priority, n, st.migrants);
}

/** Within each run of equal priorities (rare), orders people by pid, so a tie does not fall back on list order. */
function putTiesInPidOrder(ids: Int32Array | number[], priority: Uint32Array, n: number, people: MigrantStore): void {
  for (let start = 0, end = 1; start < n - 1; start = end, end = start + 1) {
    while (end < n && priority[end] === priority[start]) end++;
    if (end - start > 1) {
      const run = Array.from(ids.slice(start, end)).sort((x, y) => pidOf(people, x) - pidOf(people, y));
      for (let j = 0; j < run.length; j++) ids[start + j] = run[j];
    }
  }
}

/** Ids at or above 2^32 name a key's sub-keys, apart from any candidate id. */
const SUB_KEYS = 2 ** 32;

/** A key of its own for purpose `k` of a decision (a pick from a list, a count), independent of the decision's draws. */
export function subKey(key: number, k: number): number {
  return drawKey(key, SUB_KEYS + k);
}

const cursor = new CrnCursor();

/** The draws of `key` from draw `k` on, as an Rng for drawPoisson, roundStochastic or drawMonthsUntil.
 *  One shared cursor: use it at once, never across another call. */
export function drawsFrom(key: number, k = 0): Rng {
  return cursor.from(key, k).next;
}

/** The draws of a population-level count this month (several counts on one stream are told apart by `which`).
 *  The same uniforms under every policy, so a larger mean gives the same count or more. */
export function countDraws(st: SimState, stream: Stream, which = 0): Rng {
  return drawsFrom(entityKey(st, stream, which));
}

/** The candidate with the lowest priority for `key` (a pair uniform), skipping `exclude`; -1 if none.
 *  The pick does not depend on the candidates' order, and removing a candidate who would not have won changes nothing. */
export function pickLowest(key: number, candidates: ArrayLike<number>, exclude = -1): number {
  let best = -1;
  let bestPriority = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    if (candidate === exclude) continue;
    const priority = uniformAt(key, candidate);
    if (priority < bestPriority || (priority === bestPriority && candidate < best)) {
      best = candidate;
      bestPriority = priority;
    }
  }
  return best;
}

/** Tries before a pick by id falls back to the list (types, venues or outfits far rarer than expected). */
export const PICK_TRIES = 200;

/** A U.S. workplace of `type`, chosen with `key`. Common types: the first id in the key's sequence of ids
 *  over all U.S. employers that is open and of that type (the same employer under two policies unless one
 *  of the ids tried first changed type); coercive employers are few, so the one with the lowest priority. */
export function pickUsEmployer(st: SimState, key: number, type: EmployerType): number {
  const store = st.employers;
  const list = store.usByType[type];
  if (list.length === 0) return -1;
  if (type === EmployerType.Coercive) return pickLowest(key, list);
  const ids = st.employersReal;
  for (let t = 0; t < PICK_TRIES; t++) {
    const e = Math.floor(drawAt(key, t) * ids);
    if (store.open[e] === 1 && store.type[e] === type) return e;
  }
  return list[Math.floor(drawAt(key, PICK_TRIES) * list.length)];
}

/** An open venue in `market`, chosen with `key` over the market's venue slots (a slot keeps its id), skipping `exclude`; -1 if none. */
export function pickVenue(st: SimState, key: number, market: VenueMarket, exclude = -1): number {
  const store = st.employers;
  const list = market === VenueMarket.Us ? store.sexUs : store.sexMexico;
  if (list.length === 0 || (list.length === 1 && list[0] === exclude)) return -1;
  const first = st.employersReal + (market === VenueMarket.Us ? 0 : VENUE_SLOTS[VenueMarket.Us]);
  for (let t = 0; t < PICK_TRIES; t++) {
    const e = first + Math.floor(drawAt(key, t) * VENUE_SLOTS[market]);
    if (store.open[e] === 1 && e !== exclude) return e;
  }
  return pickLowest(key, list, exclude);
}
