// Migrants' journeys: who considers leaving each month and who decides to go (wage gap, poverty,
// contacts, expected cost and risk, a legal pathway); crossing the border (mode, corridor, the
// patrol, death); retrying after apprehension or giving up; work in the U.S. and going home
// (circular migration). People who are working or at home sleep until a scheduled wake-up.
import { drawMonthsUntil, drawPoisson, type Rng } from '../engine/rng';
import { logistic } from '../engine/math';
import { Corridor, Exit, Mode, Origin, Plan, MigrantState, type SimState } from './state';
import { exitMigrant, moveTo, record, scheduleWake, settleDebt, spawnMigrant } from './population';
import { chooseCrossingMode, deliverIndebted, hireSmuggler } from './smugglers';
import { hireFreely, monthsToRepay, pickCompliantEmployer, scheduleWorkerWake } from './employers';

/** Real people a month who seriously consider migrating north at the early-2000s baseline (calibrated). */
const CONSIDERING_PER_MONTH = 228000;

/** Draws this month's people who consider leaving and lets each decide. Draws from the population
 *  stream depend only on context, so every policy run on a seed meets the same people. */
export function considerMigration(st: SimState): void {
  const p = st.params;
  const pop = st.rng.population;
  const poverty = p['context.povertyRate'];
  const wageGap = p['context.wageGap'];
  const pull = Math.pow(poverty / 0.4, 0.8) * Math.pow(wageGap / 8, 0.7);
  const candidates = drawPoisson(pop, (CONSIDERING_PER_MONTH * pull) / st.scale);
  const caShare = p['context.centralAmericanShare'];
  const womenShare = p['context.womenShare'];
  const minorShare = p['context.minorShare'];
  st.visaBudget += p['pathways.workVisasPerYear'] / 12 / st.scale;
  for (let i = 0; i < candidates; i++) {
    // A fixed number of draws per candidate keeps the sequence of people identical across policies.
    const origin = pop() < caShare ? Origin.CentralAmerica : Origin.Mexico;
    const female = pop() < womenShare;
    const minor = pop() < minorShare;
    const poor = pop() < poverty;
    const network = pop() < (origin === Origin.Mexico ? 0.6 : 0.35);
    const savings = (poor ? 150 : 700) * -Math.log(1 - pop() * 0.999);
    const riskAversion = pop();
    const plan = pop() < 0.45 ? Plan.Sojourner : Plan.Settler;
    const motivation = pop();
    const visaDraw = pop();
    decideToMigrate(st, { origin, female, minor, network, plan, savings, riskAversion, poor }, motivation, visaDraw);
  }
  st.visaBudget = Math.min(st.visaBudget, 1 + p['pathways.workVisasPerYear'] / 12 / st.scale);
}

interface Candidate {
  origin: Origin; female: boolean; minor: boolean; network: boolean; plan: Plan;
  savings: number; riskAversion: number; poor: boolean;
}


/** Probability a candidate sets out irregularly given the pull and the expected cost and danger. */
export function departureProbability(st: SimState, c: Candidate): number {
  const p = st.params;
  const cond = st.cond;
  const bestMode = Mode.Professional;
  const expectedCost = cond.fee[bestMode] / 1000;
  const danger = Math.max(cond.death[Mode.Alone][Corridor.Remote], 0) * 400 * c.riskAversion;
  const minorPenalty = c.minor ? -0.8 : 0;
  return logistic(0.2 + 0.9 * Math.log(p['context.wageGap'] / 8) + (c.network ? 0.6 : 0) + (c.poor ? 0.4 : 0)
    - 0.12 * expectedCost - danger + minorPenalty);
}

function decideToMigrate(st: SimState, c: Candidate, motivation: number, visaDraw: number): void {
  const goesIrregular = motivation < departureProbability(st, c);
  // Visas go to people set on migrating (employers recruit them); Central Americans have fewer consulates and programmes.
  const wantsVisa = goesIrregular && !c.minor && visaDraw < (c.origin === Origin.Mexico ? 0.9 : 0.3);
  if (wantsVisa && st.visaBudget >= 1) {
    st.visaBudget -= 1;
    const id = spawnMigrant(st, { ...c, state: MigrantState.Waiting });
    startLegalWork(st, id);
    return;
  }
  if (!goesIrregular) return;
  const id = spawnMigrant(st, { ...c, state: c.origin === Origin.CentralAmerica ? MigrantState.Transit : MigrantState.Waiting });
  if (st.tracked.has(id)) record(st, id, c.origin === Origin.CentralAmerica ? 'Left Central America, heading north through Mexico.' : 'Left home in Mexico for the northern border.');
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

/** Monthly probability that someone who has given up on this trip goes home rather than retrying. */
function retryProbability(st: SimState, id: number): number {
  const a = st.migrants;
  const paid = a.mode[id] === Mode.Professional || a.mode[id] === Mode.Guide ? 0.05 : 0;
  return Math.max(0.3, 0.88 + paid - 0.05 * Math.max(0, a.attempts[id] - 2));
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
  if (rng() < st.cond.death[mode][corridor]) {
    m.deaths++;
    return exitMigrant(st, id, Exit.Died);
  }
  if (rng() < st.cond.apprehension[mode][corridor]) {
    // A professional network can sometimes buy its way past an officer.
    if (mode === Mode.Professional && rng() < 2 * st.params['corruption.us']) {
      m.bribes++;
    } else {
      return apprehend(st, id, rng);
    }
  }
  m.entries++;
  if (st.tracked.has(id)) record(st, id, `Crossed into the U.S. through ${corridor === Corridor.Remote ? 'a remote corridor' : 'an urban corridor'} (attempt ${a.attempts[id]}).`);
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
    if (st.tracked.has(id)) record(st, id, 'Apprehended by the Border Patrol and returned to Mexico.');
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
      st.tally.returns_home++;
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

function setOutAgain(st: SimState, id: number): void {
  const a = st.migrants;
  a.attempts[id] = 0;
  a.smuggler[id] = -1;
  a.network[id] = 1;
  a.savings[id] += 500 + 1500 * st.rng.migration();
  if (a.mode[id] === Mode.Visa && st.visaBudget >= 1) {
    st.visaBudget -= 1;
    return startLegalWork(st, id);
  }
  a.mode[id] = Mode.None;
  moveTo(st, id, a.origin[id] === Origin.CentralAmerica ? MigrantState.Transit : MigrantState.Waiting);
  record(st, id, 'Set out north again.');
}
