// One month of the model, phase by phase, and the reading of that month's metrics (kept apart
// from stepping). Also builds the starting state: employers, smuggling outfits and the
// unauthorized population already in the U.S.
import { createStream } from '../engine/rng';
import type { Params } from '../params';
import type { MetricName } from '../metrics';
import { computeConditions } from './conditions';
import { allUsEmployers, countUsEmployers, createMigrantStore, emptyMonth, EmployerType, EXIT_KINDS, Form, MIGRANT_STATES, Mode, Plan, MigrantState, Origin, STREAM_NAMES, type SimState, type Streams } from './state';
import { spawnMigrant, takeWakeups } from './population';
import { createEmployers, holdVictim, hireFreely, reviseEmployers, seekWork, WORKERS_PER_EMPLOYER } from './employers';
import { createOutfits, updateSmugglingMarket } from './smugglers';
import { attemptCrossing, considerMigration, wake } from './migrants';
import { raidMexicanVenues, recruitResidents, resolveKidnapping, travelThroughMexico, waitAtBorder } from './mexico';
import { holdOneMonth, inspectWorksites, investigateWorkplaces, raidUsVenues, regularise } from './enforcement';
import { decideTVisa, prosecuteCases } from './justice';

/** Months simulated before the first recorded month, so people are already on the move when it starts. */
export const WARMUP_MONTHS = 12;

/** Builds the starting state for a run. */
export function createState(params: Params, scale: number, seed: number, trackLimit: number): SimState {
  const stock = params['context.usStock'];
  const capacity = Math.ceil((stock * 1.6 + 3_000_000) / scale);
  const st: SimState = {
    params: { ...params }, scale, tick: -WARMUP_MONTHS,
    rng: tabulateStreams(seed),
    migrants: createMigrantStore(capacity),
    stateCounts: new Int32Array(MIGRANT_STATES.length), exits: new Float64Array(EXIT_KINDS.length), created: 0, freeSlots: [], highWater: 0,
    active: new Int32Array(0), activeCount: 0, activePos: new Int32Array(0), wakeups: new Map(),
    employers: undefined as never, outfits: [], outfitPools: { [Mode.Guide]: [], [Mode.Professional]: [] }, cases: [], applications: new Map(),
    cond: undefined as never, employersReal: Math.max(stock, 2_000_000) / WORKERS_PER_EMPLOYER,
    visaBudget: 0, prosecutionBudget: 0, investigationBudget: 0, tVisasThisYear: 0, inDebt: 0, womenInUs: 0, debtSum: 0, debtors: 0,
    recentEmployerConvictions: [], recentOutfitConvictions: [], employerConvictionsThisMonth: 0, outfitConvictionsThisMonth: 0,
    month: emptyMonth(), feeSum: 0, professionalClients: 0, departures: 0, departuresWithSmuggler: 0, remoteAttempts: 0,
    tracked: new Map(), finished: [], trackLimit,
  };
  st.active = new Int32Array(st.migrants.capacity);
  st.activePos = new Int32Array(st.migrants.capacity).fill(-1);
  st.cond = computeConditions(st, st.employersReal);
  createEmployers(st, st.rng.setup);
  st.cond = computeConditions(st, st.employersReal);
  createOutfits(st);
  seedUsPopulation(st);
  return st;
}

/** One generator per declared stream, seeded from the run's seed and the stream's name. */
function tabulateStreams(seed: number): Streams {
  return Object.fromEntries(STREAM_NAMES.map((name) => [name, createStream(seed, name)])) as Streams;
}

/** The unauthorized population already in the U.S. at the start: mostly settled, working, with contacts. */
function seedUsPopulation(st: SimState): void {
  const rng = st.rng.setup;
  const p = st.params;
  const count = Math.round(p['context.usStock'] / st.scale);
  // A tenth of the followed sample comes from the settled population; newcomers fill the rest.
  const stride = Math.max(1, Math.ceil(count / Math.max(1, st.trackLimit / 10)));
  const byType = st.employers.usByType;
  const employers = allUsEmployers(st.employers);
  for (let i = 0; i < count; i++) {
    const id = spawnMigrant(st, {
      state: MigrantState.JobSeeking, origin: rng() < p['context.centralAmericanShare'] ? Origin.CentralAmerica : Origin.Mexico,
      female: rng() < 0.4, minor: rng() < 0.03, network: true, plan: rng() < 0.15 ? Plan.Sojourner : Plan.Settler,
      savings: 500 * rng(), riskAversion: rng(),
    }, i % stride === 0);
    const e = employers[Math.floor(rng() * employers.length)];
    // Contacts keep most settled people away from coercive employers.
    if (st.employers.type[e] === EmployerType.Coercive && rng() < 0.4) holdVictim(st, id, e, Form.Labor, false);
    else if (st.employers.type[e] === EmployerType.Coercive) hireFreely(st, id, byType[EmployerType.Unregulated][Math.floor(rng() * byType[EmployerType.Unregulated].length)] ?? e);
    else hireFreely(st, id, e);
  }
}

