// Migrants' journeys: who considers leaving each month and who decides to go (wage gap, poverty,
// contacts, expected cost and risk, a legal pathway); crossing the border (mode, corridor, the
// patrol, death); retrying after apprehension or giving up; work in the U.S. and going home
// (circular migration). People who are working or at home sleep until a scheduled wake-up.
import { drawMonthsUntil, drawPoisson } from '../engine/rng';
import { drawAt, drawKey } from '../engine/crn';
import { countDraws, drawsFrom, personKey, pickUsEmployer, subKey } from './draws';
import { logistic, logit } from '../engine/math';
import type { CounterName } from '../metrics';
import { CONSTANTS } from './constants';
import { Corridor, EmployerType, Exit, MIGRANT_STATES, Mode, MODES, Origin, Plan, MigrantState, tabulate, Tie } from './enums';
import { F32, getF32, getI32, getU8, I32, setF32, setI32, setU8, U8 } from './record';
import { Stream } from './streams';
import type { SimState, StayTerms } from './state';
import { Review, reviewStay } from './outflows';
import {
  exitMigrant,
  isInUs,
  isTracked,
  moveTo,
  personIdFor,
  PersonSource,
  record,
  scheduleWake,
  settleDebt,
  spawnMigrant,
  type NewMigrant,
} from './population';
import { chargeApprehension, chargeAttempt, hireSmuggler } from './smugglers';
import { sellClient } from './sale';
import { networkSaleRisk } from './reputation';
import { RETURN_HAZARD, hireFreely, monthsToRepay, scheduleWorkerWake } from './employers';
import { expectedEarnings, type JobProspects } from './conditions';

const K = CONSTANTS;

/** Draws of a candidate, by purpose (fixed indices: no branch shifts a later one). */
const enum CandidateDraw {
  Origin = 0,
  Female = 1,
  Minor = 2,
  Poor = 3,
  Network = 4,
  Savings = 5,
  Risk = 6,
  Plan = 7,
  Motivation = 8,
  Visa = 9,
  Age = 10,
  FamilyHome = 11,
}

/** Draws this month's people who consider leaving and lets each decide. The count depends on context and
 *  on the news of U.S. jobs; the i-th candidate of a month is the same person (same pid, same draws) under
 *  every policy, so a policy that changes the count changes who is added or left out, not who the others are. */
export function considerMigration(st: SimState): void {
  const p = st.params;
  const poverty = p['context.povertyRate'];
  const expected = candidatesPerMonth(st);
  const candidates = drawPoisson(countDraws(st, Stream.MigrationCandidates), expected);
  // The share followed depends on context, not on policy: the same pids are followed under every policy on a seed.
  st.followShare.newcomers = expected > 0 ? Math.min(1, st.followedPerMonth / expected) : 0;
  const traits = st.crnMonth[Stream.MigrationCandidate];
  const caShare = p['context.centralAmericanShare'];
  const womenShare = p['context.womenShare'];
  const minorShare = p['context.minorShare'];
  st.visaBudget += p['pathways.workVisasPerYear'] / 12 / st.scale;
  const contacts = contactShares(st);
  // One candidate record for the month, overwritten for each person (no allocation per candidate).
  const c: Candidate = {
    state: MigrantState.Waiting,
    origin: Origin.Mexico,
    female: false,
    minor: false,
    network: false,
    plan: Plan.Settler,
    savings: 0,
    riskAversion: 0,
    poor: false,
    age: 0,
    ties: 0,
  };
  for (let i = 0; i < candidates; i++) {
    const pid = personIdFor(st, PersonSource.Candidate, i);
    const key = drawKey(traits, pid);
    c.origin = drawAt(key, CandidateDraw.Origin) < caShare ? Origin.CentralAmerica : Origin.Mexico;
    c.female = drawAt(key, CandidateDraw.Female) < womenShare;
    c.minor = drawAt(key, CandidateDraw.Minor) < minorShare;
    c.poor = drawAt(key, CandidateDraw.Poor) < poverty;
    c.network = drawAt(key, CandidateDraw.Network) < contacts[c.origin === Origin.Mexico ? Origin.Mexico : Origin.CentralAmerica];
    c.savings =
      (c.poor ? K.SAVINGS_MEAN_POOR.value : K.SAVINGS_MEAN_OTHER.value) *
      -Math.log(1 - drawAt(key, CandidateDraw.Savings) * K.SAVINGS_DRAW_CAP.value);
    c.riskAversion = drawAt(key, CandidateDraw.Risk);
    describeFamily(c, drawAt(key, CandidateDraw.Plan), drawAt(key, CandidateDraw.FamilyHome), drawAt(key, CandidateDraw.Age));
    decideToMigrate(st, c, drawAt(key, CandidateDraw.Motivation), drawAt(key, CandidateDraw.Visa), pid);
  }
  st.visaBudget = Math.min(st.visaBudget, 1 + p['pathways.workVisasPerYear'] / 12 / st.scale);
}

