// Leaving the unauthorized population, and settling in it. Each unauthorized worker reviews their stay
// from time to time and weighs it (earnings here and at home, family on each side, years stayed, age, what
// coming back across would cost): the same weighing decides whether a sojourner settles and whether a
// settler goes home for good. Deaths (a life table) and adjustment to legal status are events at their
// rates, drawn at the same reviews; ICE removes people from the interior at an input rate.
import { REVIEW_HAZARD } from './employers';
import { drawAt } from '../engine/crn';
import { personKey } from './draws';
import { CONSTANTS } from './constants';
import { exitMigrant, record } from './population';
import { deport } from './justice';
import { Exit, MigrantState, Mode, Plan, Tie } from './enums';
import { F32, getF32, getI32, getU8, I32, setU8, U8 } from './record';
import { Stream } from './streams';
import type { SimState } from './state';

const K = CONSTANTS;

/** Mean months between reviews of a stay, by plan (the wake-ups of employers' scheduleWorkerWake). */
const REVIEW_MONTHS: Record<Plan, number> = {
  [Plan.Settler]: 1 / REVIEW_HAZARD[Plan.Settler],
  [Plan.Sojourner]: 1 / REVIEW_HAZARD[Plan.Sojourner],
};

/** What going home would cost to undo for the person in slot `id`, USD: the value of the stay under way less the
 *  net value of the best way back across (a guide only if savings and family help reach the guide's deposit). */
export function undoCost(st: SimState, id: number): number {
  const a = st.migrants;
  const plan = getU8(a, id, U8.Plan) as Plan;
  const risk = getF32(a, id, F32.RiskAversion);
  const b = st.stayTerms.back[plan];
  let best = Math.max(b.alone[0] - b.alone[1] * risk, b.professional[0] - b.professional[1] * risk);
  if (getF32(a, id, F32.Savings) + st.params['behaviour.familyHelpUsd'] >= K.GUIDE_UPFRONT_SHARE.value * st.cond.fee[Mode.Guide])
    best = Math.max(best, b.guide[0] - b.guide[1] * risk);
  return Math.max(0, st.stayTerms.stay[plan] - best);
}

/** Whole years since the person's last arrival in the U.S. */
export function yearsStayed(st: SimState, id: number): number {
  return Math.max(0, Math.floor((st.tick - getI32(st.migrants, id, I32.Arrived)) / 12));
}

/** The person's age in whole years now. */
export function ageOf(st: SimState, id: number): number {
  return getU8(st.migrants, id, U8.Age) + yearsStayed(st, id);
}

/** The weighing of a stay, in log-odds (higher: more reason to stay): the earnings ratio against the reference gap,
 *  a partner and children here, family waiting at home, years stayed (what one came to earn is saved), age past
 *  RETURN_AGE (going home to retire), and what coming back across would cost if one went. */
export function stayWeight(st: SimState, id: number): number {
  const ties = getU8(st.migrants, id, U8.Ties);
  const here = (ties & Tie.PartnerHere ? 1 : 0) + (ties & Tie.ChildrenHere ? 1 : 0);
  const home = ties & Tie.FamilyAtHome ? 1 : 0;
  const years = Math.min(yearsStayed(st, id), K.STAY_YEARS_CAP.value);
  const age = Math.max(0, ageOf(st, id) - K.RETURN_AGE.value);
  return (
    K.STAY_EARNINGS.value * Math.log(st.stayTerms.earningsRatio / K.REFERENCE_WAGE_GAP.value) +
    K.STAY_FAMILY_HERE.value * here -
    K.STAY_FAMILY_HOME.value * home -
    K.STAY_YEARS.value * years -
    K.STAY_AGE.value * age +
    (K.STAY_UNDO_COST.value * (undoCost(st, id) - K.UNDO_REFERENCE_USD.value)) / K.UNDO_REFERENCE_USD.value
  );
}

/** Chance of going home for good over `months`, at the weighing `weight`: the reference emigration rate scaled by e^-weight. */
export function emigrationProbability(weight: number, months: number): number {
  return 1 - Math.exp((-months / 12) * K.EMIGRATION_RATE.value * Math.exp(-weight));
}

/** Chance a sojourner decides to settle over `months`, at the weighing `weight`: the reference settling rate scaled by e^weight. */
export function settlingProbability(weight: number, months: number): number {
  return 1 - Math.exp((-months / 12) * K.SETTLING_RATE.value * Math.exp(weight));
}