/** Advances the model by one month. */
export function stepMonth(st: SimState, isJanuary: boolean): void {
  beginMonth(st, isJanuary);
  for (const id of takeWakeups(st)) {
    if (st.migrants.state[id] === MigrantState.Protected) decideTVisa(st, id);
    else wake(st, id);
  }
  considerMigration(st);
  recruitResidents(st);
  moveActivePeople(st);
  inspectWorksites(st);
  investigateWorkplaces(st);
  raidUsVenues(st);
  raidMexicanVenues(st);
  prosecuteCases(st);
  updateSmugglingMarket(st);
  endMonth(st);
}

function beginMonth(st: SimState, isJanuary: boolean): void {
  st.month = emptyMonth();
  st.feeSum = 0;
  st.professionalClients = 0;
  st.departures = 0;
  st.departuresWithSmuggler = 0;
  st.remoteAttempts = 0;
  st.debtSum = 0;
  st.debtors = 0;
  if (isJanuary) st.tVisasThisYear = 0;
  st.cond = computeConditions(st, st.employersReal);
  if (isJanuary) {
    reviseEmployers(st);
    regularise(st);
  }
}

function moveActivePeople(st: SimState): void {
  const a = st.migrants;
  const ids = st.active.slice(0, st.activeCount);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    switch (a.state[id] as MigrantState) {
      case MigrantState.Transit: travelThroughMexico(st, id); break;
      case MigrantState.Waiting: if (waitAtBorder(st, id)) attemptCrossing(st, id); break;
      case MigrantState.Kidnapped: resolveKidnapping(st, id); break;
      case MigrantState.JobSeeking: seekWork(st, id); break;
      case MigrantState.ExploitedUsLabor:
      case MigrantState.ExploitedUsSex:
      case MigrantState.ExploitedMexico: holdOneMonth(st, id); break;
      default: break;
    }
  }
}

function endMonth(st: SimState): void {
  st.recentEmployerConvictions.push(st.employerConvictionsThisMonth);
  st.recentOutfitConvictions.push(st.outfitConvictionsThisMonth);
  if (st.recentEmployerConvictions.length > 12) st.recentEmployerConvictions.shift();
  if (st.recentOutfitConvictions.length > 12) st.recentOutfitConvictions.shift();
  st.employerConvictionsThisMonth = 0;
  st.outfitConvictionsThisMonth = 0;
}

/** This month's value of every metric, in real people, USD or shares. */
export function readMetrics(st: SimState): Record<MetricName, number> {
  const m = st.month;
  const c = st.stateCounts;
  const scale = st.scale;
  const out = {} as Record<MetricName, number>;
  for (const key of Object.keys(m) as MetricName[]) out[key] = m[key] * scale;
  const clients = m.smuggler_clients;
  out.apprehension_rate = m.attempts > 0 ? m.apprehensions / m.attempts : 0;
  out.remote_route_share = m.attempts > 0 ? st.remoteAttempts / m.attempts : 0;
  out.smuggler_use_share = st.departures > 0 ? st.departuresWithSmuggler / st.departures : 0;
  out.smuggling_fee_mean_usd = clients > 0 ? st.feeSum / clients : (st.cond.fee[Mode.Guide] + st.cond.fee[Mode.Professional]) / 2;
  out.professional_smuggler_share = clients > 0 ? st.professionalClients / clients : 0;
  out.migrants_in_debt = st.inDebt * scale;
  out.smuggling_debt_mean_usd = st.debtors > 0 ? st.debtSum / st.debtors : 0;
  const arrived = m.entries + m.legal_entries;
  out.victims_per_100k_migrants = arrived > 0 ? (m.victims_new_total / arrived) * 100000 : 0;
  out.victims_held = (c[MigrantState.ExploitedUsLabor] + c[MigrantState.ExploitedUsSex] + c[MigrantState.ExploitedMexico]) * scale;
  out.unauthorized_population = (c[MigrantState.JobSeeking] + c[MigrantState.Working] + c[MigrantState.ExploitedUsLabor] + c[MigrantState.ExploitedUsSex] + c[MigrantState.Protected]) * scale;
  const unauthorizedAgents = c[MigrantState.JobSeeking] + c[MigrantState.Working] + c[MigrantState.ExploitedUsLabor] + c[MigrantState.ExploitedUsSex] + c[MigrantState.Protected];
  out.women_share_unauthorized = unauthorizedAgents > 0 ? st.womenInUs / unauthorizedAgents : 0;
  out.coercive_employer_share = st.employers.usByType[EmployerType.Coercive].length / Math.max(1, countUsEmployers(st.employers));
  return out;
}