/** A candidate's family and age, and the plan that follows: someone whose partner is already in the U.S. sets out to
 *  join them and stay; everyone else sets out planning to go home (settling is decided later, in the U.S.). */
function describeFamily(c: Candidate, uJoining: number, uHome: number, uAge: number): void {
  const joining = c.network && !c.minor && uJoining < K.JOINING_FAMILY_SHARE.value;
  c.ties = (joining ? Tie.PartnerHere : 0) | (!joining && uHome < K.FAMILY_AT_HOME_SHARE.value ? Tie.FamilyAtHome : 0);
  c.plan = joining ? Plan.Settler : Plan.Sojourner;
  c.age = c.minor ? K.MINOR_AGE_MIN.value + Math.floor(uAge * (K.ARRIVAL_AGE_MIN.value - K.MINOR_AGE_MIN.value)) : arrivalAge(uAge);
}

/** An adult newcomer's age: ARRIVAL_AGE_MIN plus an exponential spread, at most 60. */
export function arrivalAge(u: number): number {
  return Math.min(K.ARRIVAL_AGE_MAX.value, K.ARRIVAL_AGE_MIN.value + Math.floor(-K.ARRIVAL_AGE_SPREAD.value * Math.log(1 - u)));
}

/** Expected people (agents) who consider leaving this month: poverty, and the earnings ratio people at
 *  home hear of (jobs and wages in the U.S., through the news: a downturn or employers turning the
 *  unauthorized away reach them months later). */
export function candidatesPerMonth(st: SimState): number {
  const p = st.params;
  const pull =
    Math.pow(p['context.povertyRate'] / K.REFERENCE_POVERTY.value, K.POVERTY_PULL.value) *
    Math.pow(expectedEarningsRatio(st) / K.REFERENCE_WAGE_GAP.value, K.WAGE_GAP_PULL.value);
  return (K.CONSIDERING_PER_MONTH.value * pull) / st.scale;
}

/** The earnings ratio people at home weigh: what the news says a migrant can expect to earn in the U.S.
 *  (the wage times the share of a stay in work) over earnings at home (context.wageGap is the ratio of wages). */
export function expectedEarningsRatio(st: SimState): number {
  const p = st.params;
  return (p['context.wageGap'] * expectedEarnings(st.knownJobs)) / p['behaviour.usMonthlyEarningsUsd'];
}

const US_STATES = MIGRANT_STATES.filter(isInUs);

/** People living in the origin regions (2000 censuses). */
const ORIGIN_POPULATION = {
  [Origin.Mexico]: K.ORIGIN_POPULATION_MEXICO.value,
  [Origin.CentralAmerica]: K.ORIGIN_POPULATION_CENTRAL_AMERICA.value,
};

/** Share of prospective migrants from each origin with contacts in the U.S.: each migrant there is a
 *  contact for `behaviour.contactsPerMigrant` people at home, so migration builds on itself
 *  (cumulative causation). The stock is split by the Central American share of newcomers. */
function contactShares(st: SimState): Record<Origin.Mexico | Origin.CentralAmerica, number> {
  let inUs = 0;
  for (const s of US_STATES) inUs += st.stateCounts[s] * st.scale;
  const ties = st.params['behaviour.contactsPerMigrant'];
  const ca = st.params['context.centralAmericanShare'];
  const share = (stock: number, population: number) => 1 - Math.exp((-ties * stock) / population);
  return {
    [Origin.Mexico]: share(inUs * (1 - ca), ORIGIN_POPULATION[Origin.Mexico]),
    [Origin.CentralAmerica]: share(inUs * ca, ORIGIN_POPULATION[Origin.CentralAmerica]),
  };
}

