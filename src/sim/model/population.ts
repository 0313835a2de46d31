// Bookkeeping for migrants: creating and freeing slots, moving between states (keeping the
// per-state counts and the active set exact), waking dormant people, employer worker lists and
// the life histories of the tracked sample.
import { newPersonId, uniform } from '../engine/crn';
import { CONSTANTS } from './constants';
import { Corridor, Exit, Form, MigrantState, Mode, type Origin, type Plan } from './enums';
import {
  F32,
  getF32,
  getI32,
  getU8,
  growMigrantStore,
  I32,
  pidOf,
  setF32,
  setI32,
  setPid,
  setU8,
  touchRecords,
  TOUCH_BLOCK,
  U8,
} from './record';
import { Stream } from './streams';
import type { FollowedPerson, SimState } from './state';
import type { LifeEvent } from './events';

/** Where new people come from: the `cell` of their id (engine/crn newPersonId), with the index
 *  being their place in that month's list from this source, whatever a policy did before. */
export const PersonSource = { Candidate: 0, Settled: 1, Resident: 2 } as const;

/** The id of the `index`-th person from `source` this month. */
export function personIdFor(st: SimState, source: (typeof PersonSource)[keyof typeof PersonSource], index: number): number {
  return newPersonId(st.tick, source, index);
}

/** States whose people are looked at every month; the others sleep until a scheduled wake-up. */
export function isActiveState(s: MigrantState): boolean {
  return (
    s !== MigrantState.Working &&
    s !== MigrantState.LegalWorker &&
    s !== MigrantState.Protected &&
    s !== MigrantState.AtHome &&
    s !== MigrantState.Free
  );
}

export interface NewMigrant {
  state: MigrantState;
  origin: Origin;
  female: boolean;
  minor: boolean;
  network: boolean;
  plan: Plan;
  savings: number;
  riskAversion: number;
  /** Age in years when arriving (or now, for someone not yet in the U.S.); a typical newcomer's if not given. */
  age?: number;
  /** Family ties (Tie bits); none if not given. */
  ties?: number;
  /** Tick of their arrival in the U.S., for people already there at the start; now if not given. */
  arrived?: number;
}

/** Age of a person created without one (the mean age of an adult newcomer). */
const TYPICAL_AGE = CONSTANTS.ARRIVAL_AGE_MIN.value + CONSTANTS.ARRIVAL_AGE_SPREAD.value;

/** Puts a new person into the model and returns their slot. `pid` is their id (engine/crn newPersonId),
 *  which never depends on what a policy did before; `followShare` is the share of such people followed. */
export function spawnMigrant(st: SimState, m: NewMigrant, pid: number, followShare = st.followShare.newcomers): number {
  const id = takeSlot(st);
  const a = st.migrants;
  setPid(a, id, pid);
  setU8(a, id, U8.State, MigrantState.Free);
  setU8(a, id, U8.Origin, m.origin);
  setU8(a, id, U8.Female, m.female ? 1 : 0);
  setU8(a, id, U8.Minor, m.minor ? 1 : 0);
  setU8(a, id, U8.Network, m.network ? 1 : 0);
  setU8(a, id, U8.Plan, m.plan);
  setF32(a, id, F32.Savings, m.savings);
  setF32(a, id, F32.RiskAversion, m.riskAversion);
  setU8(a, id, U8.Mode, Mode.None);
  setU8(a, id, U8.Corridor, Corridor.Urban);
  setU8(a, id, U8.Form, Form.None);
  setU8(a, id, U8.Attempts, 0);
  setU8(a, id, U8.Trafficked, 0);
  setU8(a, id, U8.Followed, 0);
  setF32(a, id, F32.Debt, 0);
  setI32(a, id, I32.Smuggler, -1);
  setI32(a, id, I32.Employer, -1);
  setI32(a, id, I32.NextWorker, -1);
  setI32(a, id, I32.PrevWorker, -1);
  setI32(a, id, I32.WakeTick, -1);
  st.created++;
  if (st.trackLimit > 0 && st.tracked.size - st.followedAsVictims < st.trackLimit && isFollowed(st, pid, followShare)) {
    st.tracked.set(pid, { slot: id, events: [] });
    setU8(a, id, U8.Followed, 1);
  }
  moveTo(st, id, m.state);
  setU8(a, id, U8.Age, m.age ?? TYPICAL_AGE);
  setU8(a, id, U8.Ties, m.ties ?? 0);
  setI32(a, id, I32.Arrived, m.arrived ?? st.tick);
  return id;
}