/** Yearly chance of dying at `age`: a Gompertz curve fitted to the U.S. life table. */
export function mortality(age: number): number {
  return Math.min(1, Math.exp(K.MORTALITY_LOG_AT_REFERENCE.value + K.MORTALITY_SLOPE.value * (age - K.MORTALITY_REFERENCE_AGE.value)));
}

/** Yearly chance an unauthorized worker is arrested at home or at work by ICE and removed: interior.removalsPerYear
 *  spread over the unauthorized workers (drawn at reviews, each person on their own keyed draw). */
export function interiorRemovalRate(st: SimState): number {
  const workers = st.stateCounts[MigrantState.Working] * st.scale;
  return workers > 0 ? Math.min(1, st.params['interior.removalsPerYear'] / workers) : 0;
}

/** Yearly chance of adjusting to legal status: family petitions need family here (a partner or children), employer petitions do not. */
export function adjustmentRate(ties: number): number {
  return K.ADJUSTMENT_RATE.value * (ties & (Tie.PartnerHere | Tie.ChildrenHere) ? K.ADJUSTMENT_FAMILY_FACTOR.value : 1);
}

/** Draws of a review of a stay, by purpose (fixed indices: no branch shifts a later one). */
const enum ReviewDraw {
  Death = 0,
  Adjust = 1,
  Partner = 2,
  Children = 3,
  Leave = 4,
  Settle = 5,
  Removal = 6,
}

/** What a review decided. */
export const enum Review {
  Stays,
  Left,
  WantsTrip,
}

/** A free unauthorized worker's review of their stay (at a scheduled wake-up): death and adjustment over the months
 *  since the last review, family formed here, then the weighing: a settler may go home for good; a sojourner may
 *  settle, and otherwise wants a trip home (which the caller weighs against the cost of coming back). */
export function reviewStay(st: SimState, id: number): Review {
  const a = st.migrants;
  const key = personKey(st, Stream.StayReview, id);
  const plan = getU8(a, id, U8.Plan) as Plan;
  const years = REVIEW_MONTHS[plan] / 12;
  if (drawAt(key, ReviewDraw.Death) < 1 - Math.exp(-years * mortality(ageOf(st, id)))) {
    exitMigrant(st, id, Exit.DiedInUs);
    return Review.Left;
  }
  if (drawAt(key, ReviewDraw.Adjust) < 1 - Math.exp(-years * adjustmentRate(getU8(a, id, U8.Ties)))) {
    exitMigrant(st, id, Exit.Adjusted);
    return Review.Left;
  }
  if (drawAt(key, ReviewDraw.Removal) < 1 - Math.exp(-years * interiorRemovalRate(st))) {
    st.tally.interior_removals++;
    record(st, id, { kind: 'interior_arrest' });
    deport(st, id);
    return Review.Left;
  }
  formFamily(st, id, years, drawAt(key, ReviewDraw.Partner), drawAt(key, ReviewDraw.Children));
  const weight = stayWeight(st, id);
  if (plan === Plan.Settler) {
    if (drawAt(key, ReviewDraw.Leave) >= emigrationProbability(weight, REVIEW_MONTHS[plan])) return Review.Stays;
    exitMigrant(st, id, Exit.Returned);
    return Review.Left;
  }
  if (drawAt(key, ReviewDraw.Settle) < settlingProbability(weight, REVIEW_MONTHS[plan])) {
    setU8(a, id, U8.Plan, Plan.Settler);
    st.tally.settlements++;
    record(st, id, { kind: 'settled' });
    return Review.Stays;
  }
  return Review.WantsTrip;
}

/** A partner found here, and children once there is a partner: each at its yearly rate over `years`. */
function formFamily(st: SimState, id: number, years: number, uPartner: number, uChildren: number): void {
  const a = st.migrants;
  let ties = getU8(a, id, U8.Ties);
  if (!(ties & Tie.PartnerHere) && uPartner < 1 - Math.exp(-years * K.PARTNER_RATE.value)) ties |= Tie.PartnerHere;
  else if (ties & Tie.PartnerHere && !(ties & Tie.ChildrenHere) && uChildren < 1 - Math.exp(-years * K.CHILDREN_RATE.value))
    ties |= Tie.ChildrenHere;
  setU8(a, id, U8.Ties, ties);
}
