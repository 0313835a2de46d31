// Interior enforcement and anti-trafficking work in the U.S.: worksite inspections (aimed at workers
// or at employers, who then pay sanctions), investigators looking into suspected coercive
// workplaces, police raids on venues, and what happens each month to a person held.
import { drawPoisson, roundStochastic } from '../engine/rng';
import { CONSTANTS } from './constants';
import { drawAt } from '../engine/crn';
import { EmployerType, Exit, Form, MigrantState, VenueMarket } from './enums';
import { getI32, getU8, I32, U8 } from './record';
import { Stream } from './streams';
import { allUsEmployers, countUsEmployers, type SimState } from './state';
import { countDraws, entityKey, personKey, PICK_TRIES, pickLowest, pickVenue, subKey } from './draws';
import { exitMigrant, record, workersOf } from './population';
import { chooseEmployerType, EmployerDraw, employerDraw, releaseVictim, setEmployerType } from './employers';
import { deport, handleDetectedVictim, openCase } from './justice';
import { decideToReport, releaseProbability } from './victims';
import { monthInBondage } from './debt';

const K = CONSTANTS;

/** Worksite inspections this month, each of one real employer: its workers and victims are examined,
 *  employer-focused inspections fine off-the-books employers, who then decide afresh how to hire. */
/** Draws of the month's i-th inspection, by purpose (fixed indices: no branch shifts a later one). */
const enum InspectionDraw {
  Lead = 0,
  Bribe = 1,
  EmployerFocused = 2,
  Employer = 3,
}

export function inspectWorksites(st: SimState): void {
  const p = st.params;
  const byType = st.employers.usByType;
  const inspections = drawPoisson(
    countDraws(st, Stream.EnforcementInspections),
    countUsEmployers(st.employers) * st.cond.inspectionProbability,
  );
  const employerFocus = p['interior.employerFocus'];
  for (let i = 0; i < inspections; i++) {
    // Lists change as sanctioned employers decide afresh, so their sizes are read each time.
    const offBooks = byType[EmployerType.Unregulated].length + byType[EmployerType.Coercive].length;
    if (countUsEmployers(st.employers) === 0) break;
    const key = entityKey(st, Stream.EnforcementInspection, i);
    // Employer-focused enforcement follows leads to off-the-books employers; otherwise inspections are routine.
    const followsLead = offBooks > 0 && drawAt(key, InspectionDraw.Lead) < K.LEAD_SHARE.value * employerFocus;
    const e = followsLead ? pickOffBooks(st, subKey(key, InspectionDraw.Employer)) : pickAny(st, subKey(key, InspectionDraw.Employer));
    if (e < 0 || st.employers.inspectedTick[e] === st.tick) continue;
    st.employers.inspectedTick[e] = st.tick;
    if (drawAt(key, InspectionDraw.Bribe) < p['corruption.us']) {
      st.tally.bribes_businesses++;
      continue;
    }
    const employerFocused = drawAt(key, InspectionDraw.EmployerFocused) < employerFocus;
    const unauthorized = inspectWorkers(st, e, employerFocused);
    if (employerFocused && st.employers.type[e] !== EmployerType.Compliant) {
      // The fine is per unauthorized worker found at this employer (each agent stands for `scale` people).
      st.tally.sanctions_paid_usd += p['interior.employerSanctionUsd'] * Math.round(unauthorized * st.scale * K.FIND_WORKER.value);
      // A sanctioned employer now expects to be inspected again, and reconsiders how it hires.
      setEmployerType(st, e, chooseEmployerType(st, e, employerDraw(st, e, EmployerDraw.Sanctioned)));
    }
  }
}

/** Any open U.S. workplace: the first open one in the key's sequence of employer ids. */
function pickAny(st: SimState, key: number): number {
  return pickOpenWorkplace(st, key, false);
}

/** An off-the-books workplace (unregulated or coercive), likewise; -1 if there is none. */
function pickOffBooks(st: SimState, key: number): number {
  return pickOpenWorkplace(st, key, true);
}

function pickOpenWorkplace(st: SimState, key: number, offBooksOnly: boolean): number {
  const store = st.employers;
  for (let t = 0; t < PICK_TRIES; t++) {
    const e = Math.floor(drawAt(key, t) * st.employersReal);
    if (store.open[e] === 1 && (!offBooksOnly || store.type[e] !== EmployerType.Compliant)) return e;
  }
  // Almost never reached: so few candidates left that the sequence missed them all.
  const candidates = offBooksOnly
    ? [...store.usByType[EmployerType.Unregulated], ...store.usByType[EmployerType.Coercive]]
    : allUsEmployers(store);
  return pickLowest(key, candidates);
}

/** Victims found are handled as victims or offenders; in a worker-focused inspection free
 *  unauthorized workers are arrested and deported, which their co-workers see. Returns how many
 *  unauthorized workers (agents) the employer had when the inspectors arrived. */