/** Whether the person `pid` is in the followed sample: a hash of the pid below the share, so every
 *  policy run on a seed follows the same people. */
function isFollowed(st: SimState, pid: number, share: number): boolean {
  return uniform(st.crn[Stream.PeopleFollow], 0, pid) < share;
}

/** Starts following a person who has just become a victim (trafficked or held for ransom) and was not
 *  in the sample, so the map and stories show every victim: a stratified sample (all victims, a share of
 *  everyone else). Their history starts with the event that follows (being held or kidnapped); nothing
 *  the model decides reads it, and no draw is made, so the run's output is the same with or without following. */
export function followVictim(st: SimState, id: number): void {
  if (st.trackLimit === 0 || isTracked(st, id)) return;
  st.tracked.set(pidOf(st.migrants, id), { slot: id, events: [], asVictim: true });
  st.followedAsVictims++;
  setU8(st.migrants, id, U8.Followed, 1);
}

/** Whether the person in slot `id` is followed (their history is kept). */
export function isTracked(st: SimState, id: number): boolean {
  return getU8(st.migrants, id, U8.Followed) === 1;
}

function takeSlot(st: SimState): number {
  const reused = st.freeSlots.pop();
  if (reused !== undefined) return reused;
  if (st.highWater >= st.migrants.capacity) growStore(st);
  return st.highWater++;
}

function growStore(st: SimState): void {
  growMigrantStore(st.migrants);
  const pos = new Int32Array(st.migrants.capacity);
  pos.set(st.activePos);
  st.activePos = pos;
  const active = new Int32Array(st.migrants.capacity);
  active.set(st.active);
  st.active = active;
}

/** States in which a person is part of the unauthorized population in the U.S. */
export function isInUs(s: MigrantState): boolean {
  return (
    s === MigrantState.JobSeeking ||
    s === MigrantState.Working ||
    s === MigrantState.ExploitedUsLabor ||
    s === MigrantState.ExploitedUsSex ||
    s === MigrantState.Protected
  );
}

/** States in which a person is on an employer's worker list. */
function isEmployed(s: MigrantState): boolean {
  return s === MigrantState.Working || s === MigrantState.LegalWorker || isExploited(s);
}

/** States in which a person is held by exploiters. */
export function isExploited(s: MigrantState): boolean {
  return s === MigrantState.ExploitedUsLabor || s === MigrantState.ExploitedUsSex || s === MigrantState.ExploitedMexico;
}

/** Moves a person to a new state, keeping counts, the active set, worker lists and the victim form exact. */
export function moveTo(st: SimState, id: number, next: MigrantState): void {
  const a = st.migrants;
  const prev = getU8(a, id, U8.State) as MigrantState;
  // Only people in an employed state are on a worker list, and only people held have a victim form:
  // checking the states first spares reading fields of other arrays (a cache miss each, at random slots).
  if (!isEmployed(next) && isEmployed(prev)) leaveEmployer(st, id);
  if (!isExploited(next) && isExploited(prev)) setU8(a, id, U8.Form, Form.None);
  if (prev !== MigrantState.Free) st.stateCounts[prev]--;
  st.stateCounts[next]++;
  setU8(a, id, U8.State, next);
  setI32(a, id, I32.Since, st.tick);
  const usChange = (isInUs(next) ? 1 : 0) - (isInUs(prev) ? 1 : 0);
  if (usChange !== 0) movedInOrOutOfUs(st, id, usChange, next);
  const wasActive = isActiveState(prev);
  const nowActive = isActiveState(next);
  if (nowActive && !wasActive) addActive(st, id);
  else if (!nowActive && wasActive) removeActive(st, id);
  if (!nowActive) setI32(a, id, I32.WakeTick, -1);
}

