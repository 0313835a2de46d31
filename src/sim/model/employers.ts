// Employers: U.S. workplaces (agriculture, construction, services, domestic work) and commercial
// sex venues in the U.S. and Mexico's border cities. Each decides whether to hire off the books or
// to coerce by weighing its gain against the sanctions and convictions it expects; job seekers
// are hired here, and coercive hiring is where most labour trafficking begins.
import type { Rng } from '../engine/rng';
import { Exit, Form, Origin, MigrantState, Plan, Sector, EmployerType, VenueMarket, venueMarketOf } from './enums';
import { F32, getF32, getI32, getU8, I32, setU8, U8 } from './record';
import { Stream } from './streams';
import type { EmployerStore, SimState } from './state';
import { CONSTANTS } from './constants';
import type { ReleaseReason } from './events';
import { convictionProbabilityWithoutWitness, initialVenues, VENUE_SLOTS } from './deterrence';
import { exitMigrant, followVictim, isTracked, joinEmployer, moveTo, record, scheduleWake, workersOf, leaveEmployer } from './population';
import { drawMonthsUntil } from '../engine/rng';
import { drawAt, drawKey } from '../engine/crn';
import { drawsFrom, entityKey, pickUsEmployer, personKey, subKey } from './draws';
import { logistic, logit } from '../engine/math';
import { countNewVictim } from './victims';

const K = CONSTANTS;
/** Month stamp for "never" (months run negative during the warm-up, so -1 is a real month). */
export const NEVER = -1_000_000;
/** Real unauthorized workers per U.S. employer that hires them. */
export const WORKERS_PER_EMPLOYER = K.WORKERS_PER_EMPLOYER.value;
/** Shares of U.S. employers of unauthorized workers in each labour sector (venues are counted apart). */
const LABOUR_SECTOR_SHARES: [Sector, number][] = [
  [Sector.Agriculture, K.SECTOR_SHARE_AGRICULTURE.value],
  [Sector.Construction, K.SECTOR_SHARE_CONSTRUCTION.value],
  [Sector.Services, K.SECTOR_SHARE_SERVICES.value],
  [Sector.Domestic, K.SECTOR_SHARE_DOMESTIC.value],
];
/** Monthly probability a free worker leaves for home, by plan (settler, sojourner). */
export const RETURN_HAZARD: Record<Plan, number> = {
  [Plan.Settler]: 1 / K.SETTLER_STAY_MONTHS.value,
  [Plan.Sojourner]: 1 / K.SOJOURNER_STAY_MONTHS.value,
};
/** Monthly chance a free worker reviews their stay (model/outflows reviewStay), by plan: a sojourner's wish for a trip home, a settler's reconsideration. */
export const REVIEW_HAZARD: Record<Plan, number> = {
  [Plan.Settler]: 1 / K.SETTLER_REVIEW_MONTHS.value,
  [Plan.Sojourner]: 1 / K.SOJOURNER_STAY_MONTHS.value,
};

/** Creates the employers for a run, each a real business: enough U.S. employers for the
 *  unauthorized workforce, and venue slots (the open ones set by the venue market). */
export function createEmployers(st: SimState, rng: Rng): EmployerStore {
  const stock = Math.max(st.params['context.usStock'], K.MIN_EMPLOYER_STOCK.value);
  const usCount = Math.max(K.MIN_US_EMPLOYERS.value, Math.round(stock / WORKERS_PER_EMPLOYER));
  const usVenueSlots = VENUE_SLOTS[VenueMarket.Us];
  const mxVenueSlots = VENUE_SLOTS[VenueMarket.Mexico];
  const count = usCount + usVenueSlots + mxVenueSlots;
  const store: EmployerStore = {
    count,
    type: new Uint8Array(count),
    sector: new Uint8Array(count),
    open: new Uint8Array(count),
    head: new Int32Array(count).fill(-1),
    workers: new Int32Array(count),
    inspectedTick: new Int32Array(count).fill(NEVER),
    workerRaidTick: new Int32Array(count).fill(NEVER),
    reopenTick: new Int32Array(count).fill(-1),
    listPos: new Int32Array(count).fill(-1),
    usByType: emptyByType(),
    sexUs: [],
    sexMexico: [],
    closed: [],
  };
  for (let e = 0; e < count; e++) {
    if (e < usCount) store.sector[e] = pickWeighted(rng(), LABOUR_SECTOR_SHARES);
    else if (e < usCount + usVenueSlots) store.sector[e] = Sector.SexUs;
    else store.sector[e] = Sector.SexMexico;
  }
  st.employersReal = usCount;
  st.employers = store;
  const odds = new EmployerTypeOdds(st);
  for (let e = 0; e < usCount; e++) {
    store.type[e] = chooseEmployerType(st, e, rng(), odds);
    store.open[e] = 1;
  }
  const openAtStart = initialVenues(st);
  for (let e = usCount; e < count; e++) {
    const first = store.sector[e] === Sector.SexUs ? usCount : usCount + usVenueSlots;
    store.type[e] = EmployerType.Coercive;
    store.open[e] = e - first < openAtStart[venueMarketOf(store.sector[e] as Sector)] ? 1 : 0;
  }
  indexEmployers(store);
  return store;
}

