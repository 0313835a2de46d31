// Interior enforcement and anti-trafficking work in the U.S.: worksite inspections (aimed at workers
// or at employers), investigators looking into suspected coercive workplaces, police raids on
// venues, and what happens each month to a person held: release, a report, or nothing.
import { drawPoisson, roundStochastic } from '../engine/rng';
import { countUsEmployers, EMPLOYER_TYPES, EmployerType, Exit, Form, MigrantState, type SimState } from './state';
import { exitMigrant, record, workersOf } from './population';
import { chooseEmployerType, indexEmployers, releaseVictim, setEmployerType } from './employers';
import { deport, handleDetectedVictim } from './justice';

/** Chance an inspection finds a given unauthorized worker on the books. */
const FIND_WORKER = 0.8;
/** Workplace investigations per investigator per month. */
const INVESTIGATIONS_PER_INVESTIGATOR = 0.25;
/** Monthly chance local police raid a given U.S. venue. */
const US_RAID = 0.02;

/** Worksite inspections this month: each inspected employer's workers and victims are examined. */
export function inspectWorksites(st: SimState): void {
  const rng = st.rng.enforcement;
  const p = st.params;
  const byType = st.employers.usByType;
  const total = countUsEmployers(st.employers);
  const inspections = drawPoisson(rng, total * st.cond.inspectionProbability);
  const employerFocus = p['interior.employerFocus'];
  let changed = false;
  const offBooks = byType[EmployerType.Unregulated].length + byType[EmployerType.Coercive].length;
  for (let i = 0; i < inspections; i++) {
    // Employer-focused enforcement follows leads to off-the-books employers; otherwise inspections are routine.
    const followsLead = offBooks > 0 && rng() < LEAD_SHARE * employerFocus;
    const e = followsLead ? pickOffBooks(st, rng, offBooks) : pickAny(st, rng, total);
    if (st.employers.inspectedTick[e] === st.tick) continue;
    st.employers.inspectedTick[e] = st.tick;
    if (rng() < p['corruption.us']) {
      st.tally.bribes++;
      continue;
    }
    inspectWorkers(st, e, employerFocus);
    // A sanctioned employer reconsiders how it hires.
    if (st.employers.type[e] !== EmployerType.Compliant && rng() < employerFocus) {
      setEmployerType(st, e, chooseEmployerType(st, e, rng));
      changed = true;
    }
  }
  if (changed) indexEmployers(st.employers);
}

/** Share of employer-focused inspections that follow leads to off-the-books employers. */
const LEAD_SHARE = 0.5;

function pickAny(st: SimState, rng: () => number, total: number): number {
  let k = Math.floor(rng() * total);
  for (const type of EMPLOYER_TYPES) {
    const list = st.employers.usByType[type];
    if (k < list.length) return list[k];
    k -= list.length;
  }
  throw new Error('employer index out of range');
}

function pickOffBooks(st: SimState, rng: () => number, offBooks: number): number {
  const byType = st.employers.usByType;
  const k = Math.floor(rng() * offBooks);
  const unregulated = byType[EmployerType.Unregulated];
  return k < unregulated.length ? unregulated[k] : byType[EmployerType.Coercive][k - unregulated.length];
}

function inspectWorkers(st: SimState, e: number, employerFocus: number): void {
  const rng = st.rng.enforcement;
  const a = st.migrants;
  for (const id of workersOf(st, e)) {
    const state = a.state[id];
    if (state === MigrantState.ExploitedUsLabor || state === MigrantState.ExploitedUsSex) {
      handleDetectedVictim(st, id, 'worksite');
    } else if (state === MigrantState.Working && rng() < FIND_WORKER && rng() >= employerFocus) {
      record(st, id, 'Arrested in a worksite inspection and deported.');
      deport(st, id);
    }
  }
}

/** Investigators look into workplaces; tips (helped by NGO outreach) lead some to coercive ones. */
export function investigateWorkplaces(st: SimState): void {
  const rng = st.rng.enforcement;
  const p = st.params;
  st.investigationBudget += p['justice.investigators'] * INVESTIGATIONS_PER_INVESTIGATOR / st.scale;
  const investigations = Math.floor(st.investigationBudget);
  st.investigationBudget -= investigations;
  const coercive = [...st.employers.usByType[EmployerType.Coercive], ...st.employers.sexUs];
  const hitRate = 0.2 + 0.4 * p['justice.ngoOutreach'];
  for (let i = 0; i < investigations; i++) {
    if (coercive.length === 0 || rng() >= hitRate * Math.min(1, coercive.length * st.scale / 200)) continue;
    const e = coercive[Math.floor(rng() * coercive.length)];
    if (rng() < p['corruption.us']) {
      st.tally.bribes++;
      continue;
    }
    for (const id of workersOf(st, e)) if (st.migrants.form[id] !== Form.None) handleDetectedVictim(st, id, 'investigation');
  }
}

/** Local police raid U.S. venues; women found are often treated as offenders unless officers are trained. */
export function raidUsVenues(st: SimState): void {
  const rng = st.rng.enforcement;
  const venues = st.employers.sexUs;
  const raids = roundStochastic(rng, venues.length * US_RAID);
  for (let i = 0; i < raids && venues.length > 0; i++) {
    const venue = venues[Math.floor(rng() * venues.length)];
    for (const id of workersOf(st, venue)) handleDetectedVictim(st, id, 'raid');
  }
}

/** Monthly chance a held victim is released or gets away (debt "worked off"), by form. */
const RELEASE = [0, 1 / 20, 1 / 30];

/** A month in the life of someone held: release, a report to authorities, or neither. */
export function holdOneMonth(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.justice;
  if (st.tick <= a.since[id]) return;
  if (rng() < RELEASE[a.form[id]]) {
    return releaseVictim(st, id, 'Got away from the exploiters.');
  }
  if (a.state[id] === MigrantState.ExploitedMexico) return;
  const p = st.params;
  const report = 0.004 * (1 + 3 * p['justice.ngoOutreach']) * (0.3 + 0.7 * st.cond.expectedProtection) * (1 - 0.6 * st.cond.raidFear);
  if (rng() < report) {
    record(st, id, 'Contacted a hotline or NGO for help.');
    handleDetectedVictim(st, id, 'report');
  }
}

/** Once a year a share of unauthorized workers is given legal status, if the policy allows. */
export function regularise(st: SimState): void {
  const share = st.params['pathways.regularisationShare'];
  if (share <= 0) return;
  const a = st.migrants;
  const rng = st.rng.enforcement;
  for (let id = 0; id < st.highWater; id++) {
    if ((a.state[id] === MigrantState.Working || a.state[id] === MigrantState.JobSeeking) && rng() < share) exitMigrant(st, id, Exit.Regularised);
  }
}
