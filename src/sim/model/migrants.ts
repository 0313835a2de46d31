// Migrants' journeys: who considers leaving each month and who decides to go (wage gap, poverty,
// contacts, expected cost and risk, a legal pathway); crossing the border (mode, corridor, the
// patrol, death); retrying after apprehension or giving up; work in the U.S. and going home
// (circular migration). People who are working or at home sleep until a scheduled wake-up.
import { drawMonthsUntil, drawPoisson, type Rng } from '../engine/rng';
import { logistic } from '../engine/math';
import type { CounterName } from '../metrics';
import { CONSTANTS } from './constants';
import { Corridor, Exit, MIGRANT_STATES, Mode, MODES, Origin, Plan, MigrantState, tabulate, type SimState } from './state';
import { exitMigrant, isInUs, isTracked, moveTo, personIdFor, PersonSource, record, scheduleWake, settleDebt, spawnMigrant, type NewMigrant } from './population';
import { chargeApprehension, chargeAttempt, deliverIndebted, hireSmuggler } from './smugglers';
import { RETURN_HAZARD, hireFreely, monthsToRepay, pickCompliantEmployer, scheduleWorkerWake } from './employers';

/** Real people a month who seriously consider migrating north at the early-2000s baseline (calibrated). */
const CONSIDERING_PER_MONTH = 228000;

/** Draws this month's people who consider leaving and lets each decide. Draws from the population
 *  stream depend only on context, so every policy run on a seed meets the same people. */
export function considerMigration(st: SimState): void {
  const p = st.params;
  const pop = st.rng.population;
  const poverty = p['context.povertyRate'];
  const candidates = drawPoisson(pop, candidatesPerMonth(st));
  const caShare = p['context.centralAmericanShare'];
  const womenShare = p['context.womenShare'];
  const minorShare = p['context.minorShare'];
  st.visaBudget += p['pathways.workVisasPerYear'] / 12 / st.scale;
  const contacts = contactShares(st);
  // One candidate record for the month, overwritten for each person (no allocation per candidate).
  const c: Candidate = { state: MigrantState.Waiting, origin: Origin.Mexico, female: false, minor: false, network: false, plan: Plan.Settler, savings: 0, riskAversion: 0, poor: false };
  for (let i = 0; i < candidates; i++) {
    // A fixed number of draws per candidate keeps the sequence of people identical across policies.
    c.origin = pop() < caShare ? Origin.CentralAmerica : Origin.Mexico;
    c.female = pop() < womenShare;
    c.minor = pop() < minorShare;
    c.poor = pop() < poverty;
    c.network = pop() < contacts[c.origin === Origin.Mexico ? Origin.Mexico : Origin.CentralAmerica];
    c.savings = (c.poor ? 150 : 700) * -Math.log(1 - pop() * 0.999);
    c.riskAversion = pop();
    c.plan = pop() < 0.45 ? Plan.Sojourner : Plan.Settler;
    const motivation = pop();
    const visaDraw = pop();
    decideToMigrate(st, c, motivation, visaDraw, personIdFor(st, PersonSource.Candidate, i));
  }
  st.visaBudget = Math.min(st.visaBudget, 1 + p['pathways.workVisasPerYear'] / 12 / st.scale);
}

/** Expected people (agents) who consider leaving this month: poverty and the wage gap (context, not policy). */
export function candidatesPerMonth(st: SimState): number {
  const pull = Math.pow(st.params['context.povertyRate'] / 0.4, 0.8) * Math.pow(st.params['context.wageGap'] / 8, 0.7);
  return (CONSIDERING_PER_MONTH * pull) / st.scale;
}

const US_STATES = MIGRANT_STATES.filter(isInUs);

/** People living in the origin regions (2000 censuses: Mexico about 98 million; Central America about 36 million). */
const ORIGIN_POPULATION = { [Origin.Mexico]: 100_000_000, [Origin.CentralAmerica]: 36_000_000 };

/** Share of prospective migrants from each origin with contacts in the U.S.: each migrant there is a
 *  contact for `behaviour.contactsPerMigrant` people at home, so migration builds on itself
 *  (cumulative causation). The stock is split by the Central American share of newcomers. */