/** The key whose cumulative share first exceeds u (the last key if rounding leaves u above the total). */
function pickWeighted<T>(u: number, shares: [T, number][]): T {
  let acc = 0;
  for (const [key, share] of shares) {
    acc += share;
    if (u < acc) return key;
  }
  return shares[shares.length - 1][0];
}

function emptyByType(): Record<EmployerType, number[]> {
  return { [EmployerType.Compliant]: [], [EmployerType.Unregulated]: [], [EmployerType.Coercive]: [] };
}

const isVenueSector = (sector: number) => sector === Sector.SexUs || sector === Sector.SexMexico;

/** Whether employer e is a commercial sex venue (U.S. or Mexico). */
export function isVenue(st: SimState, e: number): boolean {
  return isVenueSector(st.employers.sector[e]);
}

/** The list an employer is on: closed, a venue market, or its type among U.S. workplaces. */
function listOf(store: EmployerStore, e: number): number[] {
  if (!store.open[e]) return store.closed;
  const sector = store.sector[e];
  if (sector === Sector.SexUs) return store.sexUs;
  if (sector === Sector.SexMexico) return store.sexMexico;
  return store.usByType[store.type[e] as EmployerType];
}

/** Builds the lists used for random picks from scratch. */
export function indexEmployers(store: EmployerStore): void {
  store.usByType = emptyByType();
  store.sexUs = [];
  store.sexMexico = [];
  store.closed = [];
  for (let e = 0; e < store.count; e++) addToList(store, e);
}

function addToList(store: EmployerStore, e: number): void {
  const list = listOf(store, e);
  store.listPos[e] = list.length;
  list.push(e);
}

/** Takes an employer off its list in constant time (the last one takes its place). */
function removeFromList(store: EmployerStore, e: number): void {
  const list = listOf(store, e);
  const pos = store.listPos[e];
  const last = list.pop()!;
  if (last !== e) {
    list[pos] = last;
    store.listPos[last] = pos;
  }
  store.listPos[e] = -1;
}

/** Whether employer e was inspected in the last twelve months. */
function inspectedLastYear(st: SimState, e: number): boolean {
  return st.tick - st.employers.inspectedTick[e] < 12;
}

/** Yearly chance an employer expects to be inspected: the general rate, or much higher once inspected. */
function expectedInspection(st: SimState, e: number): number {
  const general = Math.min(1, st.cond.inspectionProbability * 12);
  return inspectedLastYear(st, e) ? Math.max(general, K.RECENT_INSPECTION_BELIEF.value) : general;
}

/** Expected sanctions a year per unauthorized worker for employer e (inspection x employer focus x fine, less bribes). */
export function expectedSanctionPerWorker(st: SimState, e: number): number {
  const p = st.params;
  return expectedInspection(st, e) * p['interior.employerFocus'] * p['interior.employerSanctionUsd'] * (1 - p['corruption.us']);
}

/** An employer's choice of how to run. Hiring off the books saves wages but risks sanctions;
 *  coercion saves more wages and binds workers but risks a trafficking conviction. Loops over many
 *  employers in one month pass one `odds` for all of them (see EmployerTypeOdds). */
export function chooseEmployerType(st: SimState, e: number, u: number, odds = new EmployerTypeOdds(st)): EmployerType {
  const offBooks = odds.offBooks(e);
  if (u >= offBooks) return EmployerType.Compliant;
  return u < offBooks * odds.coercion(e) ? EmployerType.Coercive : EmployerType.Unregulated;
}

