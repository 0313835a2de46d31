// Builds the starting state of a run: the random streams, employers, smuggling outfits and the
// unauthorized population already in the U.S.
import { createStream } from '../engine/rng';
import { MonthBuckets } from '../engine/calendar';
import type { Params } from '../params';
import { createTally } from '../metrics';
import { computeConditions } from './conditions';
import { createMigrantStore, CRN_STREAM_NAMES, STREAMS, Stream, EmployerType, EXIT_KINDS, Form, MIGRANT_STATES, Mode, MODES, Plan, MigrantState, Origin, STREAM_NAMES, tabulate, VENUE_MARKETS, type SimState, type Streams, I32, PERSON_BYTES, PERSON_WORDS, U8 } from './state';
import { joinEmployersInBulk, PersonSource, spawnMigrant, type NewMigrant } from './population';
import { crnStream, drawAt, drawKey, newPersonId } from '../engine/crn';
import { keyMonth, pickUsEmployer, subKey } from './draws';
import { createEmployers, recordHeld, recordHired, scheduleWorkerWake, WORKERS_PER_EMPLOYER } from './employers';
import { markAlreadyTrafficked } from './victims';
import { createOutfits } from './smugglers';
import { CONSTANTS } from './constants';
import { initialKnowledge } from './migrants';

/** Months simulated before the first recorded month, so people are already on the move when it starts. */
export const WARMUP_MONTHS = 12;
/** The month the settled population's ids are made in (the month before the warm-up). */
const SETTLED_MONTH = -WARMUP_MONTHS - 1;
/** Shares of the followed sample (trackLimit) set aside for the settled population at the start and for
 *  newcomers over the whole run; the rest is a margin, so the cap is not reached and who is followed never
 *  depends on the policy (at the cap, whoever came first would be followed). */
const FOLLOWED_SETTLED = 0.1;
const FOLLOWED_NEWCOMERS = 0.8;
/** Run length assumed when none is given (months recorded). */
const DEFAULT_RUN_MONTHS = 240;
const K = CONSTANTS;

/** Builds the starting state for a run. */
export function createState(params: Params, scale: number, seed: number, trackLimit: number, months = DEFAULT_RUN_MONTHS): SimState {
  const stock = params['context.usStock'];
  // Room for the largest population a 20-year baseline reaches (about 2.1 times the starting stock at its
  // peak), so the store need not grow (growing copies every field, and the old arrays linger until collected):
  // slots never used cost address space, not memory, since fresh typed arrays are zero pages until written.
  const capacity = Math.ceil((stock * 2.5 + 3_000_000) / scale);
  const st: SimState = {
    params: { ...params }, scale, tick: -WARMUP_MONTHS,
    rng: tabulateStreams(seed),
    crn: STREAMS.map((stream) => crnStream(seed, CRN_STREAM_NAMES[stream])), crnMonth: new Int32Array(STREAMS.length),
    migrants: createMigrantStore(capacity),
    stateCounts: new Int32Array(MIGRANT_STATES.length), exits: new Float64Array(EXIT_KINDS.length), created: 0, freeSlots: [], highWater: 0,
    active: new Int32Array(0), activeCount: 0, activePos: new Int32Array(0), wakeups: new MonthBuckets(-WARMUP_MONTHS),
    employers: undefined as never, outfits: [], outfitPools: { [Mode.Guide]: [], [Mode.Professional]: [] }, outfitsEver: { [Mode.Guide]: [], [Mode.Professional]: [] }, cases: [], casesMexico: [], applications: new Map(),
    cond: undefined as never, employersReal: Math.max(stock, K.MIN_EMPLOYER_STOCK.value) / WORKERS_PER_EMPLOYER,
    visaBudget: 0, prosecutionBudget: 0, prosecutionBudgetMexico: 0, investigationBudget: 0, tVisasThisYear: 0,
    continuedPresenceLeft: params['protection.continuedPresencePerYear'], inDebt: 0, womenInUs: 0,
    recentEmployerConvictions: [], recentOutfitConvictions: [], employerConvictionsThisMonth: 0, outfitConvictionsThisMonth: 0,
    recentVenueConvictions: tabulate(VENUE_MARKETS, () => []), venueConvictionsThisMonth: tabulate(VENUE_MARKETS, () => 0), recentWorkerArrests: [], workerArrestsThisMonth: 0,
    tally: createTally(),
    knownApprehension: tabulate(MODES, () => 0), knownJobs: { finding: 0, wage: 0 },
    smugglingCostPerClient: { [Mode.Guide]: 0, [Mode.Professional]: 0 },
    tracked: new Map(), finished: [], trackLimit, followShare: { newcomers: 0, settled: 0 },
    followedPerMonth: (trackLimit * FOLLOWED_NEWCOMERS) / (Math.max(1, months) + WARMUP_MONTHS),
  };
  st.active = new Int32Array(st.migrants.capacity);
  st.activePos = new Int32Array(st.migrants.capacity);
  keyMonth(st);
  st.cond = computeConditions(st, st.employersReal);
  createEmployers(st, st.rng.setup);
  st.cond = computeConditions(st, st.employersReal);
  st.knownApprehension = initialKnowledge(st);
  st.knownJobs = { ...st.cond.jobs };
  createOutfits(st);
  seedUsPopulation(st);
  return st;
}

