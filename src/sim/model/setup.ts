// Builds the starting state of a run: the random streams, employers, smuggling outfits and the
// unauthorized population already in the U.S.
import { createStream } from '../engine/rng';
import { MonthBuckets } from '../engine/calendar';
import type { Params } from '../params';
import { createTally } from '../metrics';
import { computeConditions } from './conditions';
import { EmployerType, EXIT_KINDS, MIGRANT_STATES, Mode, MODES, Plan, MigrantState, Origin, tabulate, Tie, VENUE_MARKETS } from './enums';
import { createMigrantStore, I32, setI32, setU8, U8 } from './record';
import { CRN_STREAM_NAMES, STREAMS, Stream, STREAM_NAMES, type Streams } from './streams';
import type { SimState } from './state';
import { joinEmployersInBulk, PersonSource, spawnMigrant, type NewMigrant } from './population';
import { crnStream, drawAt, drawKey, newPersonId } from '../engine/crn';
import { keyMonth, pickUsEmployer, subKey } from './draws';
import { createEmployers, recordHired, scheduleWorkerWake, WORKERS_PER_EMPLOYER } from './employers';
import { createOutfits } from './smugglers';
import { createSaleState } from './reputation';
import { CONSTANTS } from './constants';
import { arrivalAge, initialKnowledge, stayTerms } from './migrants';
import { settlingProbability, stayWeight } from './outflows';

/** Months simulated under the start year's inputs before the first recorded month (the spin-up): people are on
 *  the move, employers have decided afresh on a record of convictions, exploitative networks, held victims (none are
 *  planted), debts and contacts have settled (tests/sim/spin-up.test.ts). */
export const WARMUP_MONTHS = CONSTANTS.SPIN_UP_MONTHS.value;
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
    params: { ...params },
    scale,
    tick: -WARMUP_MONTHS,
    rng: tabulateStreams(seed),
    crn: STREAMS.map((stream) => crnStream(seed, CRN_STREAM_NAMES[stream])),
    crnMonth: new Int32Array(STREAMS.length),
    migrants: createMigrantStore(capacity),
    stateCounts: new Int32Array(MIGRANT_STATES.length),
    exits: new Float64Array(EXIT_KINDS.length),
    created: 0,
    freeSlots: [],
    highWater: 0,
    active: new Int32Array(0),
    activeCount: 0,
    activePos: new Int32Array(0),
    wakeups: new MonthBuckets(-WARMUP_MONTHS),
    employers: undefined as never,
    outfits: [],
    outfitPools: { [Mode.Guide]: [], [Mode.Professional]: [] },
    outfitsEver: { [Mode.Guide]: [], [Mode.Professional]: [] },
    cases: [],
    casesMexico: [],
    applications: new Map(),
    cond: undefined as never,
    stayTerms: undefined as never,
    employersReal: Math.max(stock, K.MIN_EMPLOYER_STOCK.value) / WORKERS_PER_EMPLOYER,
    visaBudget: 0,
    prosecutionBudget: 0,
    prosecutionBudgetMexico: 0,
    investigationBudget: 0,
    tVisasThisYear: 0,
    continuedPresenceLeft: params['protection.continuedPresencePerYear'],
    inDebt: 0,
    womenInUs: 0,
    recentEmployerConvictions: [],
    recentOutfitConvictions: [],
    sale: createSaleState(),
    employerConvictionsThisMonth: 0,
    outfitConvictionsThisMonth: 0,
    recentVenueConvictions: tabulate(VENUE_MARKETS, () => []),
    venueConvictionsThisMonth: tabulate(VENUE_MARKETS, () => 0),
    recentWorkerArrests: [],
    workerArrestsThisMonth: 0,
    tally: createTally(),
    knownApprehension: tabulate(MODES, () => 0),
    knownJobs: { finding: 0, wage: 0 },
    smugglingCostPerClient: { [Mode.Guide]: 0, [Mode.Professional]: 0 },
    tracked: new Map(),
    finished: [],
    trackLimit,
    followedAsVictims: 0,
    followShare: { newcomers: 0, settled: 0 },
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
  st.stayTerms = stayTerms(st);
  createOutfits(st);
  seedUsPopulation(st);
  return st;
}

/** One generator per declared stream, seeded from the run's seed and the stream's name. */
function tabulateStreams(seed: number): Streams {
  return Object.fromEntries(STREAM_NAMES.map((name) => [name, createStream(seed, name)])) as Streams;
}