function inspectWorkers(st: SimState, e: number, employerFocused: boolean): number {
  const a = st.migrants;
  let unauthorized = 0;
  for (const id of workersOf(st, e)) {
    const state = getU8(a, id, U8.State);
    if (state === MigrantState.Working || state === MigrantState.ExploitedUsLabor || state === MigrantState.ExploitedUsSex) unauthorized++;
    if (state === MigrantState.ExploitedUsLabor || state === MigrantState.ExploitedUsSex) {
      handleDetectedVictim(st, id, 'worksite');
    } else if (
      state === MigrantState.Working &&
      !employerFocused &&
      drawAt(personKey(st, Stream.EnforcementWorksite, id), 0) < K.FIND_WORKER.value
    ) {
      record(st, id, { kind: 'worksite_arrest' });
      st.workerArrestsThisMonth += st.scale;
      st.employers.workerRaidTick[e] = st.tick;
      deport(st, id);
    }
  }
  return unauthorized;
}

/** Investigators look into workplaces and venues; tips (helped by NGO outreach) lead some to
 *  coercive ones. An investigation is evidence: it opens a case against the offender it finds. */
/** Draws of the month's i-th investigation, by purpose. */
const enum InvestigationDraw {
  Hit = 0,
  Bribe = 1,
  Target = 2,
}

export function investigateWorkplaces(st: SimState): void {
  const p = st.params;
  st.investigationBudget += p['justice.investigators'] * K.INVESTIGATIONS_PER_INVESTIGATOR.value;
  const investigations = Math.floor(st.investigationBudget);
  st.investigationBudget -= investigations;
  const coercive = st.employers.usByType[EmployerType.Coercive];
  const venues = st.employers.sexUs;
  const targets = coercive.length + venues.length;
  const hitRate =
    (K.INVESTIGATION_HIT_BASE.value + K.INVESTIGATION_HIT_NGO.value * p['justice.ngoOutreach']) *
    Math.min(1, targets / K.INVESTIGATION_LEAD_POOL.value);
  for (let i = 0; i < investigations; i++) {
    const key = entityKey(st, Stream.EnforcementInvestigation, i);
    if (targets === 0 || drawAt(key, InvestigationDraw.Hit) >= hitRate) continue;
    // A lead to a coercive workplace or a venue, in proportion to their numbers; which one does not depend on list order.
    const pick = subKey(key, InvestigationDraw.Target);
    const e =
      drawAt(key, InvestigationDraw.Target) * targets < coercive.length ? pickLowest(pick, coercive) : pickVenue(st, pick, VenueMarket.Us);
    if (e < 0) continue;
    if (drawAt(key, InvestigationDraw.Bribe) < p['corruption.us']) {
      st.tally.bribes_businesses++;
      continue;
    }
    for (const id of workersOf(st, e)) if (getU8(st.migrants, id, U8.Form) !== Form.None) handleDetectedVictim(st, id, 'investigation');
    openCase(st, 'us', 'employer', e, 0);
  }
}

/** Local police raid U.S. venues; women found are often treated as offenders unless officers are trained. */
export function raidUsVenues(st: SimState): void {
  const venues = st.employers.sexUs;
  const raids = roundStochastic(countDraws(st, Stream.EnforcementRaids, VenueMarket.Us), venues.length * K.US_RAID.value);
  for (let i = 0; i < raids && venues.length > 0; i++) {
    const venue = pickVenue(st, entityKey(st, Stream.EnforcementRaidUs, i), VenueMarket.Us);
    for (const id of workersOf(st, venue)) handleDetectedVictim(st, id, 'raid');
    // A raid is evidence against the venue, though without testimony such cases mostly fail.
    openCase(st, 'us', 'employer', venue, 0);
  }
}

/** Draws of a month held, by purpose. */
const enum HeldDraw {
  GetAway = 0,
  NgoContact = 1,
  Report = 2,
}

/** A month in the life of someone held: release, a report to authorities (their own decision), or neither. */
export function holdOneMonth(st: SimState, id: number): void {
  const a = st.migrants;
  if (st.tick <= getI32(a, id, I32.Since)) return;
  const key = personKey(st, Stream.JusticeHeld, id);
  const letGo = monthInBondage(st, id, releaseProbability(st, id), drawAt(key, HeldDraw.GetAway));
  if (letGo) return releaseVictim(st, id, letGo);
  if (getU8(a, id, U8.State) === MigrantState.ExploitedMexico) return;
  if (decideToReport(st, id, drawAt(key, HeldDraw.NgoContact), drawAt(key, HeldDraw.Report))) {
    st.tally.victims_reporting++;
    record(st, id, { kind: 'sought_help' });
    handleDetectedVictim(st, id, 'report');
  }
}

/** Once a year a share of unauthorized workers is given legal status, if the policy allows. */
export function regularise(st: SimState): void {
  const share = st.params['pathways.regularisationShare'];
  if (share <= 0) return;
  const a = st.migrants;
  for (let id = 0; id < st.highWater; id++) {
    if (
      (getU8(a, id, U8.State) === MigrantState.Working || getU8(a, id, U8.State) === MigrantState.JobSeeking) &&
      drawAt(personKey(st, Stream.EnforcementRegularise, id), 0) < share
    )
      exitMigrant(st, id, Exit.Regularised);
  }
}