/** Keeps the count of women in the U.S. and tallies the move in or out of the unauthorized population:
 *  an arrival starts the person's clock of years stayed (their age is carried to it). */
function movedInOrOutOfUs(st: SimState, id: number, change: number, next: MigrantState): void {
  const a = st.migrants;
  if (getU8(a, id, U8.Female)) st.womenInUs += change;
  if (change > 0) {
    st.tally.us_entries++;
    const years = Math.max(0, Math.floor((st.tick - getI32(a, id, I32.Arrived)) / 12));
    setU8(a, id, U8.Age, Math.min(CONSTANTS.ARRIVAL_AGE_MAX.value + CONSTANTS.STOCK_YEARS_MAX.value, getU8(a, id, U8.Age) + years));
    setI32(a, id, I32.Arrived, st.tick);
  } else if (next === MigrantState.AtHome) st.tally.home_for_season++;
  else st.tally.us_exits_other++;
}

/** Tallies a person leaving the model from the unauthorized population, by why. */
function leftUsFor(st: SimState, id: number, why: Exit): void {
  if (getU8(st.migrants, id, U8.Female)) st.womenInUs--;
  const t = st.tally;
  switch (why) {
    case Exit.Returned:
      t.emigrations++;
      break;
    case Exit.Deported:
      t.removed_from_us++;
      break;
    case Exit.Died:
    case Exit.DiedInUs:
      t.deaths_in_us++;
      break;
    case Exit.Adjusted:
    case Exit.Regularised:
    case Exit.TVisa:
      t.legal_status_gained++;
      break;
    default:
      t.us_exits_other++;
  }
}

function addActive(st: SimState, id: number): void {
  st.activePos[id] = st.activeCount;
  st.active[st.activeCount++] = id;
}

function removeActive(st: SimState, id: number): void {
  const pos = st.activePos[id];
  const last = st.active[--st.activeCount];
  st.active[pos] = last;
  st.activePos[last] = pos;
}

/** Takes a person out of the model for good, tallying why. */
export function exitMigrant(st: SimState, id: number, why: Exit): void {
  const a = st.migrants;
  const prev = getU8(a, id, U8.State) as MigrantState;
  if (isEmployed(prev)) leaveEmployer(st, id);
  settleDebt(st, id);
  if (isActiveState(prev)) removeActive(st, id);
  if (isInUs(prev)) leftUsFor(st, id, why);
  st.stateCounts[prev]--;
  setU8(a, id, U8.State, MigrantState.Free);
  setI32(a, id, I32.WakeTick, -1);
  st.exits[why]++;
  st.freeSlots.push(id);
  if (isTracked(st, id)) {
    const pid = pidOf(a, id);
    const followed = st.tracked.get(pid)!;
    record(st, id, { kind: 'exited', exit: why });
    st.tracked.delete(pid);
    if (followed.asVictim) st.followedAsVictims--;
    setU8(a, id, U8.Followed, 0);
    keepFinishedHistory(st, id, pid, followed);
  }
}

/** Keeps the history of a followed person who left the model. All are kept, so a person's story can be
 *  told under every policy however many others left before them; the follow shares bound their number. */
function keepFinishedHistory(st: SimState, id: number, pid: number, { events, asVictim }: FollowedPerson): void {
  st.finished.push({ id, pid, events, asVictim });
}

/** Puts a dormant person on the wake-up list `monthsAhead` months from now. */
export function scheduleWake(st: SimState, id: number, monthsAhead: number): void {
  const at = st.tick + Math.max(1, Math.min(monthsAhead, 100000));
  setI32(st.migrants, id, I32.WakeTick, at);
  st.wakeups.add(at, id);
}

/** The people due to wake this month, in the order they were scheduled (stale entries dropped:
 *  someone rescheduled since wakes at their new month). */