/** What the decision to leave depends on. */
type DepartureTraits = Pick<Candidate, 'plan' | 'riskAversion' | 'savings' | 'network' | 'minor' | 'poor'>;

/** Someone weighing departure: the traits a new person is spawned with, the state they would enter, and poverty. */
interface Candidate extends NewMigrant {
  poor: boolean;
}

/** Job prospects as a potential migrant hears of them: contacts in the U.S. report this month's;
 *  others know what the news has carried (smoothed, months late). */
export function jobProspects(st: SimState, contacts: boolean): JobProspects {
  return contacts ? st.cond.jobs : st.knownJobs;
}

/** What getting to the U.S. is worth to a migrant with this plan, USD: expected earnings (the wage times
 *  the share of the stay in work) less what they would earn at home, over the months they expect to stay
 *  (discounted, until they go home or are caught in a worksite operation), less the cost of removal. */
export function stayValue(st: SimState, plan: number, jobs: JobProspects = st.cond.jobs): number {
  const p = st.params;
  const c = st.cond;
  const home = p['behaviour.usMonthlyEarningsUsd'] / p['context.wageGap'];
  const gain = expectedEarnings(jobs) - home;
  const rate = p['behaviour.monthlyDiscountRate'];
  const months = 1 / (rate + RETURN_HAZARD[plan as Plan] + c.workerArrestHazard);
  return gain * months - c.workerArrestHazard * months * p['behaviour.removalCostUsd'];
}

/** The apprehension odds a migrant expects with a mode: what recent crossers report, and for
 *  someone who has already been caught going alone, their own experience. */
function expectedApprehension(st: SimState, mode: Mode, ownFailures: number): number {
  const heard = st.knownApprehension[mode];
  const hearsay = st.params['behaviour.hearsayWeight'];
  return mode === Mode.Alone ? (heard * hearsay + ownFailures) / (hearsay + ownFailures) : heard;
}

/** Death risk per attempt on the corridor the mode would mostly use (the one where fewer are caught). */
function deathRisk(st: SimState, mode: Mode): number {
  const c = st.cond;
  return c.death[mode][c.apprehension[mode][Corridor.Urban] < c.apprehension[mode][Corridor.Remote] ? Corridor.Urban : Corridor.Remote];
}

/** Net value in USD of setting out with a mode, for this migrant: the chance of eventually getting
 *  across times what the stay is worth, less the fee, the months and money lost to apprehensions,
 *  the risk of death weighted by their risk aversion, and with a network the risk they have heard of
 *  being sold (`saleRisk`), which would cost them the stay. */
export function crossingValue(st: SimState, mode: Mode, stay: number, riskAversion: number, ownFailures: number, saleRisk = 0): number {
  const caught = expectedApprehension(st, mode, ownFailures);
  const death = deathRisk(st, mode);
  const retry = st.params['behaviour.retryProbability'];
  const persistence = mode === Mode.Alone ? retry : retry + K.RETRY_PAID.value;
  const again = caught * persistence;
  const attempts = 1 / (1 - again);
  const success = (1 - caught) * (1 - death) * attempts;
  const p = st.params;
  const monthLost = p['behaviour.usMonthlyEarningsUsd'];
  const perApprehension = p['behaviour.apprehensionCostUsd'] + p['border.formalRemovalShare'] * p['behaviour.removalCostUsd'] + monthLost;
  const fee = mode === Mode.Alone ? 0 : st.cond.fee[mode];
  const sold = mode === Mode.Professional ? saleRisk * stay : 0;
  return success * stay - fee - (attempts - 1) * perApprehension - attempts * death * p['behaviour.lifeValueUsd'] * riskAversion - sold;
}

