// The reduced model in Frontera's core style: agents as struct-of-arrays typed arrays indexed by slot,
// a dense active list of the people something happens to each month, dormant workers and people at
// home on month buckets (intrusive linked lists, no allocation), and counter-based draws keyed by
// (stream, month, person id) so that every person's luck is theirs alone (common random numbers).
import { CrnCursor, crnStreams, drawAt, drawKey, monthKey, newPersonId } from '../../src/sim/engine/crn';
import { drawPoisson } from '../../src/sim/engine/rng';
import { Corridor, Mode } from '../../src/sim/model/enums';
import {
  chooseCorridor,
  chooseMode,
  CIRCULAR_SHARE,
  departureProbability,
  drawSavings,
  emptyTallies,
  HIRE_PROBABILITY,
  monthsHomeAfterRemoval,
  monthsUntil,
  REMOVED_RETRY_SHARE,
  RETURN_HAZARD,
  retryProbability,
  SET_OUT_HAZARD,
  type CrossingMode,
  type PeerSpec,
  type PeerTallies,
} from './reduced-model';

const enum State {
  Free = 0,
  AtBorder = 1,
  JobSeeking = 2,
  Working = 3,
  AtHome = 4,
}
/** Cells of new-person ids: this month's candidates, and the settled population at the start. */
const CANDIDATES = 0;
const SETTLED = 1;
const STREAMS = ['candidates', 'traits', 'crossing', 'work', 'home'] as const;

/** The agents: one typed array per field, indexed by slot. */
class Store {
  capacity: number;
  state: Uint8Array;
  network: Uint8Array;
  sojourner: Uint8Array;
  mode: Uint8Array;
  attempts: Uint8Array;
  origin: Uint8Array;
  savings: Float32Array;
  riskAversion: Float32Array;
  /** Person id (newPersonId): what the draws are keyed by. */
  id: Float64Array;
  activePos: Int32Array;
  nextAsleep: Int32Array;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.state = new Uint8Array(capacity);
    this.network = new Uint8Array(capacity);
    this.sojourner = new Uint8Array(capacity);
    this.mode = new Uint8Array(capacity);
    this.attempts = new Uint8Array(capacity);
    this.origin = new Uint8Array(capacity);
    this.savings = new Float32Array(capacity);
    this.riskAversion = new Float32Array(capacity);
    this.id = new Float64Array(capacity);
    this.activePos = new Int32Array(capacity);
    this.nextAsleep = new Int32Array(capacity);
  }

  /** A store twice as large holding the same agents. */
  grown(): Store {
    const next = new Store(this.capacity * 2);
    for (const key of Object.keys(this) as (keyof Store)[]) {
      const field = this[key];
      if (ArrayBuffer.isView(field)) (next[key] as typeof field).set(field as never);
    }
    return next;
  }
}