/** Chance employer e runs off the books: its share, less its expected sanctions. */
function offBooksProbability(st: SimState, e: number): number {
  return logistic(
    logit(clampShare(st.params['context.unregulatedEmployerShare'])) - expectedSanctionPerWorker(st, e) / K.OFFBOOKS_SPREAD_USD.value,
  );
}

/** The odds behind employers' choices within one month. They depend on the employer only through
 *  whether it was inspected in the last year, and the coercion odds also on how many businesses coerce
 *  (which changes as employers choose): so each is worked out once per case, not twice a logit for each
 *  of a million employers. The same numbers as computing them afresh, bit for bit. */
export class EmployerTypeOdds {
  private readonly offBooksOf: [number, number] = [NaN, NaN];
  private readonly coercionOf: [number, number] = [NaN, NaN];
  private readonly coercionCount: [number, number] = [-1, -1];

  constructor(private readonly st: SimState) {}

  /** Chance employer e runs off the books (offBooksProbability). */
  offBooks(e: number): number {
    const k = inspectedLastYear(this.st, e) ? 1 : 0;
    if (Number.isNaN(this.offBooksOf[k])) this.offBooksOf[k] = offBooksProbability(this.st, e);
    return this.offBooksOf[k];
  }

  /** Chance employer e, off the books, coerces (coercionProbability). */
  coercion(e: number): number {
    const k = inspectedLastYear(this.st, e) ? 1 : 0;
    const coercive = coerciveBusinesses(this.st);
    if (this.coercionCount[k] !== coercive) {
      this.coercionOf[k] = coercionProbability(this.st, e);
      this.coercionCount[k] = coercive;
    }
    return this.coercionOf[k];
  }
}

/** Chance an off-the-books employer coerces: the expected conviction cost per worker weighed
 *  against the wages coercion saves; organized crime makes coercion easier. */
export function coercionProbability(st: SimState, e: number): number {
  const saving = K.COERCION_SAVING_USD.value;
  const expectedCost = (convictionRisk(st, e) * K.CONVICTION_COST_USD.value) / WORKERS_PER_EMPLOYER;
  return logistic(
    logit(K.BASE_COERCIVE_SHARE.value) +
      K.ORGANIZED_CRIME_COERCION.value * (st.params['context.organizedCrime'] - K.REFERENCE_ORGANIZED_CRIME.value) -
      (K.COERCION_COST_SENSITIVITY.value * expectedCost) / saving,
  );
}

const clampShare = (x: number) => Math.min(0.999, Math.max(0.001, x));

/** Coercive workplaces and U.S. venues open now. */
function coerciveBusinesses(st: SimState): number {
  return st.employers.usByType[EmployerType.Coercive].length + st.employers.sexUs.length;
}

/** Chance a coercive employer expects to be convicted within a year: recent convictions among
 *  coercive businesses, and its own chance of being inspected by employer-focused enforcement. */
export function convictionRisk(st: SimState, e: number): number {
  const convictions = st.recentEmployerConvictions.reduce((a, b) => a + b, 0);
  const coercive = Math.max(1, coerciveBusinesses(st));
  const detection = expectedInspection(st, e) * st.params['interior.employerFocus'];
  return Math.min(1, convictions / coercive + detection * convictionProbabilityWithoutWitness(st));
}

/** Draws of an employer's choices in a month, by purpose (stream employment.type, keyed by employer). */
export const enum EmployerDraw {
  Revise = 0,
  Revised = 1,
  Reopened = 2,
  Sanctioned = 3,
}

/** An employer's draw `k` this month. */
export function employerDraw(st: SimState, e: number, k: EmployerDraw): number {
  return drawAt(entityKey(st, Stream.EmploymentType, e), k);
}

/** Once a year some employers change hands or strategy and choose again. */
export function reviseEmployers(st: SimState, share: number = K.REVISION_SHARE.value): void {
  const store = st.employers;
  const odds = new EmployerTypeOdds(st);
  const month = st.crnMonth[Stream.EmploymentType];
  // Workplaces are the first employersReal ids (createEmployers); the venue slots after them are not revised.
  for (let e = 0; e < st.employersReal; e++) {
    if (!store.open[e]) continue;
    const key = drawKey(month, e);
    if (drawAt(key, EmployerDraw.Revise) < share)
      setEmployerType(st, e, chooseEmployerType(st, e, drawAt(key, EmployerDraw.Revised), odds));
  }
}