function contactShares(st: SimState): Record<Origin.Mexico | Origin.CentralAmerica, number> {
  let inUs = 0;
  for (const s of US_STATES) inUs += st.stateCounts[s] * st.scale;
  const ties = st.params['behaviour.contactsPerMigrant'];
  const ca = st.params['context.centralAmericanShare'];
  const share = (stock: number, population: number) => 1 - Math.exp(-ties * stock / population);
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

/** Cost in USD of each apprehension to the person besides the month lost (belongings, bus fares, lodging while waiting). */
const APPREHENSION_COST = 900;
/** Extra cost of being formally removed (sent home, months lost, a record). */
const REMOVAL_COST = 3000;
/** How a person values their own life in the choice, USD (scaled by their risk aversion). */
const DEATH_VALUE = 300000;
/** Spread of unobserved tastes in the choice of how to cross, USD. */
const CHOICE_SCALE = 1200;
/** Reports a migrant's own apprehensions are weighed against (what they heard counts as this many attempts). */
const HEARSAY_WEIGHT = 4;
/** Money family in the U.S. can put towards a guide's fee on arrival (contacts only). */
const FAMILY_HELP = 1500;
/** Weight of the newest month in what people know about apprehension odds (word of mouth from recent crossers). */
const NEWS_WEIGHT = 0.3;

/** What getting to the U.S. is worth to a migrant with this plan, USD: the earnings gain over the
 *  months they expect to work there (discounted, until they go home or are caught in a worksite
 *  operation), less the time it takes to find a job open to the unauthorized and the cost of removal. */
export function stayValue(st: SimState, plan: number): number {
  const p = st.params;
  const c = st.cond;
  const gain = p['behaviour.usMonthlyEarningsUsd'] * (1 - 1 / p['context.wageGap']);
  const rate = p['behaviour.monthlyDiscountRate'];
  const months = 1 / (rate + RETURN_HAZARD[plan as Plan] + c.workerArrestHazard);
  const searching = 1 / Math.max(1e-6, CONSTANTS.HIRE_PROBABILITY.value * c.openJobShare);
  return (gain * months) / (1 + rate * searching) - c.workerArrestHazard * months * REMOVAL_COST;
}

/** The apprehension odds a migrant expects with a mode: what recent crossers report, and for
 *  someone who has already been caught going alone, their own experience. */
function expectedApprehension(st: SimState, mode: Mode, ownFailures: number): number {
  const heard = st.knownApprehension[mode];
  return mode === Mode.Alone ? (heard * HEARSAY_WEIGHT + ownFailures) / (HEARSAY_WEIGHT + ownFailures) : heard;
}

/** Death risk per attempt on the corridor the mode would mostly use (the one where fewer are caught). */
function deathRisk(st: SimState, mode: Mode): number {
  const c = st.cond;
  return c.death[mode][c.apprehension[mode][Corridor.Urban] < c.apprehension[mode][Corridor.Remote] ? Corridor.Urban : Corridor.Remote];
}

/** Net value in USD of setting out with a mode, for this migrant: the chance of eventually getting
 *  across times what the stay is worth, less the fee, the months and money lost to apprehensions,
 *  and the risk of death weighted by their risk aversion. */
export function crossingValue(st: SimState, mode: Mode, stay: number, riskAversion: number, ownFailures: number): number {
  const caught = expectedApprehension(st, mode, ownFailures);
  const death = deathRisk(st, mode);
  const persistence = mode === Mode.Alone ? RETRY_BASE : RETRY_BASE + RETRY_PAID;
  const again = caught * persistence;
  const attempts = 1 / (1 - again);
  const success = (1 - caught) * (1 - death) * attempts;
  const monthLost = st.params['behaviour.usMonthlyEarningsUsd'];
  const perApprehension = APPREHENSION_COST + st.params['border.formalRemovalShare'] * REMOVAL_COST + monthLost;
  const fee = mode === Mode.Alone ? 0 : st.cond.fee[mode];
  return success * stay - fee - (attempts - 1) * perApprehension - attempts * death * DEATH_VALUE * riskAversion;
}

/** What a migrant can pay for a guide: savings, and family in the U.S. who pay on arrival. A guide wants most of the fee up front; professionals lend. */
function canAffordGuide(st: SimState, savings: number, network: boolean): boolean {
  return savings + (network ? FAMILY_HELP : 0) >= 0.6 * st.cond.fee[Mode.Guide];
}

/** Chooses how to cross (alone, a community guide, a professional network) by each option's net value
 *  for this migrant, with unobserved tastes; those who have paid already only reconsider going alone. */
export function chooseCrossingMode(st: SimState, id: number): Mode {
  const a = st.migrants;
  const stay = stayValue(st, a.plan[id]);
  const failures = a.mode[id] === Mode.Alone ? a.attempts[id] : 0;
  const value = (mode: Mode) => crossingValue(st, mode, stay, a.riskAversion[id], failures) / CHOICE_SCALE;
  const best = value(Mode.Alone);
  const alone = 1;
  const guide = canAffordGuide(st, a.savings[id], a.network[id] === 1) ? Math.exp(value(Mode.Guide) - best) : 0;
  const professional = Math.exp(value(Mode.Professional) - best);
  const draw = st.rng.migration() * (alone + guide + professional);
  if (draw < alone) return Mode.Alone;
  return draw < alone + guide ? Mode.Guide : Mode.Professional;
}

/** Weight of the net value of migrating in the decision to leave, per log-unit (assumption). */
const LURE_WEIGHT = 1.2;
/** Log-odds of leaving for someone whose best way across is worth USD 10,000 net, before contacts and poverty (calibrated: apprehensions per year). */
const LURE_BASE = -0.9;

/** Probability a candidate sets out irregularly: the net value of the best way across open to them
 *  (the lure of jobs and earnings, less crossing cost and risk), contacts, poverty and age. */
export function departureProbability(st: SimState, c: DepartureTraits): number {
  const best = bestCrossingValue(st, stayValue(st, c.plan), c.riskAversion, c.savings, c.network);
  const minorPenalty = c.minor ? -0.8 : 0;
  return logistic(LURE_BASE + LURE_WEIGHT * Math.log(Math.max(100, best) / 10000) + (c.network ? 0.6 : 0) + (c.poor ? 0.4 : 0) + minorPenalty);
}

/** Net value of the best way across open to someone setting out (a guide only if they can pay one). */
function bestCrossingValue(st: SimState, stay: number, riskAversion: number, savings: number, network: boolean): number {
  const best = Math.max(crossingValue(st, Mode.Alone, stay, riskAversion, 0), crossingValue(st, Mode.Professional, stay, riskAversion, 0));
  return canAffordGuide(st, savings, network) ? Math.max(best, crossingValue(st, Mode.Guide, stay, riskAversion, 0)) : best;
}

/** Each crossing mode's counters of attempts and apprehensions (this month's tally). */
const MODE_COUNTERS = {
  [Mode.Alone]: { attempts: 'attempts_alone', caught: 'apprehensions_alone' },
  [Mode.Guide]: { attempts: 'attempts_guide', caught: 'apprehensions_guide' },
  [Mode.Professional]: { attempts: 'attempts_professional', caught: 'apprehensions_professional' },
} as const satisfies Record<CrossingMode, { attempts: CounterName; caught: CounterName }>;
type CrossingMode = Mode.Alone | Mode.Guide | Mode.Professional;

/** Updates what people know about each mode's apprehension odds from last month's crossings (before the tally is reset). */
export function spreadNews(st: SimState): void {
  for (const mode of CROSSING_MODES) {
    const tried = st.tally[MODE_COUNTERS[mode].attempts];
    if (tried > 0) st.knownApprehension[mode] += NEWS_WEIGHT * (st.tally[MODE_COUNTERS[mode].caught] / tried - st.knownApprehension[mode]);
  }
}

/** What people know before anyone has crossed: the odds on each mode's better corridor. */
export function initialKnowledge(st: SimState): Record<Mode, number> {
  return tabulate(MODES, (mode) => Math.min(st.cond.apprehension[mode][Corridor.Urban], st.cond.apprehension[mode][Corridor.Remote]));
}

const CROSSING_MODES: readonly CrossingMode[] = [Mode.Alone, Mode.Guide, Mode.Professional];

function decideToMigrate(st: SimState, c: Candidate, motivation: number, visaDraw: number, pid: number): void {
  const goesIrregular = motivation < departureProbability(st, c);
  // Visas go to people set on migrating (employers recruit them); Central Americans have fewer consulates and programmes.
  const wantsVisa = goesIrregular && !c.minor && visaDraw < (c.origin === Origin.Mexico ? 0.9 : 0.3);
  if (wantsVisa && st.visaBudget >= 1) {
    st.visaBudget -= 1;
    c.state = MigrantState.Waiting;
    startLegalWork(st, spawnMigrant(st, c, pid));
    return;
  }
  if (!goesIrregular) return;
  c.state = c.origin === Origin.CentralAmerica ? MigrantState.Transit : MigrantState.Waiting;
  const id = spawnMigrant(st, c, pid);
  if (isTracked(st, id)) record(st, id, c.origin === Origin.CentralAmerica ? 'Left Central America, heading north through Mexico.' : 'Left home in Mexico for the northern border.');
}

function startLegalWork(st: SimState, id: number): void {
  const e = pickCompliantEmployer(st);
  st.tally.legal_entries++;
  if (e < 0) return exitMigrant(st, id, Exit.Returned);
  st.migrants.mode[id] = Mode.Visa;
  hireFreely(st, id, e);
  moveTo(st, id, MigrantState.LegalWorker);
  record(st, id, 'Entered the U.S. legally on a temporary work visa.');
  scheduleWake(st, id, 6 + Math.floor(st.rng.migration() * 5));
}

/** Chance someone caught on their first tries sets out again; those who paid a smuggler have retries included in the fee. */
const RETRY_BASE = 0.88;
const RETRY_PAID = 0.05;

/** Probability that someone apprehended tries again rather than going home; it wanes after many tries. */
function retryProbability(st: SimState, id: number): number {
  const a = st.migrants;
  const paid = a.mode[id] === Mode.Professional || a.mode[id] === Mode.Guide ? RETRY_PAID : 0;
  return Math.max(0.3, RETRY_BASE + paid - 0.05 * Math.max(0, a.attempts[id] - 2));
}

/** A person at the border tries to cross this month: or, after failing, decides whether to try again. */
export function attemptCrossing(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.crossing;
  const m = st.tally;
  if (a.attempts[id] > 0 && rng() >= retryProbability(st, id)) {
    m.returns_home++;
    record(st, id, 'Gave up after being apprehended and went home.');
    m.trips_abandoned++;
    return exitMigrant(st, id, Exit.GaveUp);
  }
  if (a.attempts[id] === 0) {
    st.tally.departures++;
    const chosen = chooseCrossingMode(st, id);
    if (chosen !== Mode.Alone) st.tally.departures_with_smuggler++;
    hireSmuggler(st, id, chosen);
  } else if (a.mode[id] === Mode.Alone) {
    // Those who failed alone may now pay someone.
    const mode = chooseCrossingMode(st, id);
    if (mode !== Mode.Alone) hireSmuggler(st, id, mode);
  }
  const mode = a.mode[id] as Mode;
  const corridor = chooseCorridor(st, id, mode, rng);
  a.corridor[id] = corridor;
  if (a.attempts[id] < 255) a.attempts[id]++;
  m.attempts++;
  if (corridor === Corridor.Remote) st.tally.remote_attempts++;
  if (mode !== Mode.None && mode !== Mode.Visa) st.tally[MODE_COUNTERS[mode].attempts]++;
  chargeAttempt(st, id, corridor === Corridor.Remote);
  if (rng() < st.cond.death[mode][corridor]) {
    m.deaths++;
    return exitMigrant(st, id, Exit.Died);
  }
  if (rng() < st.cond.apprehension[mode][corridor]) {
    chargeApprehension(st, id);
    // A professional network can sometimes buy its way past an officer.
    if (mode === Mode.Professional && rng() < 2 * st.params['corruption.us']) {
      m.bribes++;
    } else {
      if (mode !== Mode.None && mode !== Mode.Visa) st.tally[MODE_COUNTERS[mode].caught]++;
      return apprehend(st, id, rng);
    }
  }
  m.entries++;
  if (isTracked(st, id)) record(st, id, `Crossed into the U.S. through ${corridor === Corridor.Remote ? 'a remote corridor' : 'an urban corridor'} (attempt ${a.attempts[id]}).`);
  a.attempts[id] = 0;
  if (!deliverIndebted(st, id)) moveTo(st, id, MigrantState.JobSeeking);
}

function chooseCorridor(st: SimState, id: number, mode: Mode, rng: Rng): Corridor {
  const c = st.cond;
  // Professionals pick routes for their clients and weigh death less than the person walking.
  const deathWeight = 500 * st.migrants.riskAversion[id] * (mode === Mode.Professional ? 0.6 : 1);
  const cost = (k: Corridor) => c.apprehension[mode][k] + deathWeight * c.death[mode][k];
  const diff = cost(Corridor.Urban) - cost(Corridor.Remote);
  return rng() < logistic(diff * 12) ? Corridor.Remote : Corridor.Urban;
}

function apprehend(st: SimState, id: number, rng: Rng): void {
  const a = st.migrants;
  const m = st.tally;
  m.apprehensions++;
  const removed = a.origin[id] === Origin.CentralAmerica || rng() < st.params['border.formalRemovalShare'];
  if (!removed) {
    if (isTracked(st, id)) record(st, id, 'Apprehended by the Border Patrol and returned to Mexico.');
    return;
  }
  m.deportations++;
  record(st, id, 'Apprehended and formally removed.');
  settleDebt(st, id);
  if (rng() < 0.7) {
    moveTo(st, id, MigrantState.AtHome);
    scheduleWake(st, id, 3 + Math.floor(rng() * 9));
  } else {
    m.trips_abandoned++;
    exitMigrant(st, id, Exit.Deported);
  }
}

/** A dormant person's scheduled month comes: debts paid, contracts ended, homecomings, new trips. */
export function wake(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.migration;
  switch (a.state[id] as MigrantState) {
    case MigrantState.Working:
      if (a.debt[id] > 0 && st.tick >= a.since[id] + monthsToRepay(a.debt[id])) {
        settleDebt(st, id);
        record(st, id, 'Paid off the smuggling debt.');
        return scheduleWorkerWake(st, id);
      }
      if (!visitsHome(st, id, rng)) {
        record(st, id, 'Put off a trip home: coming back across would cost too much.');
        return scheduleWorkerWake(st, id);
      }
      st.tally.returns_home++;
      st.tally.returns_from_us++;
      return goHome(st, id, rng);
    case MigrantState.LegalWorker:
      st.tally.returns_home++;
      return goHome(st, id, rng);
    case MigrantState.AtHome:
      return setOutAgain(st, id);
    default:
      return;
  }
}

/** An unauthorized sojourner who wants a trip home goes only if the visit is worth more to them than
 *  crossing back would cost (the value of the stay lost to fees, apprehensions, failure and risk);
 *  the visit's worth is exponential with mean `behaviour.homeVisitValueUsd`. Dearer crossings lengthen stays. */
function visitsHome(st: SimState, id: number, rng: Rng): boolean {
  const a = st.migrants;
  if (a.plan[id] !== Plan.Sojourner) return true;
  return rng() < Math.exp(-recrossingCost(st, a.plan[id], a.riskAversion[id], a.savings[id]) / st.params['behaviour.homeVisitValueUsd']);
}

/** What having to cross again costs a migrant, USD: the value of a stay already under way less the net value of the best way back across. */
export function recrossingCost(st: SimState, plan: number, riskAversion: number, savings: number): number {
  const stay = stayValue(st, plan);
  return Math.max(0, stay - bestCrossingValue(st, stay, riskAversion, savings, true));
}

function goHome(st: SimState, id: number, rng: Rng): void {
  const a = st.migrants;
  // Whatever is still owed is settled from savings or by family before leaving.
  settleDebt(st, id);
  // Sojourners and visa workers often come back for another season.
  const circular = a.plan[id] === Plan.Sojourner || a.mode[id] === Mode.Visa;
  if (circular && rng() < 0.6) {
    moveTo(st, id, MigrantState.AtHome);
    record(st, id, 'Went home, planning to come back.');
    scheduleWake(st, id, drawMonthsUntil(rng, 1 / 6));
  } else {
    exitMigrant(st, id, Exit.Returned);
  }
}

/** Someone at home after a season decides whether to go north again: as a newcomer would, on the
 *  net value of the best way across (with contacts now); those who decline settle at home for good. */
function setOutAgain(st: SimState, id: number): void {
  const a = st.migrants;
  const rng = st.rng.migration;
  a.attempts[id] = 0;
  a.smuggler[id] = -1;
  a.network[id] = 1;
  a.savings[id] += 500 + 1500 * rng();
  if (a.mode[id] === Mode.Visa && st.visaBudget >= 1) {
    st.visaBudget -= 1;
    return startLegalWork(st, id);
  }
  const goes = rng() < departureProbability(st, {
    minor: a.minor[id] === 1, network: true, plan: a.plan[id], savings: a.savings[id], riskAversion: a.riskAversion[id], poor: false,
  });
  if (!goes) return exitMigrant(st, id, Exit.Returned);
  a.mode[id] = Mode.None;
  moveTo(st, id, a.origin[id] === Origin.CentralAmerica ? MigrantState.Transit : MigrantState.Waiting);
  record(st, id, 'Set out north again.');
}