/** The risk of being sold this migrant has heard of for networks, if hiring one would leave them owing it. */
function heardSaleRisk(st: SimState, id: number): number {
  const owes = getF32(st.migrants, id, F32.Savings) * K.NETWORK_UPFRONT_SHARE.value < st.cond.fee[Mode.Professional];
  return networkSaleRisk(st, id, owes);
}

/** What a migrant's stay in the U.S. is worth to them, on the job prospects they hear of. */
function ownStayValue(st: SimState, id: number): number {
  const a = st.migrants;
  return stayValue(st, getU8(a, id, U8.Plan), jobProspects(st, getU8(a, id, U8.Network) === 1));
}

/** What a migrant can pay for a guide: savings, and family in the U.S. who pay on arrival. A guide wants most of the fee up front; professionals lend. */
function canAffordGuide(st: SimState, savings: number, network: boolean): boolean {
  return savings + (network ? st.params['behaviour.familyHelpUsd'] : 0) >= K.GUIDE_UPFRONT_SHARE.value * st.cond.fee[Mode.Guide];
}

/** Chooses how to cross (alone, a community guide, a professional network) by each option's net value
 *  for this migrant, with unobserved tastes; those who have paid already only reconsider going alone. */
export function chooseCrossingMode(st: SimState, id: number, u: number): Mode {
  const a = st.migrants;
  const stay = stayValue(st, getU8(a, id, U8.Plan), jobProspects(st, getU8(a, id, U8.Network) === 1));
  const failures = getU8(a, id, U8.Mode) === Mode.Alone ? getU8(a, id, U8.Attempts) : 0;
  const scale = st.params['behaviour.choiceScaleUsd'];
  const risk = getF32(a, id, F32.RiskAversion);
  const best = crossingValue(st, Mode.Alone, stay, risk, failures) / scale;
  const alone = 1;
  const guide = canAffordGuide(st, getF32(a, id, F32.Savings), getU8(a, id, U8.Network) === 1)
    ? Math.exp(crossingValue(st, Mode.Guide, stay, risk, failures) / scale - best)
    : 0;
  const professional = Math.exp(crossingValue(st, Mode.Professional, stay, risk, failures, heardSaleRisk(st, id)) / scale - best);
  const draw = u * (alone + guide + professional);
  if (draw < alone) return Mode.Alone;
  return draw < alone + guide ? Mode.Guide : Mode.Professional;
}

/** Probability a candidate sets out irregularly: the net value of the best way across open to them
 *  (the lure of jobs and earnings, less crossing cost and risk), contacts, poverty and age. */
export function departureProbability(st: SimState, c: DepartureTraits): number {
  const best = bestCrossingValue(st, stayValue(st, c.plan, jobProspects(st, c.network)), c.riskAversion, c.savings, c.network);
  const minorPenalty = c.minor ? K.MINOR_LURE.value : 0;
  const lure = st.params['behaviour.lureWeight'] * Math.log(Math.max(K.LURE_FLOOR_USD.value, best) / K.LURE_REFERENCE_USD.value);
  return logistic(K.LURE_BASE.value + lure + (c.network ? K.CONTACTS_LURE.value : 0) + (c.poor ? K.POVERTY_LURE.value : 0) + minorPenalty);
}

/** Net value of the best way across open to someone setting out (a guide only if they can pay one). */
function bestCrossingValue(st: SimState, stay: number, riskAversion: number, savings: number, network: boolean): number {
  const best = Math.max(crossingValue(st, Mode.Alone, stay, riskAversion, 0), crossingValue(st, Mode.Professional, stay, riskAversion, 0));
  return canAffordGuide(st, savings, network) ? Math.max(best, crossingValue(st, Mode.Guide, stay, riskAversion, 0)) : best;
}

/** Works out this month's stay terms (after the conditions). */
export function stayTerms(st: SimState): StayTerms {
  const p = st.params;
  const earningsRatio = (p['context.wageGap'] * expectedEarnings(st.cond.jobs)) / p['behaviour.usMonthlyEarningsUsd'];
  const line = (mode: Mode, stay: number): [number, number] => {
    const none = crossingValue(st, mode, stay, 0, 0);
    return [none, none - crossingValue(st, mode, stay, 1, 0)];
  };
  const forPlan = (plan: Plan) => {
    const stay = stayValue(st, plan);
    return { alone: line(Mode.Alone, stay), guide: line(Mode.Guide, stay), professional: line(Mode.Professional, stay) };
  };
  return {
    earningsRatio,
    stay: { [Plan.Settler]: stayValue(st, Plan.Settler), [Plan.Sojourner]: stayValue(st, Plan.Sojourner) },
    back: { [Plan.Settler]: forPlan(Plan.Settler), [Plan.Sojourner]: forPlan(Plan.Sojourner) },
  };
}

