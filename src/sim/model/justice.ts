// What happens once a victim comes to the authorities' attention: identified as a victim or treated
// as an offender and deported; whether they cooperate (their own decision); continued presence and
// T-visas; and courts in both countries trying identifiable offenders (employers, venues,
// smuggling outfits) on the evidence they have, which closes businesses and deters others.
import { drawAt, uniform } from '../engine/crn';
import { CONSTANTS } from './constants';
import { EmployerType, Exit, Form, Origin, MigrantState, Sector, venueMarketOf } from './enums';
import { getI32, getU8, I32, setU8, U8 } from './record';
import { Stream } from './streams';
import type { Case, SimState } from './state';
import { roundStochastic } from '../engine/rng';
import { exitMigrant, leaveEmployer, moveTo, record, scheduleWake } from './population';
import { closeEmployer, isVenue } from './employers';
import { decideToCooperate } from './victims';
import { drawsFrom, entityKey, personKey, pickLowest, subKey } from './draws';
import { convictionProbability, type Court } from './deterrence';

const K = CONSTANTS;
import { voidDebt } from './debt';

/** How a victim came to attention; the chance of being recognised as a victim depends on who finds them. */
export type DetectionSource = 'worksite' | 'investigation' | 'report' | 'raid' | 'mexico';

/** Probability that the officer who finds a victim recognises them as one. */
export function identificationProbability(st: SimState, source: DetectionSource): number {
  const p = st.params;
  const trained = p['justice.trainingShare'];
  const employerFocus = p['interior.employerFocus'];
  switch (source) {
    case 'worksite':
      return (
        (1 - employerFocus) * K.IDENTIFY_WORKER_RAID.value * trained +
        employerFocus * (K.IDENTIFY_EMPLOYER_INSPECTION.value + K.IDENTIFY_TRAINING_GAIN.value * trained)
      );
    case 'investigation':
      return K.IDENTIFY_INVESTIGATION.value + (1 - K.IDENTIFY_INVESTIGATION.value) * trained;
    case 'report':
      return K.IDENTIFY_REPORT.value;
    case 'raid':
      return K.IDENTIFY_VENUE_RAID.value * trained;
    case 'mexico':
      return K.IDENTIFY_MEXICO.value * (1 - p['corruption.mexico']);
  }
}

/** Draws of a detected victim, by purpose (fixed indices: no branch shifts a later one). */
const enum DetectedDraw {
  Identified = 0,
  NgoContact = 1,
  Cooperate = 2,
  CaseWithoutWitness = 3,
  ContinuedPresence = 4,
  TVisaApply = 5,
  MoreCases = 6,
  Testifies = 7,
  Alike = 8,
}

/** A held victim is found: recognised and protected, or deported as an offender. */
export function handleDetectedVictim(st: SimState, id: number, source: DetectionSource): void {
  const a = st.migrants;
  const key = personKey(st, Stream.JusticeDetected, id);
  const employer = getI32(a, id, I32.Employer);
  st.tally.victims_detected++;
  const identified = drawAt(key, DetectedDraw.Identified) < identificationProbability(st, source);
  if (getU8(a, id, U8.State) === MigrantState.ExploitedMexico) {
    handleMexicanVictim(st, id, identified, employer, key);
    return;
  }
  leaveEmployer(st, id);
  if (!identified) {
    st.tally.victims_deported_unidentified++;
    record(st, id, { kind: 'not_recognised' });
    deport(st, id);
    return;
  }
  st.tally.victims_identified++;
  voidDebt(st, id);
  const cooperating = decideToCooperate(st, id, drawAt(key, DetectedDraw.NgoContact), drawAt(key, DetectedDraw.Cooperate));
  if (cooperating) st.tally.victims_cooperating++;
  record(st, id, { kind: 'identified', cooperating });
  if (employer >= 0 && (cooperating || drawAt(key, DetectedDraw.CaseWithoutWitness) < K.CASE_WITHOUT_WITNESS.value))
    openCasesFromVictim(st, 'us', employer, cooperating ? 1 : 0, key);
  const outfit = getI32(a, id, I32.Smuggler);
  if (outfit >= 0 && st.outfits[outfit].active && st.outfits[outfit].exploitative && cooperating) openCase(st, 'us', 'outfit', outfit, 1);
  setU8(a, id, U8.Form, Form.None);
  protectOrRemove(st, id, cooperating, key);
}

/** An identified victim's status: continued presence for witnesses while the year's grants last,
 *  a T-visa application if eligible, otherwise removal. */
function protectOrRemove(st: SimState, id: number, cooperating: boolean, key: number): void {
  const p = st.params;
  const continuedPresence = cooperating && grantContinuedPresence(st, drawAt(key, DetectedDraw.ContinuedPresence));
  const eligible = cooperating || !p['protection.cooperationRequired'] || getU8(st.migrants, id, U8.Minor) === 1;
  if (eligible && drawAt(key, DetectedDraw.TVisaApply) < K.TVISA_APPLY.value) {
    st.applications.set(id, cooperating);
    moveTo(st, id, MigrantState.Protected);
    scheduleWake(st, id, p['protection.tVisaProcessingMonths']);
    record(st, id, { kind: 't_visa_applied', continuedPresence });
  } else if (continuedPresence) {
    moveTo(st, id, MigrantState.JobSeeking);
    record(st, id, { kind: 'continued_presence' });
  } else {
    record(st, id, { kind: 'removed_despite_identified' });
    deport(st, id);
  }
}

