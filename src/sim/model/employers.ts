// Employers: U.S. workplaces (agriculture, construction, services, domestic work) and commercial
// sex venues in the U.S. and Mexico's border cities. Each decides whether to hire off the books or
// to coerce by weighing its gain against the sanctions and convictions it expects; job seekers
// are hired here, and coercive hiring is where most labour trafficking begins.
import type { Rng } from '../engine/rng';
import { Exit, Form, Origin, MigrantState, Plan, Sector, SECTORS, EmployerType, type EmployerStore, type SimState } from './state';
import { exitMigrant, settleDebt, joinEmployer, moveTo, record, scheduleWake, workersOf, leaveEmployer } from './population';
import { drawMonthsUntil } from '../engine/rng';
import { logistic, logit } from '../engine/math';
import { countNewVictim } from './victims';

/** Real unauthorized workers per U.S. employer that hires them (assumption). */
export const WORKERS_PER_EMPLOYER = 15;
/** Shares of U.S. employers of unauthorized workers in each labour sector (venues are counted apart). */
const LABOUR_SECTOR_SHARES: [Sector, number][] = [
  [Sector.Agriculture, 0.25], [Sector.Construction, 0.25], [Sector.Services, 0.35], [Sector.Domestic, 0.15],
];
/** Real venues exploiting migrants (assumption; no count exists). */
const US_VENUES = 600;
const MEXICO_VENUES = 400;
/** Base share of off-the-books employers who coerce, before deterrence (calibrated to AG FY2003 victim counts). */
const BASE_COERCIVE_SHARE = 0.003;
/** Penalty a convicted trafficker expects, USD-equivalent (prison and forfeiture). */
const CONVICTION_COST_USD = 400000;
/** Monthly probability a free worker leaves for home, by plan (settler, sojourner). */
export const RETURN_HAZARD: Record<Plan, number> = { [Plan.Settler]: 1 / 420, [Plan.Sojourner]: 1 / 16 };


/** Creates the employers for a run: enough U.S. employers for the unauthorized workforce, plus venues. */
export function createEmployers(st: SimState, rng: Rng): EmployerStore {
  const stock = Math.max(st.params['context.usStock'], 2_000_000);
  const usCount = Math.max(20, Math.round(stock / WORKERS_PER_EMPLOYER / st.scale));
  const usVenues = Math.max(2, Math.round(US_VENUES / st.scale));
  const mxVenues = Math.max(2, Math.round(MEXICO_VENUES / st.scale));
  const count = usCount + usVenues + mxVenues;
  const store: EmployerStore = {
    count, type: new Uint8Array(count), sector: new Uint8Array(count), head: new Int32Array(count).fill(-1),
    workers: new Int32Array(count), inspectedTick: new Int32Array(count).fill(-1),
    usByType: emptyByType(), sexUs: [], sexMexico: [],
  };
  for (let e = 0; e < count; e++) {
    if (e < usCount) store.sector[e] = pickWeighted(rng(), LABOUR_SECTOR_SHARES);
    else if (e < usCount + usVenues) store.sector[e] = Sector.SexUs;
    else store.sector[e] = Sector.SexMexico;
  }
  st.employersReal = usCount * st.scale;
  st.employers = store;
  for (let e = 0; e < count; e++) store.type[e] = chooseEmployerType(st, e, rng);
  indexEmployers(store);
  return store;
}