/** Each crossing mode's counters of attempts and apprehensions (this month's tally). */
const MODE_COUNTERS = {
  [Mode.Alone]: { attempts: 'attempts_alone', caught: 'apprehensions_alone' },
  [Mode.Guide]: { attempts: 'attempts_guide', caught: 'apprehensions_guide' },
  [Mode.Professional]: { attempts: 'attempts_professional', caught: 'apprehensions_professional' },
} as const satisfies Record<CrossingMode, { attempts: CounterName; caught: CounterName }>;
type CrossingMode = Mode.Alone | Mode.Guide | Mode.Professional;

/** Updates what people know about each mode's apprehension odds from last month's crossings (before the
 *  tally is reset), weighted by how many crossed that way, and about work in the U.S. from last month's
 *  job prospects. */
export function spreadNews(st: SimState): void {
  const weight = st.params['behaviour.newsWeight'];
  for (const mode of CROSSING_MODES) {
    const tried = st.tally[MODE_COUNTERS[mode].attempts];
    if (tried === 0) continue;
    const people = tried * st.scale;
    const evidence = (weight * people) / (people + K.NEWS_SAMPLE_PEOPLE.value);
    st.knownApprehension[mode] += evidence * (st.tally[MODE_COUNTERS[mode].caught] / tried - st.knownApprehension[mode]);
  }
  const known = st.knownJobs;
  known.finding += weight * (st.cond.jobs.finding - known.finding);
  known.wage += weight * (st.cond.jobs.wage - known.wage);
}

/** What people know before anyone has crossed: the odds on each mode's better corridor. */
export function initialKnowledge(st: SimState): Record<Mode, number> {
  return tabulate(MODES, (mode) => Math.min(st.cond.apprehension[mode][Corridor.Urban], st.cond.apprehension[mode][Corridor.Remote]));
}

const CROSSING_MODES: readonly CrossingMode[] = [Mode.Alone, Mode.Guide, Mode.Professional];

function decideToMigrate(st: SimState, c: Candidate, motivation: number, visaDraw: number, pid: number): void {
  const goesIrregular = motivation < departureProbability(st, c);
  // Visas go to people set on migrating (employers recruit them); Central Americans have fewer consulates and programmes.
  const wantsVisa =
    goesIrregular &&
    !c.minor &&
    visaDraw < (c.origin === Origin.Mexico ? K.VISA_SEEKERS_MEXICO.value : K.VISA_SEEKERS_CENTRAL_AMERICA.value);
  if (wantsVisa && st.visaBudget >= 1) {
    st.visaBudget -= 1;
    c.state = MigrantState.Waiting;
    startLegalWork(st, spawnMigrant(st, c, pid));
    return;
  }
  if (!goesIrregular) return;
  c.state = c.origin === Origin.CentralAmerica ? MigrantState.Transit : MigrantState.Waiting;
  const id = spawnMigrant(st, c, pid);
  if (isTracked(st, id)) record(st, id, { kind: 'left_home', origin: c.origin });
}

/** Draws of a visa worker's start, by purpose. */
const enum VisaDraw {
  Months = 0,
  Employer = 1,
}

function startLegalWork(st: SimState, id: number): void {
  const key = personKey(st, Stream.MigrationVisa, id);
  const e = pickUsEmployer(st, subKey(key, VisaDraw.Employer), EmployerType.Compliant);
  st.tally.legal_entries++;
  if (e < 0) return exitMigrant(st, id, Exit.Returned);
  setU8(st.migrants, id, U8.Mode, Mode.Visa);
  hireFreely(st, id, e);
  moveTo(st, id, MigrantState.LegalWorker);
  record(st, id, { kind: 'visa_entry' });
  scheduleWake(st, id, K.VISA_STAY_MIN_MONTHS.value + Math.floor(drawAt(key, VisaDraw.Months) * K.VISA_STAY_SPREAD_MONTHS.value));
}