/** Uses one of this year's continued-presence grants (a count of persons), if any are left (`u` decides a last partial grant). */
function grantContinuedPresence(st: SimState, u: number): boolean {
  const left = st.continuedPresenceLeft;
  if (left <= 0 || (left < st.scale && u >= left / st.scale)) return false;
  st.continuedPresenceLeft = Math.max(0, left - st.scale);
  st.tally.continued_presence_granted++;
  return true;
}

function handleMexicanVictim(st: SimState, id: number, identified: boolean, venue: number, key: number): void {
  const a = st.migrants;
  leaveEmployer(st, id);
  setU8(a, id, U8.Form, Form.None);
  if (identified) {
    st.tally.victims_identified++;
    const testifies = drawAt(key, DetectedDraw.Testifies) < K.COOPERATION_MEXICO.value;
    if (testifies) st.tally.victims_cooperating++;
    if (venue >= 0) openCasesFromVictim(st, 'mexico', venue, testifies ? 1 : 0, key);
    record(st, id, { kind: 'identified_in_mexico' });
  } else {
    record(st, id, { kind: 'not_recognised_in_mexico' });
  }
  if (getU8(a, id, U8.Origin) === Origin.BorderCityResident) exitMigrant(st, id, Exit.LocalReleased);
  else moveTo(st, id, MigrantState.Waiting);
}

/** Draws of a deportation, by purpose. */
const enum DeportDraw {
  Retry = 0,
  Months = 1,
}

/** Removes a person from the U.S. (counted as a deportation); some will try again. */
export function deport(st: SimState, id: number): void {
  const key = personKey(st, Stream.JusticeDeport, id);
  st.tally.deportations++;
  leaveEmployer(st, id);
  if (drawAt(key, DeportDraw.Retry) < K.DEPORTED_RETRY.value) {
    moveTo(st, id, MigrantState.AtHome);
    scheduleWake(
      st,
      id,
      K.DEPORTED_WAIT_MIN_MONTHS.value + Math.floor(drawAt(key, DeportDraw.Months) * K.DEPORTED_WAIT_SPREAD_MONTHS.value),
    );
  } else {
    exitMigrant(st, id, Exit.Deported);
  }
}

/** Cases from an identified victim. The agent stands for `scale` people, held by about
 *  scale / VICTIMS_PER_CASE businesses like its own: one case against its own employer, the others
 *  against businesses of the same kind, so cases do not thin out as the migrants' scale coarsens. */
function openCasesFromVictim(st: SimState, court: Court, employer: number, witnesses: number, key: number): void {
  openCase(st, court, 'employer', employer, witnesses);
  const alike = similarOffenders(st, employer);
  const more = roundStochastic(drawsFrom(key, DetectedDraw.MoreCases), st.scale / K.VICTIMS_PER_CASE.value) - 1;
  // Each further business is picked by its own priority for this victim, so the picks do not depend on list order.
  for (let i = 0; i < more && alike.length > 0; i++)
    openCase(st, court, 'employer', pickLowest(subKey(key, DetectedDraw.Alike + i), alike), witnesses);
}

/** Open businesses of the same kind as e: venues in its market, or coercive workplaces. */
function similarOffenders(st: SimState, e: number): number[] {
  const sector = st.employers.sector[e];
  if (sector === Sector.SexUs) return st.employers.sexUs;
  if (sector === Sector.SexMexico) return st.employers.sexMexico;
  return st.employers.usByType[EmployerType.Coercive];
}

const queueOf = (st: SimState, court: Court) => (court === 'us' ? st.cases : st.casesMexico);

/** Queues a case against an identifiable offender, or adds a witness to the open one. Prosecutors
 *  take the cases with the most witnesses first: those are the ones that can be won. */
export function openCase(st: SimState, court: Court, offenderKind: Case['offenderKind'], offender: number, witnesses: number): void {
  const queue = queueOf(st, court);
  const index = queue.findIndex((c) => c.offenderKind === offenderKind && c.offender === offender);
  const existing = index >= 0 ? queue.splice(index, 1)[0] : undefined;
  const total = (existing?.witnesses ?? 0) + witnesses;
  const opened = existing?.opened ?? st.tick;
  const priority = existing?.priority ?? caseDraw(st, court, offenderKind, offender, opened, CaseDraw.Priority);
  // Most witnesses first; among cases with as many, by the case's own priority (not by when it came in).
  const at = queue.findIndex((c) => c.witnesses < total || (c.witnesses === total && c.priority > priority));
  queue.splice(at < 0 ? queue.length : at, 0, { offenderKind, offender, witnesses: total, opened, priority });
}

/** A case's draws, by purpose. */
const enum CaseDraw {
  Priority = 0,
}

/** Draw `k` of the case against `offender` opened in month `opened`: the same case has the same place in the queue
 *  under every policy, whenever prosecutors take it up. */