/** Draws of a settled person at the start, by purpose (fixed indices: no branch shifts a later one). */
const enum SettledDraw {
  Origin = 0,
  Female = 1,
  Minor = 2,
  Settled = 3,
  Savings = 4,
  Risk = 5,
  Employer = 6,
  Other = 8,
  Years = 9,
  Age = 10,
  Partner = 11,
  Children = 12,
  FamilyHome = 13,
}

/** The unauthorized population already in the U.S. at the start: working, with contacts, with years stayed, ages
 *  and family formed over those years, and settled or not as the decision to settle would have gone over them.
 *  Each is put straight into ordinary work (nobody starts held: the spin-up brings victims), and everyone joins
 *  the employers' lists in one go afterwards. */
function seedUsPopulation(st: SimState): void {
  const p = st.params;
  const count = Math.round(p['context.usStock'] / st.scale);
  st.followShare = { settled: Math.min(1, (st.trackLimit * FOLLOWED_SETTLED) / Math.max(1, count)), newcomers: 0 };
  const usEmployers = st.employersReal;
  const first = st.highWater;
  if (st.freeSlots.length > 0) throw new Error('seedUsPopulation: the settled population needs fresh slots');
  // One record overwritten for each person (no allocation per person).
  const m: NewMigrant = {
    state: MigrantState.Working,
    origin: Origin.Mexico,
    female: false,
    minor: false,
    network: true,
    plan: Plan.Settler,
    savings: 0,
    riskAversion: 0,
  };
  for (let i = 0; i < count; i++) {
    const pid = newPersonId(SETTLED_MONTH, PersonSource.Settled, i);
    const key = drawKey(st.crnMonth[Stream.SetupSettled], pid);
    m.origin = drawAt(key, SettledDraw.Origin) < p['context.centralAmericanShare'] ? Origin.CentralAmerica : Origin.Mexico;
    m.female = drawAt(key, SettledDraw.Female) < K.STOCK_WOMEN_SHARE.value;
    m.minor = drawAt(key, SettledDraw.Minor) < K.STOCK_MINOR_SHARE.value;
    describeStay(m, st.tick, key);
    m.savings = K.STOCK_SAVINGS_MAX_USD.value * drawAt(key, SettledDraw.Savings);
    m.riskAversion = drawAt(key, SettledDraw.Risk);
    // Every U.S. employer is open at the start; ids run from 0.
    const e = Math.floor(drawAt(key, SettledDraw.Employer) * usEmployers);
    // Nobody starts held: those placed at a coercive employer work for an off-the-books one instead.
    const coercive = st.employers.type[e] === EmployerType.Coercive;
    m.state = MigrantState.Working;
    const id = spawnMigrant(st, m, pid, st.followShare.settled);
    if (drawAt(key, SettledDraw.Settled) < settlingProbability(stayWeight(st, id), st.tick - (m.arrived ?? st.tick)))
      setU8(st.migrants, id, U8.Plan, Plan.Settler);
    const other = coercive ? pickUsEmployer(st, subKey(key, SettledDraw.Other), EmployerType.Unregulated) : -1;
    const employer = other >= 0 ? other : e;
    setI32(st.migrants, id, I32.Employer, employer);
    recordHired(st, id, employer);
    scheduleWorkerWake(st, id);
  }
  joinEmployersInBulk(st, first, st.highWater);
}

/** A settled person's years stayed (exponential, mean STOCK_YEARS_MEAN, at most 30), age on arrival, and the family
 *  formed here over those years at PARTNER_RATE and CHILDREN_RATE; they count as sojourners until the settling
 *  decision over the years stayed is drawn (seedUsPopulation). */
function describeStay(m: NewMigrant, now: number, key: number): void {
  const months = Math.min(
    12 * K.STOCK_YEARS_MAX.value,
    Math.floor(-12 * K.STOCK_YEARS_MEAN.value * Math.log(1 - drawAt(key, SettledDraw.Years))),
  );
  const years = months / 12;
  const partner = !m.minor && drawAt(key, SettledDraw.Partner) < 1 - Math.exp(-years * K.PARTNER_RATE.value);
  const children = partner && drawAt(key, SettledDraw.Children) < 1 - Math.exp(-years * K.CHILDREN_RATE.value);
  const home = !partner && drawAt(key, SettledDraw.FamilyHome) < K.FAMILY_AT_HOME_SHARE.value;
  m.ties = (partner ? Tie.PartnerHere : 0) | (children ? Tie.ChildrenHere : 0) | (home ? Tie.FamilyAtHome : 0);
  m.age = m.minor ? K.MINOR_AGE_MIN.value : arrivalAge(drawAt(key, SettledDraw.Age));
  m.arrived = now - months;
  m.plan = Plan.Sojourner;
}