/** Probability that someone apprehended tries again rather than going home (those who paid a smuggler
 *  have retries included in the fee); it wanes after many tries, and falls with what trying again is
 *  worth to them (retryDeterrence). */
function retryProbability(st: SimState, id: number): number {
  const a = st.migrants;
  const paid = getU8(a, id, U8.Mode) === Mode.Professional || getU8(a, id, U8.Mode) === Mode.Guide ? K.RETRY_PAID.value : 0;
  const waning = K.RETRY_DECLINE.value * Math.max(0, getU8(a, id, U8.Attempts) - K.RETRY_FREE_ATTEMPTS.value);
  const persistence = Math.max(K.RETRY_FLOOR.value, st.params['behaviour.retryProbability'] + paid - waning);
  return logistic(logit(persistence) + retryDeterrence(st, id));
}

/** How the net value of trying again moves the log-odds of retrying: the same weight on the log of what
 *  migrating is worth as in the decision to leave (behaviour.lureWeight), against RETRY_REFERENCE_USD, the
 *  value at which behaviour.retryProbability applies. The value counts what a further apprehension costs
 *  (the month lost, the apprehension, the chance of formal removal and its cost), the odds of being caught,
 *  the fee and the risk, and what the stay is worth on the earnings they expect: harsher consequences, better
 *  odds for the patrol or worse news of jobs make more of those caught give up. */
export function retryDeterrence(st: SimState, id: number): number {
  const a = st.migrants;
  const mode = getU8(a, id, U8.Mode) as Mode;
  const plan = getU8(a, id, U8.Plan);
  const stay = stayValue(st, plan, jobProspects(st, getU8(a, id, U8.Network) === 1));
  const failures = mode === Mode.Alone ? getU8(a, id, U8.Attempts) : 0;
  // The fee of a smuggler already hired is spent (retries are included in it).
  const value = crossingValue(st, mode, stay, getF32(a, id, F32.RiskAversion), failures) + st.cond.fee[mode];
  return st.params['behaviour.lureWeight'] * Math.log(Math.max(K.LURE_FLOOR_USD.value, value) / K.RETRY_REFERENCE_USD.value);
}

/** Draws of a month at the border, by purpose (fixed indices: no branch shifts a later one). */
const enum CrossingDraw {
  Retry = 0,
  Mode = 1,
  Corridor = 2,
  Death = 3,
  Apprehension = 4,
  Bribe = 5,
  Removal = 6,
  Home = 7,
  HomeMonths = 8,
}