/** Runs the reduced model for `months` months with the run seed `seed`. */
export function runFronteraStyle(spec: PeerSpec, seed: number, months: number): PeerTallies {
  const t = emptyTallies();
  const streams = crnStreams(seed, STREAMS);
  const cursor = new CrnCursor();
  let a = new Store(Math.max(1024, 2 * spec.initialStock));
  let active = new Int32Array(a.capacity);
  let activeCount = 0;
  const asleepHead = new Int32Array(months + 1).fill(-1);
  const free: number[] = [];
  let highWater = 0;
  let live = 0;

  const take = (): number => {
    if (free.length > 0) return free.pop()!;
    if (highWater === a.capacity) {
      a = a.grown();
      const bigger = new Int32Array(a.capacity);
      bigger.set(active);
      active = bigger;
    }
    return highWater++;
  };
  const activate = (slot: number) => {
    a.activePos[slot] = activeCount;
    active[activeCount++] = slot;
  };
  const deactivate = (slot: number) => {
    const last = active[--activeCount];
    active[a.activePos[slot]] = last;
    a.activePos[last] = a.activePos[slot];
  };
  const sleepUntil = (slot: number, month: number) => {
    if (month > months) return; // after the run: never woken
    a.nextAsleep[slot] = asleepHead[month];
    asleepHead[month] = slot;
  };
  const exit = (slot: number) => {
    a.state[slot] = State.Free;
    free.push(slot);
    live--;
  };

  /** Puts a worker to sleep until the month they go home (u: their uniform for it). */
  const settle = (slot: number, month: number, u: number) => {
    a.state[slot] = State.Working;
    sleepUntil(slot, month + monthsUntil(u, a.sojourner[slot] ? RETURN_HAZARD.sojourner : RETURN_HAZARD.settler));
  };

  // The settled population at the start: working, with contacts; they sleep until they go home.
  const mk0 = monthKey(streams.traits, -1);
  for (let i = 0; i < spec.initialStock; i++) {
    const slot = take();
    const id = newPersonId(-1, SETTLED, i);
    const key = drawKey(mk0, id);
    a.id[slot] = id;
    a.origin[slot] = drawAt(key, 0) < spec.centralAmericanShare ? 1 : 0;
    a.network[slot] = 1;
    a.sojourner[slot] = drawAt(key, 1) < 0.15 ? 1 : 0;
    a.riskAversion[slot] = drawAt(key, 2);
    a.savings[slot] = 500 * drawAt(key, 3);
    live++;
    settle(slot, -1, drawAt(key, 4));
  }

  for (let month = 0; month < months; month++) {
    // Wake-ups due this month: workers go home (some for good), people at home set out again.
    const homeMk = monthKey(streams.home, month);
    for (let slot = asleepHead[month]; slot >= 0;) {
      const next = a.nextAsleep[slot];
      if (a.state[slot] === State.Working) {
        t.homecomings++;
        const key = drawKey(homeMk, a.id[slot]);
        if (a.sojourner[slot] && drawAt(key, 0) < CIRCULAR_SHARE) {
          t.circular++;
          a.state[slot] = State.AtHome;
          sleepUntil(slot, month + monthsUntil(drawAt(key, 1), SET_OUT_HAZARD));
        } else {
          exit(slot);
        }
      } else {
        a.state[slot] = State.AtBorder;
        a.attempts[slot] = 0;
        a.network[slot] = 1;
        activate(slot);
        t.trips++;
      }
      slot = next;
    }

    // This month's candidates, each keyed by their place in the month's list.
    const count = drawPoisson(cursor.at(monthKey(streams.candidates, month), 0).next, spec.candidatesPerMonth);
    t.candidates += count;
    const traitsMk = monthKey(streams.traits, month);
    for (let i = 0; i < count; i++) {
      const id = newPersonId(month, CANDIDATES, i);
      const key = drawKey(traitsMk, id);
      const poor = drawAt(key, 3) < spec.povertyRate;
      const origin = drawAt(key, 0) < spec.centralAmericanShare ? 1 : 0;
      const network = drawAt(key, 1) < (origin === 0 ? 0.6 : 0.35);
      const minor = drawAt(key, 2) < spec.minorShare;
      const riskAversion = drawAt(key, 4);
      if (drawAt(key, 5) >= departureProbability(spec, network, poor, minor, riskAversion)) continue;
      const slot = take();
      a.id[slot] = id;
      a.state[slot] = State.AtBorder;
      a.origin[slot] = origin;
      a.network[slot] = network ? 1 : 0;
      a.sojourner[slot] = drawAt(key, 6) < 0.45 ? 1 : 0;
      a.riskAversion[slot] = riskAversion;
      a.savings[slot] = drawSavings(poor, drawAt(key, 7));
      a.mode[slot] = Mode.None;
      a.attempts[slot] = 0;
      activate(slot);
      live++;
      t.departures++;
      t.trips++;
    }

    // Everyone active, once each; walking down the list keeps swap-removal from skipping anyone.
    const crossMk = monthKey(streams.crossing, month);
    const workMk = monthKey(streams.work, month);
    for (let i = activeCount - 1; i >= 0; i--) {
      const slot = active[i];
      if (a.state[slot] === State.AtBorder) attemptCrossing(slot, drawKey(crossMk, a.id[slot]), month);
      else seekWork(slot, drawKey(workMk, a.id[slot]), month);
    }
    t.agentMonths += live;
  }
  t.live = live;
  return t;

  function attemptCrossing(slot: number, key: number, month: number): void {
    if (a.attempts[slot] > 0) {
      t.retryDecisions++;
      if (drawAt(key, 0) >= retryProbability(a.mode[slot] as CrossingMode, a.attempts[slot])) {
        t.gaveUp++;
        deactivate(slot);
        return exit(slot);
      }
    }
    if (a.attempts[slot] === 0 || a.mode[slot] === Mode.Alone) {
      const mode = chooseMode(spec, drawAt(key, 1), a.savings[slot], a.network[slot] === 1, a.riskAversion[slot]);
      if (a.attempts[slot] === 0) t.firstChoice[mode]++;
      a.mode[slot] = mode;
    }
    const mode = a.mode[slot] as CrossingMode;
    const corridor = chooseCorridor(spec, drawAt(key, 2), mode, a.riskAversion[slot]);
    if (a.attempts[slot] < 255) a.attempts[slot]++;
    t.attempts++;
    if (corridor === Corridor.Remote) t.remote++;
    if (drawAt(key, 3) < spec.death[mode][corridor]) {
      t.deaths++;
      deactivate(slot);
      return exit(slot);
    }
    if (drawAt(key, 4) < spec.apprehension[mode][corridor]) {
      t.apprehensions++;
      if (a.origin[slot] === 1 || drawAt(key, 5) < spec.formalRemovalShare) {
        t.removals++;
        deactivate(slot);
        if (drawAt(key, 6) < REMOVED_RETRY_SHARE) {
          a.state[slot] = State.AtHome;
          sleepUntil(slot, month + monthsHomeAfterRemoval(drawAt(key, 7)));
        } else {
          exit(slot);
        }
      }
      return;
    }
    t.entries++;
    a.attempts[slot] = 0;
    a.state[slot] = State.JobSeeking;
  }

  function seekWork(slot: number, key: number, month: number): void {
    t.jobSearches++;
    if (drawAt(key, 0) >= HIRE_PROBABILITY) return;
    t.hires++;
    deactivate(slot);
    settle(slot, month, drawAt(key, 1));
  }
}