/** One generator per declared stream, seeded from the run's seed and the stream's name. */
function tabulateStreams(seed: number): Streams {
  return Object.fromEntries(STREAM_NAMES.map((name) => [name, createStream(seed, name)])) as Streams;
}

/** Draws of a settled person at the start, by purpose (fixed indices: no branch shifts a later one). */
const enum SettledDraw { Origin = 0, Female = 1, Minor = 2, Plan = 3, Savings = 4, Risk = 5, Employer = 6, Held = 7, Other = 8 }

/** The unauthorized population already in the U.S. at the start: mostly settled, working, with contacts.
 *  Each is put straight into work (or held), and everyone joins the employers' lists in one go afterwards. */
function seedUsPopulation(st: SimState): void {
  const p = st.params;
  const count = Math.round(p['context.usStock'] / st.scale);
  st.followShare = { settled: Math.min(1, st.trackLimit * FOLLOWED_SETTLED / Math.max(1, count)), newcomers: 0 };
  const usEmployers = st.employersReal;
  const first = st.highWater;
  if (st.freeSlots.length > 0) throw new Error('seedUsPopulation: the settled population needs fresh slots');
  // One record overwritten for each person (no allocation per person).
  const m: NewMigrant = { state: MigrantState.Working, origin: Origin.Mexico, female: false, minor: false, network: true, plan: Plan.Settler, savings: 0, riskAversion: 0 };
  for (let i = 0; i < count; i++) {
    const pid = newPersonId(SETTLED_MONTH, PersonSource.Settled, i);
    const key = drawKey(st.crnMonth[Stream.SetupSettled], pid);
    m.origin = drawAt(key, SettledDraw.Origin) < p['context.centralAmericanShare'] ? Origin.CentralAmerica : Origin.Mexico;
    m.female = drawAt(key, SettledDraw.Female) < K.STOCK_WOMEN_SHARE.value;
    m.minor = drawAt(key, SettledDraw.Minor) < K.STOCK_MINOR_SHARE.value;
    m.plan = drawAt(key, SettledDraw.Plan) < K.STOCK_SOJOURNER_SHARE.value ? Plan.Sojourner : Plan.Settler;
    m.savings = K.STOCK_SAVINGS_MAX_USD.value * drawAt(key, SettledDraw.Savings);
    m.riskAversion = drawAt(key, SettledDraw.Risk);
    // Every U.S. employer is open at the start; ids run from 0.
    const e = Math.floor(drawAt(key, SettledDraw.Employer) * usEmployers);
    // Contacts keep most settled people away from coercive employers.
    const coercive = st.employers.type[e] === EmployerType.Coercive;
    const held = coercive && drawAt(key, SettledDraw.Held) < K.STOCK_HELD_AT_START.value;
    m.state = held ? MigrantState.ExploitedUsLabor : MigrantState.Working;
    const id = spawnMigrant(st, m, pid, st.followShare.settled);
    if (held) {
      st.migrants.i32[id * PERSON_WORDS + I32.Employer] = e;
      st.migrants.u8[id * PERSON_BYTES + U8.Form] = Form.Labor;
      markAlreadyTrafficked(st, id);
      recordHeld(st, id, e, Form.Labor);
    } else {
      const other = coercive ? pickUsEmployer(st, subKey(key, SettledDraw.Other), EmployerType.Unregulated) : -1;
      const employer = other >= 0 ? other : e;
      st.migrants.i32[id * PERSON_WORDS + I32.Employer] = employer;
      recordHired(st, id, employer);
      scheduleWorkerWake(st, id);
    }
  }
  joinEmployersInBulk(st, first, st.highWater);
}