/** A person at the border tries to cross this month: or, after failing, decides whether to try again. */
export function attemptCrossing(st: SimState, id: number): void {
  const a = st.migrants;
  const key = personKey(st, Stream.CrossingAttempt, id);
  const m = st.tally;
  if (getU8(a, id, U8.Attempts) > 0 && drawAt(key, CrossingDraw.Retry) >= retryProbability(st, id)) {
    m.returns_home++;
    record(st, id, { kind: 'gave_up_after_apprehension' });
    m.trips_abandoned++;
    return exitMigrant(st, id, Exit.GaveUp);
  }
  if (getU8(a, id, U8.Attempts) === 0) {
    st.tally.departures++;
    const chosen = chooseCrossingMode(st, id, drawAt(key, CrossingDraw.Mode));
    if (chosen !== Mode.Alone) st.tally.departures_with_smuggler++;
    hireSmuggler(st, id, chosen, ownStayValue(st, id));
  } else if (getU8(a, id, U8.Mode) === Mode.Alone) {
    // Those who failed alone may now pay someone.
    const mode = chooseCrossingMode(st, id, drawAt(key, CrossingDraw.Mode));
    if (mode !== Mode.Alone) hireSmuggler(st, id, mode, ownStayValue(st, id));
  }
  const mode = getU8(a, id, U8.Mode) as Mode;
  const corridor = chooseCorridor(st, id, mode, drawAt(key, CrossingDraw.Corridor));
  setU8(a, id, U8.Corridor, corridor);
  if (getU8(a, id, U8.Attempts) < 255) setU8(a, id, U8.Attempts, getU8(a, id, U8.Attempts) + 1);
  m.attempts++;
  if (corridor === Corridor.Remote) st.tally.remote_attempts++;
  if (mode !== Mode.None && mode !== Mode.Visa) st.tally[MODE_COUNTERS[mode].attempts]++;
  chargeAttempt(st, id, corridor === Corridor.Remote);
  if (drawAt(key, CrossingDraw.Death) < st.cond.death[mode][corridor]) {
    m.deaths++;
    return exitMigrant(st, id, Exit.Died);
  }
  if (drawAt(key, CrossingDraw.Apprehension) < st.cond.apprehension[mode][corridor]) {
    chargeApprehension(st, id);
    // A professional network can sometimes buy its way past an officer.
    if (mode === Mode.Professional && drawAt(key, CrossingDraw.Bribe) < K.PROFESSIONAL_BRIBE.value * st.params['corruption.us']) {
      m.bribes++;
    } else {
      if (mode !== Mode.None && mode !== Mode.Visa) st.tally[MODE_COUNTERS[mode].caught]++;
      return apprehend(st, id, key);
    }
  }
  m.entries++;
  if (isTracked(st, id)) record(st, id, { kind: 'crossed', corridor, attempt: getU8(a, id, U8.Attempts) });
  setU8(a, id, U8.Attempts, 0);
  if (!sellClient(st, id)) moveTo(st, id, MigrantState.JobSeeking);
}

function chooseCorridor(st: SimState, id: number, mode: Mode, u: number): Corridor {
  const c = st.cond;
  // Professionals pick routes for their clients and weigh death less than the person walking.
  const deathWeight =
    K.CORRIDOR_DEATH_WEIGHT.value *
    getF32(st.migrants, id, F32.RiskAversion) *
    (mode === Mode.Professional ? K.PROFESSIONAL_DEATH_WEIGHT.value : 1);
  const cost = (k: Corridor) => c.apprehension[mode][k] + deathWeight * c.death[mode][k];
  const diff = cost(Corridor.Urban) - cost(Corridor.Remote);
  return u < logistic(diff * K.CORRIDOR_CHOICE_SLOPE.value) ? Corridor.Remote : Corridor.Urban;
}

function apprehend(st: SimState, id: number, key: number): void {
  const a = st.migrants;
  const m = st.tally;
  m.apprehensions++;
  const removed =
    getU8(a, id, U8.Origin) === Origin.CentralAmerica || drawAt(key, CrossingDraw.Removal) < st.params['border.formalRemovalShare'];
  if (!removed) {
    if (isTracked(st, id)) record(st, id, { kind: 'apprehended', removed: false });
    return;
  }
  m.deportations++;
  record(st, id, { kind: 'apprehended', removed: true });
  settleDebt(st, id);
  if (drawAt(key, CrossingDraw.Home) < logistic(logit(K.REMOVED_RETRY.value) + retryDeterrence(st, id))) {
    moveTo(st, id, MigrantState.AtHome);
    scheduleWake(
      st,
      id,
      K.REMOVED_WAIT_MIN_MONTHS.value + Math.floor(drawAt(key, CrossingDraw.HomeMonths) * K.REMOVED_WAIT_SPREAD_MONTHS.value),
    );
  } else {
    m.trips_abandoned++;
    exitMigrant(st, id, Exit.Deported);
  }
}

/** Draws of a dormant person's wake-up, by purpose. */
const enum WakeDraw {
  Visit = 0,
  Savings = 2,
  Departure = 3,
  AwayMonths = 4,
}