/** The key whose cumulative share first exceeds u (the last key if rounding leaves u above the total). */
function pickWeighted<K>(u: number, shares: [K, number][]): K {
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

/** Rebuilds the by-type lists used for random picks. */
export function indexEmployers(store: EmployerStore): void {
  store.usByType = emptyByType();
  store.sexUs = [];
  store.sexMexico = [];
  for (let e = 0; e < store.count; e++) {
    const sector = store.sector[e];
    if (sector === Sector.SexUs) store.sexUs.push(e);
    else if (sector === Sector.SexMexico) store.sexMexico.push(e);
    else store.usByType[store.type[e] as EmployerType].push(e);
  }
}

/** An employer's choice of how to run: expected sanctions and convictions weigh against the gain. */
export function chooseEmployerType(st: SimState, e: number, rng: Rng): EmployerType {
  const sector = st.employers.sector[e];
  if (sector === Sector.SexUs || sector === Sector.SexMexico) return EmployerType.Coercive;
  const p = st.params;
  const sanction = st.cond.expectedSanctionPerWorker;
  const offBooks = logistic(logit(clampShare(p['context.unregulatedEmployerShare'])) - 0.004 * sanction);
  const coercive = logistic(logit(BASE_COERCIVE_SHARE) + 2 * (p['context.organizedCrime'] - 0.3)
    - 0.004 * sanction - 0.0004 * convictionRisk(st) * CONVICTION_COST_USD / WORKERS_PER_EMPLOYER);
  const u = rng();
  if (u >= offBooks) return EmployerType.Compliant;
  return u < offBooks * coercive ? EmployerType.Coercive : EmployerType.Unregulated;
}

const clampShare = (x: number) => Math.min(0.999, Math.max(0.001, x));

/** Chance a coercive employer expects to be convicted within a year, from recent convictions and detection. */
export function convictionRisk(st: SimState): number {
  const convictions = st.recentEmployerConvictions.reduce((a, b) => a + b, 0);
  const coercive = Math.max(1, st.employers.usByType[EmployerType.Coercive].length);
  const detection = st.cond.inspectionProbability * 12 * st.params['interior.employerFocus'];
  return Math.min(1, convictions / coercive + detection * 0.2);
}

/** Once a year some employers change hands or strategy and choose again. */
export function reviseEmployers(st: SimState): void {
  const rng = st.rng.employment;
  const store = st.employers;
  for (let e = 0; e < store.count; e++) {
    if (rng() < 0.2) setEmployerType(st, e, chooseEmployerType(st, e, rng));
  }
  indexEmployers(store);
}

/** Changes an employer's type; people held by an employer that stops coercing go free. */
export function setEmployerType(st: SimState, e: number, type: EmployerType): void {
  const store = st.employers;
  if (store.type[e] === EmployerType.Coercive && type !== EmployerType.Coercive) {
    for (const id of workersOf(st, e)) {
      if (st.migrants.form[id] !== Form.None) releaseVictim(st, id, 'The employer stopped holding workers; free to leave.');
    }
  }
  store.type[e] = type;
}

/** Ends a person's exploitation: they look for other work. */
export function releaseVictim(st: SimState, id: number, why: string): void {
  const a = st.migrants;
  leaveEmployer(st, id);
  a.form[id] = Form.None;
  // Whatever the exploiters claimed was owed ends with the exploitation.
  settleDebt(st, id);
  record(st, id, why);
  if (a.state[id] !== MigrantState.ExploitedMexico) moveTo(st, id, MigrantState.JobSeeking);
  else if (a.origin[id] === Origin.BorderCityResident) exitMigrant(st, id, Exit.LocalReleased);
  else moveTo(st, id, MigrantState.Waiting);
}

/** Chance this month that a job seeker finds work. */
const HIRE_PROBABILITY = 0.85;

/** A job seeker in the U.S. looks for work; coercive employers trap some, most find ordinary jobs. */
export function seekWork(st: SimState, id: number): void {
  const rng = st.rng.employment;
  if (rng() >= HIRE_PROBABILITY) return;
  const e = pickEmployer(st, id, rng);
  if (e < 0) return;
  if (st.employers.type[e] === EmployerType.Coercive) {
    holdVictim(st, id, e, Form.Labor);
    return;
  }
  hireFreely(st, id, e);
}

/** Coercive employers recruit harder than others (they must replace people who get away). */
const COERCIVE_RECRUITING = 3;

function pickEmployer(st: SimState, id: number, rng: Rng): number {
  const a = st.migrants;
  const byType = st.employers.usByType;
  // Newcomers in debt and without contacts mostly find work through street recruiters, off the books.
  const compliant = byType[EmployerType.Compliant].length * (a.debt[id] > 0 && !a.network[id] ? 0.3 : 1);
  const unregulated = byType[EmployerType.Unregulated].length;
  const coercive = byType[EmployerType.Coercive].length * COERCIVE_RECRUITING;
  if (compliant + unregulated + coercive === 0) return -1;
  const u = rng() * (compliant + unregulated + coercive);
  let type = u < compliant ? EmployerType.Compliant : u < compliant + unregulated ? EmployerType.Unregulated : EmployerType.Coercive;
  if (type === EmployerType.Compliant && rng() < st.params['interior.statusVerification']) {
    // Turned away by status verification: only off-the-books employers are left.
    if (unregulated + coercive === 0) return -1;
    type = rng() * (unregulated + coercive) < unregulated ? EmployerType.Unregulated : EmployerType.Coercive;
  }
  // Contacts steer people away from employers known to abuse.
  if (type === EmployerType.Coercive && a.network[id] && unregulated > 0 && rng() < 0.6) type = EmployerType.Unregulated;
  const list = byType[type];
  return list[Math.floor(rng() * list.length)];
}

/** A random compliant U.S. employer (for visa workers), or -1. */
export function pickCompliantEmployer(st: SimState): number {
  const list = st.employers.usByType[EmployerType.Compliant];
  return list.length === 0 ? -1 : list[Math.floor(st.rng.employment() * list.length)];
}

/** Hires a person into ordinary (compliant or off-the-books) work and schedules their next event. */
export function hireFreely(st: SimState, id: number, e: number): void {
  joinEmployer(st, id, e);
  moveTo(st, id, MigrantState.Working);
  if (st.tracked.has(id)) record(st, id, `Hired in ${sectorText(st, e)} (${TYPE_TEXT[st.employers.type[e] as EmployerType]}).`);
  scheduleWorkerWake(st, id);
}

const TYPE_TEXT: Record<EmployerType, string> = {
  [EmployerType.Compliant]: 'compliant employer',
  [EmployerType.Unregulated]: 'off-the-books employer',
  [EmployerType.Coercive]: 'coercive employer',
};
/** Plain name of an employer's sector. */
export function sectorText(st: SimState, e: number): string {
  return SECTORS[st.employers.sector[e] as Sector].place;
}

/** USD a month a free worker puts towards a smuggling debt. */
const REPAYMENT_PER_MONTH = 250;

/** Months of work it takes to repay a smuggling debt. */
export function monthsToRepay(debt: number): number {
  return Math.ceil(debt / REPAYMENT_PER_MONTH);
}

/** Schedules a free worker's next event: paying off their smuggling debt, or going home. */
export function scheduleWorkerWake(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.employment;
  const toHome = drawMonthsUntil(rng, RETURN_HAZARD[a.plan[id] as Plan]);
  const toPaid = a.debt[id] > 0 ? monthsToRepay(a.debt[id]) - (st.tick - a.since[id]) : Number.MAX_SAFE_INTEGER;
  scheduleWake(st, id, Math.min(toHome, toPaid));
}

/** Starts a trafficking situation: the person is held by employer e. */
export function holdVictim(st: SimState, id: number, e: number, form: Form, isNew = true): void {
  const place = st.employers.sector[e];
  joinEmployer(st, id, e);
  st.migrants.form[id] = form;
  const state = place === Sector.SexMexico ? MigrantState.ExploitedMexico : form === Form.Sexual ? MigrantState.ExploitedUsSex : MigrantState.ExploitedUsLabor;
  moveTo(st, id, state);
  if (isNew) countNewVictim(st, id, form, place === Sector.SexMexico);
  if (st.tracked.has(id)) record(st, id, `Held in ${form === Form.Sexual ? 'sexual exploitation' : 'forced labour'} at ${sectorText(st, e)}.`);
}
