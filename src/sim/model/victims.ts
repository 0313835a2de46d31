// Victims as persons: counting (a first episode is a new victim, a later one re-trafficking) and
// the decisions a held person makes from their own situation: coming forward and cooperating.
import { CONSTANTS } from './constants';
import { Form, Mode, Origin, MigrantState } from './enums';
import { F32, getF32, getI32, getU8, I32, setU8, U8 } from './record';
import type { SimState } from './state';

/** Tallies a person who has just been taken into trafficking. Returns true for a first episode. */
export function countNewVictim(st: SimState, id: number, form: Form, inMexico: boolean): boolean {
  const a = st.migrants;
  const m = st.tally;
  if (getU8(a, id, U8.Trafficked)) {
    m.victims_retrafficked++;
    return false;
  }
  setU8(a, id, U8.Trafficked, 1);
  if (form === Form.Sexual) m.victims_new_sexual++;
  else m.victims_new_labor++;
  m.victims_new_total++;
  if (getU8(a, id, U8.Minor)) m.victims_new_minor++;
  if (inMexico) m.victims_new_mexico++;
  else m.victims_new_us++;
  if (getU8(a, id, U8.Origin) === Origin.BorderCityResident) m.victims_new_residents++;
  else if (!inMexico && isIrregularEntrant(st, id)) m.victims_new_entrants++;
  return true;
}

/** Whether a person in the U.S. got there by an irregular crossing during the run (not with a
 *  visa, and not part of the population already settled when the run started). */
function isIrregularEntrant(st: SimState, id: number): boolean {
  const mode = getU8(st.migrants, id, U8.Mode) as Mode;
  return mode === Mode.Alone || mode === Mode.Guide || mode === Mode.Professional;
}

/** Marks a person already held when the run starts, so a later episode counts as re-trafficking. */
export function markAlreadyTrafficked(st: SimState, id: number): void {
  setU8(st.migrants, id, U8.Trafficked, 1);
}

// ---- A held person's own decisions: getting away, coming forward, assisting investigators ----

const K = CONSTANTS;

/** Monthly chance a held person is let go or gets away, by the form of exploitation. */
export function releaseProbability(st: SimState, id: number): number {
  return getU8(st.migrants, id, U8.Form) === Form.Sexual ? K.RELEASE_SEXUAL.value : K.RELEASE_LABOR.value;
}

/** Fear of deportation (0-1): worksite arrests one has heard of, and arrests seen at one's own workplace. */
export function deportationFear(st: SimState, id: number): number {
  const arrestsPerYear = st.recentWorkerArrests.reduce((a, b) => a + b, 0);
  const unauthorized = Math.max(1, unauthorizedAgents(st) * st.scale);
  const heard = Math.min(1, (K.HEARD_RAID_FEAR.value * arrestsPerYear) / unauthorized);
  const e = getI32(st.migrants, id, I32.Employer);
  const raided = e >= 0 && st.tick - st.employers.workerRaidTick[e] < 12;
  return Math.max(heard, raided ? K.SEEN_RAID_FEAR.value : 0);
}

function unauthorizedAgents(st: SimState): number {
  const c = st.stateCounts;
  return (
    c[MigrantState.JobSeeking] +
    c[MigrantState.Working] +
    c[MigrantState.ExploitedUsLabor] +
    c[MigrantState.ExploitedUsSex] +
    c[MigrantState.Protected]
  );
}

/** What an identified victim can count on: the chance of being allowed to stay if they cooperate
 *  and if they do not (continued presence goes to witnesses while the year's grants last; a
 *  T-visa needs cooperation from adults when the policy requires it). */
export function protectionOnOffer(st: SimState, id: number): { ifCooperating: number; ifNot: number } {
  const p = st.params;
  const capLeft = p['protection.tVisaCap'] > st.tVisasThisYear * st.scale ? 1 : 0;
  const tVisa = capLeft * K.TVISA_APPLY.value * K.TVISA_APPROVAL.value;
  const continuedPresence = st.continuedPresenceLeft > 0 ? 1 : 0;
  const exempt = !p['protection.cooperationRequired'] || getU8(st.migrants, id, U8.Minor) === 1;
  const ifCooperating = 1 - (1 - tVisa) * (1 - continuedPresence);
  return { ifCooperating, ifNot: exempt ? tVisa : 0 };
}

/** Whether an NGO or hotline reaches this person this month (`u` is their draw). */
function reachedByNgo(st: SimState, u: number): boolean {
  return u < K.NGO_REACH.value * st.params['justice.ngoOutreach'];
}

/** A held person in the U.S. decides whether to come forward this month, from their own situation
 *  (`contactDraw` decides whether an NGO reaches them, `reportDraw` whether they come forward). */
export function decideToReport(st: SimState, id: number, contactDraw: number, reportDraw: number): boolean {
  return reportDraw < reportProbability(st, id, reachedByNgo(st, contactDraw));
}

/** Monthly chance a held person comes forward: debt still owed, age, time held, fear of
 *  deportation, NGO contact, and the protection they know is on offer. */
export function reportProbability(st: SimState, id: number, contact: boolean): number {
  const a = st.migrants;
  const offer = protectionOnOffer(st, id);
  const cooperation = cooperationProbability(st, id, contact);
  // The chance of being allowed to stay if they come forward, as far as they know of it.
  const known = contact ? 1 : K.PUBLIC_AWARENESS.value;
  const stay = known * (cooperation * offer.ifCooperating + (1 - cooperation) * offer.ifNot);
  const monthsHeld = Math.min(K.TIME_HELD_REPORT_MONTHS.value, st.tick - getI32(a, id, I32.Since));
  return (
    K.REPORT_BASE.value *
    (contact ? K.NGO_CONTACT_REPORT.value : 1) *
    (1 + (K.PROTECTION_REPORT.value - 1) * st.params['protection.cooperationResponse'] * stay) *
    (1 - K.FEAR_REPORT.value * deportationFear(st, id) * (1 - stay)) *
    (1 - K.DEBT_SILENCE.value * Math.min(1, getF32(a, id, F32.Debt) / K.DEBT_SILENCE_USD.value)) *
    (getU8(a, id, U8.Minor) ? K.MINOR_REPORT.value : 1) *
    (1 + (K.TIME_HELD_REPORT.value * monthsHeld) / 12)
  );
}

/** Chance an identified victim agrees to assist investigators: what cooperating buys (protection
 *  that needs it), how secure they are either way, NGO support, and fear of deportation. */
export function cooperationProbability(st: SimState, id: number, ngoContact: boolean): number {
  const offer = protectionOnOffer(st, id);
  const response = st.params['protection.cooperationResponse'];
  const incentive = Math.max(0, offer.ifCooperating - offer.ifNot);
  const security = offer.ifNot;
  const willing =
    K.COOPERATION_BASE.value +
    response * (K.COOPERATION_INCENTIVE.value * incentive + K.COOPERATION_SECURITY.value * security) +
    (ngoContact ? K.COOPERATION_NGO.value : 0);
  return Math.min(K.COOPERATION_MAX.value, willing * (1 - K.COOPERATION_FEAR.value * deportationFear(st, id) * (1 - security)));
}

/** An identified victim decides whether to cooperate (NGO support more likely where outreach is wide). */
export function decideToCooperate(st: SimState, id: number, contactDraw: number, cooperateDraw: number): boolean {
  return cooperateDraw < cooperationProbability(st, id, reachedByNgo(st, contactDraw));
}
