// Interior enforcement and anti-trafficking work in the U.S.: worksite inspections (aimed at workers
// or at employers, who then pay sanctions), investigators looking into suspected coercive
// workplaces, police raids on venues, and what happens each month to a person held.
import { drawPoisson, roundStochastic } from '../engine/rng';
import { CONSTANTS } from './constants';
import { countUsEmployers, EMPLOYER_TYPES, EmployerType, Exit, Form, MigrantState, type SimState } from './state';
import { exitMigrant, record, workersOf } from './population';
import { chooseEmployerType, releaseVictim, setEmployerType } from './employers';
import { deport, handleDetectedVictim, openCase } from './justice';
import { decideToReport, releaseProbability } from './victims';
import { monthInBondage } from './debt';

const K = CONSTANTS;

/** Worksite inspections this month, each of one real employer: its workers and victims are examined,
 *  employer-focused inspections fine off-the-books employers, who then decide afresh how to hire. */
export function inspectWorksites(st: SimState): void {
  const rng = st.rng.enforcement;
  const p = st.params;
  const byType = st.employers.usByType;
  const inspections = drawPoisson(rng, countUsEmployers(st.employers) * st.cond.inspectionProbability);
  const employerFocus = p['interior.employerFocus'];
  for (let i = 0; i < inspections; i++) {
    // Lists change as sanctioned employers decide afresh, so their sizes are read each time.
    const total = countUsEmployers(st.employers);
    const offBooks = byType[EmployerType.Unregulated].length + byType[EmployerType.Coercive].length;
    if (total === 0) break;
    // Employer-focused enforcement follows leads to off-the-books employers; otherwise inspections are routine.
    const followsLead = offBooks > 0 && rng() < K.LEAD_SHARE.value * employerFocus;
    const e = followsLead ? pickOffBooks(st, rng, offBooks) : pickAny(st, rng, total);
    if (st.employers.inspectedTick[e] === st.tick) continue;
    st.employers.inspectedTick[e] = st.tick;
    if (rng() < p['corruption.us']) {
      st.tally.bribes_businesses++;
      continue;
    }
    const employerFocused = rng() < employerFocus;
    const unauthorized = inspectWorkers(st, e, employerFocused);
    if (employerFocused && st.employers.type[e] !== EmployerType.Compliant) {
      // The fine is per unauthorized worker found at this employer (each agent stands for `scale` people).
      st.tally.sanctions_paid_usd += p['interior.employerSanctionUsd'] * Math.round(unauthorized * st.scale * K.FIND_WORKER.value);
      // A sanctioned employer now expects to be inspected again, and reconsiders how it hires.
      setEmployerType(st, e, chooseEmployerType(st, e, rng));
    }
  }
}

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

/** Victims found are handled as victims or offenders; in a worker-focused inspection free
 *  unauthorized workers are arrested and deported, which their co-workers see. Returns how many
 *  unauthorized workers (agents) the employer had when the inspectors arrived. */
function inspectWorkers(st: SimState, e: number, employerFocused: boolean): number {
  const rng = st.rng.enforcement;
  const a = st.migrants;
  let unauthorized = 0;
  for (const id of workersOf(st, e)) {
    const state = a.state[id];
    if (state === MigrantState.Working || state === MigrantState.ExploitedUsLabor || state === MigrantState.ExploitedUsSex) unauthorized++;
    if (state === MigrantState.ExploitedUsLabor || state === MigrantState.ExploitedUsSex) {
      handleDetectedVictim(st, id, 'worksite');
    } else if (state === MigrantState.Working && !employerFocused && rng() < K.FIND_WORKER.value) {
      record(st, id, 'Arrested in a worksite inspection and deported.');
      st.workerArrestsThisMonth += st.scale;
      st.employers.workerRaidTick[e] = st.tick;
      deport(st, id);
    }
  }
  return unauthorized;
}

/** Investigators look into workplaces and venues; tips (helped by NGO outreach) lead some to
 *  coercive ones. An investigation is evidence: it opens a case against the offender it finds. */
export function investigateWorkplaces(st: SimState): void {
  const rng = st.rng.enforcement;
  const p = st.params;
  st.investigationBudget += p['justice.investigators'] * K.INVESTIGATIONS_PER_INVESTIGATOR.value;
  const investigations = Math.floor(st.investigationBudget);
  st.investigationBudget -= investigations;
  const coercive = st.employers.usByType[EmployerType.Coercive];
  const venues = st.employers.sexUs;
  const targets = coercive.length + venues.length;
  const hitRate = (K.INVESTIGATION_HIT_BASE.value + K.INVESTIGATION_HIT_NGO.value * p['justice.ngoOutreach'])
    * Math.min(1, targets / K.INVESTIGATION_LEAD_POOL.value);
  for (let i = 0; i < investigations; i++) {
    if (targets === 0 || rng() >= hitRate) continue;
    const k = Math.floor(rng() * targets);
    const e = k < coercive.length ? coercive[k] : venues[k - coercive.length];
    if (rng() < p['corruption.us']) {
      st.tally.bribes_businesses++;
      continue;
    }
    for (const id of workersOf(st, e)) if (st.migrants.form[id] !== Form.None) handleDetectedVictim(st, id, 'investigation');
    openCase(st, 'us', 'employer', e, 0);
  }
}

/** Local police raid U.S. venues; women found are often treated as offenders unless officers are trained. */
export function raidUsVenues(st: SimState): void {
  const rng = st.rng.enforcement;
  const venues = st.employers.sexUs;
  const raids = roundStochastic(rng, venues.length * K.US_RAID.value);
  for (let i = 0; i < raids && venues.length > 0; i++) {
    const venue = venues[Math.floor(rng() * venues.length)];
    for (const id of workersOf(st, venue)) handleDetectedVictim(st, id, 'raid');
    // A raid is evidence against the venue, though without testimony such cases mostly fail.
    openCase(st, 'us', 'employer', venue, 0);
  }
}

/** A month in the life of someone held: release, a report to authorities (their own decision), or neither. */
export function holdOneMonth(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.justice;
  if (st.tick <= a.since[id]) return;
  const letGo = monthInBondage(st, id, releaseProbability(st, id), rng);
  if (letGo) return releaseVictim(st, id, letGo);
  if (a.state[id] === MigrantState.ExploitedMexico) return;
  if (decideToReport(st, id, rng)) {
    st.tally.victims_reporting++;
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