export function takeWakeups(st: SimState): number[] {
  const scheduled: number[] = [];
  const tick = st.tick;
  st.wakeups.take(tick, (id) => scheduled.push(id));
  const due: number[] = [];
  for (let i = 0; i < scheduled.length; i++) {
    if (i % TOUCH_BLOCK === 0) touchRecords(st.migrants, scheduled, i, Math.min(scheduled.length, i + TOUCH_BLOCK));
    const id = scheduled[i];
    if (getI32(st.migrants, id, I32.WakeTick) === tick) {
      setI32(st.migrants, id, I32.WakeTick, -1);
      due.push(id);
    }
  }
  return due;
}

/** Adds a person to an employer's worker list. */
export function joinEmployer(st: SimState, id: number, employer: number): void {
  const a = st.migrants;
  const e = st.employers;
  leaveEmployer(st, id);
  setI32(a, id, I32.Employer, employer);
  setI32(a, id, I32.PrevWorker, -1);
  setI32(a, id, I32.NextWorker, e.head[employer]);
  if (e.head[employer] >= 0) setI32(a, e.head[employer], I32.PrevWorker, id);
  e.head[employer] = id;
  e.workers[employer]++;
}

/** Adds the people in the fresh slots [from, to), their `employer` set, to their employers' lists: the
 *  same lists as joinEmployer one by one in slot order (latest first), without its scattered write to
 *  each list's previous head. Links forward in one pass, back in a second (for the settled population). */
export function joinEmployersInBulk(st: SimState, from: number, to: number): void {
  const a = st.migrants;
  const e = st.employers;
  for (let id = from; id < to; id++) {
    const employer = getI32(a, id, I32.Employer);
    const head = e.head[employer];
    setI32(a, id, I32.NextWorker, head);
    // Someone on the list before (never a fresh slot) gets the first newcomer as their predecessor.
    if (head >= 0 && head < from) setI32(a, head, I32.PrevWorker, id);
    e.head[employer] = id;
    e.workers[employer]++;
  }
  const joinedNext = new Int32Array(e.count).fill(-1);
  for (let id = to - 1; id >= from; id--) {
    const employer = getI32(a, id, I32.Employer);
    setI32(a, id, I32.PrevWorker, joinedNext[employer]);
    joinedNext[employer] = id;
  }
}

/** Removes a person from their employer's worker list, if any. */
export function leaveEmployer(st: SimState, id: number): void {
  const a = st.migrants;
  const employer = getI32(a, id, I32.Employer);
  if (employer < 0) return;
  const prev = getI32(a, id, I32.PrevWorker);
  const next = getI32(a, id, I32.NextWorker);
  if (prev >= 0) setI32(a, prev, I32.NextWorker, next);
  else st.employers.head[employer] = next;
  if (next >= 0) setI32(a, next, I32.PrevWorker, prev);
  st.employers.workers[employer]--;
  setI32(a, id, I32.Employer, -1);
  setI32(a, id, I32.PrevWorker, -1);
  setI32(a, id, I32.NextWorker, -1);
}

/** The people currently on an employer's list (copied, so callers may move them), in pid order: the list's
 *  order depends on when each joined, which a policy changes, and the first found may take a limited grant. */
export function workersOf(st: SimState, employer: number): number[] {
  const out: number[] = [];
  const a = st.migrants;
  for (let id = st.employers.head[employer]; id >= 0; id = getI32(a, id, I32.NextWorker)) out.push(id);
  if (out.length > 1) out.sort((x, y) => pidOf(a, x) - pidOf(a, y));
  return out;
}

/** Sets a smuggling debt, keeping the count of people in debt exact. */
export function setDebt(st: SimState, id: number, usd: number): void {
  const had = getF32(st.migrants, id, F32.Debt) > 0;
  setF32(st.migrants, id, F32.Debt, usd);
  const has = usd > 0;
  if (has && !had) st.inDebt++;
  else if (!has && had) st.inDebt--;
}

/** Clears any smuggling debt. */
export function settleDebt(st: SimState, id: number): void {
  setDebt(st, id, 0);
}

/** Adds a life event to a tracked person's history (no cost for everyone else). */
export function record(st: SimState, id: number, event: LifeEvent): void {
  if (isTracked(st, id)) st.tracked.get(pidOf(st.migrants, id))!.events.push({ tick: st.tick, event });
}