/** Changes an open workplace's type, keeping the lists exact; people held by an employer that
 *  stops coercing go free. */
export function setEmployerType(st: SimState, e: number, type: EmployerType): void {
  const store = st.employers;
  const from = store.type[e] as EmployerType;
  if (from === type) return;
  if (from === EmployerType.Coercive) releaseHeld(st, e, 'employer_reformed');
  removeFromList(store, e);
  store.type[e] = type;
  addToList(store, e);
}

function releaseHeld(st: SimState, e: number, why: ReleaseReason): void {
  for (const id of workersOf(st, e)) if (getU8(st.migrants, id, U8.Form) !== Form.None) releaseVictim(st, id, why);
}

/** Shuts an employer or venue: people held go free, other workers look for work again. */
export function shutEmployer(st: SimState, e: number): void {
  const store = st.employers;
  if (!store.open[e]) return;
  releaseHeld(st, e, 'business_shut');
  for (const id of workersOf(st, e)) {
    record(st, id, { kind: 'employer_closed' });
    if (getU8(st.migrants, id, U8.State) === MigrantState.LegalWorker) leaveEmployer(st, id);
    else moveTo(st, id, MigrantState.JobSeeking);
  }
  removeFromList(store, e);
  store.open[e] = 0;
  addToList(store, e);
}

/** Opens a closed employer or venue slot as a new business of the given type. */
export function openEmployer(st: SimState, e: number, type: EmployerType): void {
  const store = st.employers;
  if (store.open[e]) return;
  removeFromList(store, e);
  store.open[e] = 1;
  store.type[e] = type;
  store.reopenTick[e] = -1;
  addToList(store, e);
}

/** A convicted employer or venue closes; a workplace reopens under a new owner after a while. */
export function closeEmployer(st: SimState, e: number): void {
  shutEmployer(st, e);
  st.tally.employers_closed++;
  st.employers.reopenTick[e] = isVenue(st, e) ? -1 : st.tick + K.REOPEN_MONTHS.value;
}

/** Closed workplaces whose time has come reopen under new owners, who choose how to run. */
export function reopenEmployers(st: SimState): void {
  const store = st.employers;
  const due = store.closed.filter((e) => store.reopenTick[e] >= 0 && store.reopenTick[e] <= st.tick);
  for (const e of due) openEmployer(st, e, chooseEmployerType(st, e, employerDraw(st, e, EmployerDraw.Reopened)));
}

/** Ends a person's exploitation: they look for other work. */
export function releaseVictim(st: SimState, id: number, why: ReleaseReason): void {
  const a = st.migrants;
  leaveEmployer(st, id);
  setU8(a, id, U8.Form, Form.None);
  // Any debt is still owed after release (repaid from wages); only identification and protection void it.
  record(st, id, { kind: 'released', reason: why });
  if (getU8(a, id, U8.State) !== MigrantState.ExploitedMexico) moveTo(st, id, MigrantState.JobSeeking);
  else if (getU8(a, id, U8.Origin) === Origin.BorderCityResident) exitMigrant(st, id, Exit.LocalReleased);
  else moveTo(st, id, MigrantState.Waiting);
}

/** Draws of a month's job search, by purpose (fixed indices: no branch shifts a later one). */
const enum SeekDraw {
  Hired = 0,
  Type = 1,
  Screened = 2,
  TurnedAway = 3,
  OffBooksType = 4,
  AvoidCoercion = 5,
  Employer = 6,
}

/** A job seeker in the U.S. looks for work: they meet an opening with this month's chance (finite openings,
 *  set by U.S. labour demand); coercive employers trap some, most find ordinary jobs. */
export function seekWork(st: SimState, id: number): void {
  const key = personKey(st, Stream.EmploymentSeek, id);
  if (drawAt(key, SeekDraw.Hired) >= st.cond.jobMatch) return;
  const e = pickEmployer(st, id, key);
  if (e < 0) return;
  if (st.employers.type[e] === EmployerType.Coercive) {
    holdVictim(st, id, e, Form.Labor);
    return;
  }
  hireFreely(st, id, e);
}