/** A dormant person's scheduled month comes: debts paid, contracts ended, homecomings, new trips. */
export function wake(st: SimState, id: number): void {
  const a = st.migrants;
  const key = personKey(st, Stream.MigrationWake, id);
  switch (getU8(a, id, U8.State) as MigrantState) {
    case MigrantState.Working:
      if (getF32(a, id, F32.Debt) > 0 && st.tick >= getI32(a, id, I32.Since) + monthsToRepay(st, getF32(a, id, F32.Debt))) {
        settleDebt(st, id);
        record(st, id, { kind: 'debt_paid' });
        return scheduleWorkerWake(st, id);
      }
      switch (reviewStay(st, id)) {
        case Review.Left:
          return;
        case Review.Stays:
          return scheduleWorkerWake(st, id);
        default:
          break;
      }
      if (!visitsHome(st, id, drawAt(key, WakeDraw.Visit))) {
        record(st, id, { kind: 'trip_home_put_off' });
        return scheduleWorkerWake(st, id);
      }
      st.tally.returns_home++;
      st.tally.returns_from_us++;
      return goHome(st, id, key);
    case MigrantState.LegalWorker:
      st.tally.returns_home++;
      return goHome(st, id, key);
    case MigrantState.AtHome:
      return setOutAgain(st, id, key);
    default:
      return;
  }
}

/** An unauthorized sojourner who wants a trip home goes only if the visit is worth more to them than
 *  crossing back would cost (the value of the stay lost to fees, apprehensions, failure and risk);
 *  the visit's worth is exponential with mean `behaviour.homeVisitValueUsd`. Dearer crossings lengthen stays. */
function visitsHome(st: SimState, id: number, u: number): boolean {
  const a = st.migrants;
  if (getU8(a, id, U8.Plan) !== Plan.Sojourner) return true;
  return (
    u <
    Math.exp(
      -recrossingCost(st, getU8(a, id, U8.Plan), getF32(a, id, F32.RiskAversion), getF32(a, id, F32.Savings)) /
        st.params['behaviour.homeVisitValueUsd'],
    )
  );
}

/** What having to cross again costs a migrant, USD: the value of a stay already under way less the net value of the best way back across. */
export function recrossingCost(st: SimState, plan: number, riskAversion: number, savings: number): number {
  const stay = stayValue(st, plan);
  return Math.max(0, stay - bestCrossingValue(st, stay, riskAversion, savings, true));
}

/** A sojourner or visa worker goes home for a season; whether they come back is their decision at home (setOutAgain). */
function goHome(st: SimState, id: number, key: number): void {
  // Whatever is still owed is settled from savings or by family before leaving.
  settleDebt(st, id);
  moveTo(st, id, MigrantState.AtHome);
  record(st, id, { kind: 'went_home_for_season' });
  scheduleWake(st, id, drawMonthsUntil(drawsFrom(key, WakeDraw.AwayMonths), 1 / K.SEASON_AT_HOME_MONTHS.value));
}

/** Someone at home after a season decides whether to go north again: as a newcomer would, on the
 *  net value of the best way across (with contacts now); those who decline settle at home for good. */
function setOutAgain(st: SimState, id: number, key: number): void {
  const a = st.migrants;
  setU8(a, id, U8.Attempts, 0);
  setI32(a, id, I32.Smuggler, -1);
  setU8(a, id, U8.Network, 1);
  setF32(
    a,
    id,
    F32.Savings,
    getF32(a, id, F32.Savings) + (K.SAVED_PER_TRIP_MIN_USD.value + K.SAVED_PER_TRIP_SPREAD_USD.value * drawAt(key, WakeDraw.Savings)),
  );
  if (getU8(a, id, U8.Mode) === Mode.Visa && st.visaBudget >= 1) {
    st.visaBudget -= 1;
    return startLegalWork(st, id);
  }
  // Declining is going home for good; the plan to come back is weighed again as a newcomer would (settling is decided in the U.S.).
  const goes =
    drawAt(key, WakeDraw.Departure) <
    departureProbability(st, {
      minor: getU8(a, id, U8.Minor) === 1,
      network: true,
      plan: getU8(a, id, U8.Plan),
      savings: getF32(a, id, F32.Savings),
      riskAversion: getF32(a, id, F32.RiskAversion),
      poor: false,
    });
  if (!goes) return exitMigrant(st, id, Exit.Returned);
  setU8(a, id, U8.Mode, Mode.None);
  moveTo(st, id, getU8(a, id, U8.Origin) === Origin.CentralAmerica ? MigrantState.Transit : MigrantState.Waiting);
  record(st, id, { kind: 'set_out_again' });
}