function caseDraw(st: SimState, court: Court, offenderKind: Case['offenderKind'], offender: number, opened: number, k: CaseDraw): number {
  return uniform(st.crn[Stream.JusticeCourt], opened, caseId(court, offenderKind, offender), k);
}

/** Keys of the courts' trials sit above every case id. */
const TRIAL_KEYS = 2 ** 50;

/** The key of a court's trials this month: the verdict of the month's n-th trial is draw n. Capacity is fixed, so
 *  two policies try about as many cases a month, and trials on the same evidence get the same verdict under both
 *  whichever cases they are (keyed by case, each case a policy brought in place of another drew afresh; docs/CRN.md). */
function trialKey(st: SimState, court: Court): number {
  return entityKey(st, Stream.JusticeCourt, TRIAL_KEYS + (court === 'mexico' ? 1 : 0));
}

/** A case's id: the court, the kind of offender and the offender (employers and outfits keep their ids). */
function caseId(court: Court, offenderKind: Case['offenderKind'], offender: number): number {
  return (offender * 2 + (offenderKind === 'outfit' ? 1 : 0)) * 2 + (court === 'mexico' ? 1 : 0);
}

/** Whether the offender is still in business (closed employers and dismantled outfits cannot be tried here). */
function offenderActive(st: SimState, c: Case): boolean {
  return c.offenderKind === 'employer' ? st.employers.open[c.offender] === 1 : st.outfits[c.offender].active;
}

/** Prosecutors in both countries take cases up to their capacity (in real cases, whatever the
 *  migrants' scale); convictions close employers and venues and dismantle smuggling networks. */
export function prosecuteCases(st: SimState): void {
  const p = st.params;
  st.prosecutionBudget = Math.min(st.prosecutionBudget + p['justice.prosecutionCapacity'] / 12, 1 + p['justice.prosecutionCapacity'] / 12);
  st.prosecutionBudgetMexico = Math.min(
    st.prosecutionBudgetMexico + p['justice.mexicoProsecutionCapacity'] / 12,
    1 + p['justice.mexicoProsecutionCapacity'] / 12,
  );
  st.prosecutionBudget = prosecuteQueue(st, 'us', st.prosecutionBudget);
  st.prosecutionBudgetMexico = prosecuteQueue(st, 'mexico', st.prosecutionBudgetMexico);
}

function prosecuteQueue(st: SimState, court: Court, budget: number): number {
  const queue = queueOf(st, court);
  dropStaleCases(st, queue);
  const verdicts = trialKey(st, court);
  let trials = 0;
  while (budget >= 1 && queue.length > 0) {
    const c = queue.shift()!;
    if (!offenderActive(st, c)) continue;
    budget -= c.witnesses > 0 ? K.PLEA_CASE_COST.value : 1;
    tryCase(st, court, c, drawAt(verdicts, trials++));
  }
  return budget;
}

/** One trial; `u` is the court's draw for it (below the chance of conviction: convicted). */
function tryCase(st: SimState, court: Court, c: Case, u: number): void {
  const r = st.tally;
  const convicted = u < convictionProbability(st, c.witnesses, court);
  r.prosecutions++;
  if (convicted) r.convictions++;
  if (court === 'mexico') {
    r.prosecutions_mexico++;
    if (convicted) r.convictions_mexico++;
  } else {
    r.prosecutions_us++;
    if (convicted) r.convictions_us++;
    if (c.witnesses > 0) {
      r.prosecutions_us_witnessed++;
      if (convicted) r.convictions_us_witnessed++;
    }
  }
  if (convicted) convict(st, c);
}

function dropStaleCases(st: SimState, queue: Case[]): void {
  for (let i = queue.length - 1; i >= 0; i--) {
    if (st.tick - queue[i].opened > K.CASE_SHELF_MONTHS.value || !offenderActive(st, queue[i])) queue.splice(i, 1);
  }
}

/** A conviction closes the employer or venue, or dismantles the outfit, and deters others like it. */
function convict(st: SimState, c: Case): void {
  if (c.offenderKind === 'outfit') {
    st.outfitConvictionsThisMonth++;
    st.outfits[c.offender].active = false;
    return;
  }
  if (isVenue(st, c.offender)) {
    st.venueConvictionsThisMonth[venueMarketOf(st.employers.sector[c.offender] as Sector)]++;
  } else {
    st.employerConvictionsThisMonth++;
  }
  closeEmployer(st, c.offender);
}

/** A pending T-visa decision comes due: granted under the cap, otherwise removal. */
export function decideTVisa(st: SimState, id: number): void {
  st.applications.delete(id);
  const capAgents = st.params['protection.tVisaCap'] / st.scale;
  if (st.tVisasThisYear + 1 <= capAgents + 1e-9 && drawAt(personKey(st, Stream.JusticeTvisa, id), 0) < K.TVISA_APPROVAL.value) {
    st.tVisasThisYear++;
    st.tally.t_visas_granted++;
    exitMigrant(st, id, Exit.TVisa);
    return;
  }
  record(st, id, { kind: 't_visa_denied' });
  deport(st, id);
}