function pickEmployer(st: SimState, id: number, key: number): number {
  const a = st.migrants;
  const byType = st.employers.usByType;
  // Newcomers in debt and without contacts mostly find work through street recruiters, off the books.
  const compliant =
    byType[EmployerType.Compliant].length *
    (getF32(a, id, F32.Debt) > 0 && !getU8(a, id, U8.Network) ? K.NEWCOMER_COMPLIANT_ACCESS.value : 1);
  const unregulated = byType[EmployerType.Unregulated].length;
  const coercive = byType[EmployerType.Coercive].length * K.COERCIVE_RECRUITING.value;
  if (compliant + unregulated + coercive === 0) return -1;
  const u = drawAt(key, SeekDraw.Type) * (compliant + unregulated + coercive);
  let type = u < compliant ? EmployerType.Compliant : u < compliant + unregulated ? EmployerType.Unregulated : EmployerType.Coercive;
  if (type === EmployerType.Compliant && drawAt(key, SeekDraw.Screened) < st.cond.compliantScreening) {
    // Turned away (verification, or papers checked for fear of sanctions): an off-the-books employer, if one is at hand this month.
    const offBooks = byType[EmployerType.Unregulated].length + byType[EmployerType.Coercive].length;
    if (offBooks === 0 || drawAt(key, SeekDraw.TurnedAway) * (offBooks + byType[EmployerType.Compliant].length) >= offBooks) return -1;
    type = drawAt(key, SeekDraw.OffBooksType) * (unregulated + coercive) < unregulated ? EmployerType.Unregulated : EmployerType.Coercive;
  }
  // Contacts steer people away from employers known to abuse.
  if (
    type === EmployerType.Coercive &&
    getU8(a, id, U8.Network) &&
    unregulated > 0 &&
    drawAt(key, SeekDraw.AvoidCoercion) < K.CONTACTS_AVOID_COERCION.value
  )
    type = EmployerType.Unregulated;
  return pickUsEmployer(st, subKey(key, SeekDraw.Employer), type);
}

/** Hires a person into ordinary (compliant or off-the-books) work and schedules their next event. */
export function hireFreely(st: SimState, id: number, e: number): void {
  joinEmployer(st, id, e);
  moveTo(st, id, MigrantState.Working);
  recordHired(st, id, e);
  scheduleWorkerWake(st, id);
}

/** Notes a hire by employer e in a followed person's history. */
export function recordHired(st: SimState, id: number, e: number): void {
  if (isTracked(st, id))
    record(st, id, { kind: 'hired', sector: st.employers.sector[e] as Sector, employer: st.employers.type[e] as EmployerType });
}

/** Notes the start of a trafficking situation at employer e in a followed person's history. */
export function recordHeld(st: SimState, id: number, e: number, form: Form): void {
  if (isTracked(st, id)) record(st, id, { kind: 'held', form, sector: st.employers.sector[e] as Sector });
}

/** Months of work it takes a free worker to repay a smuggling debt. */
export function monthsToRepay(st: SimState, debt: number): number {
  return Math.ceil(debt / st.params['behaviour.debtRepaymentUsd']);
}

/** Schedules a free worker's next event: paying off their smuggling debt, or reviewing their stay. */
export function scheduleWorkerWake(st: SimState, id: number): void {
  const a = st.migrants;
  const toHome = drawMonthsUntil(drawsFrom(personKey(st, Stream.EmploymentTenure, id)), REVIEW_HAZARD[getU8(a, id, U8.Plan) as Plan]);
  const toPaid =
    getF32(a, id, F32.Debt) > 0
      ? monthsToRepay(st, getF32(a, id, F32.Debt)) - (st.tick - getI32(a, id, I32.Since))
      : Number.MAX_SAFE_INTEGER;
  scheduleWake(st, id, Math.min(toHome, toPaid));
}

/** Starts a trafficking situation: the person is held by employer e. Returns true if this is the
 *  person's first episode (a new victim), false for re-trafficking. */
export function holdVictim(st: SimState, id: number, e: number, form: Form): boolean {
  const place = st.employers.sector[e];
  joinEmployer(st, id, e);
  setU8(st.migrants, id, U8.Form, form);
  const state =
    place === Sector.SexMexico
      ? MigrantState.ExploitedMexico
      : form === Form.Sexual
        ? MigrantState.ExploitedUsSex
        : MigrantState.ExploitedUsLabor;
  moveTo(st, id, state);
  followVictim(st, id);
  recordHeld(st, id, e, form);
  return countNewVictim(st, id, form, place === Sector.SexMexico);
}
