// The reduced model of the peer benchmark, declared once for both implementations: migrants who
// decide to leave, choose a crossing mode and corridor, are apprehended or die with Frontera's
// probabilities (its conditions at the baseline defaults), retry or give up, find work in the U.S.
// and go home, some to set out again. The decision rules are pure functions of uniforms, so the two
// implementations differ only in how they store agents, schedule them and draw random numbers.
// Constants are the model's (src/sim/model/migrants.ts, smugglers.ts, employers.ts) when this was written.
import { defaultParams, type Params } from '../../src/sim/params';
import { computeConditions } from '../../src/sim/model/conditions';
import { Corridor, Mode } from '../../src/sim/model/enums';
import { logistic } from '../../src/sim/engine/math';

/** The three ways of crossing in the reduced model. */
export const CROSSING_MODES = [Mode.Alone, Mode.Guide, Mode.Professional] as const;
export type CrossingMode = (typeof CROSSING_MODES)[number];

/** Everything the reduced model's rules read, worked out once from the baseline parameters. */
export interface PeerSpec {
  scale: number;
  /** People who consider leaving each month, in agents. */
  candidatesPerMonth: number;
  centralAmericanShare: number;
  minorShare: number;
  povertyRate: number;
  /** Settled workers in the U.S. at the start, in agents. */
  initialStock: number;
  formalRemovalShare: number;
  /** Logit of leaving before the person's own terms (wage gap, expected fee). */
  departureBase: number;
  /** Expected-cost danger term per unit of risk aversion. */
  dangerPerRisk: number;
  apprehension: Record<CrossingMode, Record<Corridor, number>>;
  death: Record<CrossingMode, Record<Corridor, number>>;
  guideFee: number;
  /** Mode utility = intercept - slope * riskAversion (in units of the choice scale). */
  utilityIntercept: Record<CrossingMode, number>;
  utilitySlope: Record<CrossingMode, number>;
}

const CONSIDERING_PER_MONTH = 228000;
const APPREHENSION_COST = 900;
const REMOVAL_COST = 3000;
const DEATH_VALUE = 300000;
const CHOICE_SCALE = 600;
const MODE_BIAS: Record<CrossingMode, number> = { [Mode.Alone]: 0, [Mode.Guide]: 1600, [Mode.Professional]: 2300 };
/** Chance a job seeker finds work in a month. */
export const HIRE_PROBABILITY = 0.85;
/** Monthly chance a worker leaves for home: settlers, sojourners. */
export const RETURN_HAZARD = { settler: 1 / 420, sojourner: 1 / 16 } as const;
/** Chance a returning sojourner plans to come back, and the monthly chance they set out again. */
export const CIRCULAR_SHARE = 0.6;
export const SET_OUT_HAZARD = 1 / 6;
/** Chance someone formally removed goes home to try again later (the rest give up). */
export const REMOVED_RETRY_SHARE = 0.7;

/** The reduced model at the given scale (real people per agent), at the baseline defaults or with some levers changed. */
export function peerSpec(scale: number, overrides: Partial<Params> = {}): PeerSpec {
  const params: Params = { ...defaultParams(), ...overrides };
  const c = computeConditions({ params, scale, tVisasThisYear: 0 }, Math.max(params['context.usStock'], 2_000_000) / 15);
  const pull = Math.pow(params['context.povertyRate'] / 0.4, 0.8) * Math.pow(params['context.wageGap'] / 8, 0.7);
  const removal = params['border.formalRemovalShare'];
  const perMode = <T>(f: (mode: CrossingMode) => T) => ({
    [Mode.Alone]: f(Mode.Alone),
    [Mode.Guide]: f(Mode.Guide),
    [Mode.Professional]: f(Mode.Professional),
  });
  const perCorridor = (f: (k: Corridor) => number) => ({ [Corridor.Urban]: f(Corridor.Urban), [Corridor.Remote]: f(Corridor.Remote) });
  // Expected trip cost = fee + retries' costs + attempts x death risk x value of life x risk aversion (smugglers.ts).
  const best = (mode: CrossingMode) =>
    c.apprehension[mode][Corridor.Urban] < c.apprehension[mode][Corridor.Remote] ? Corridor.Urban : Corridor.Remote;
  const attempts = (mode: CrossingMode) => 1 / (1 - c.apprehension[mode][best(mode)]);
  const fee = (mode: CrossingMode) => (mode === Mode.Alone ? 0 : c.fee[mode]);
  return {
    scale,
    candidatesPerMonth: (CONSIDERING_PER_MONTH * pull) / scale,
    centralAmericanShare: params['context.centralAmericanShare'],
    minorShare: params['context.minorShare'],
    povertyRate: params['context.povertyRate'],
    initialStock: Math.round(params['context.usStock'] / scale),
    formalRemovalShare: removal,
    departureBase: 0.2 + 0.9 * Math.log(params['context.wageGap'] / 8) - 0.12 * (c.fee[Mode.Professional] / 1000),
    dangerPerRisk: Math.max(c.death[Mode.Alone][Corridor.Remote], 0) * 400,
    apprehension: perMode((mode) => perCorridor((k) => c.apprehension[mode][k])),
    death: perMode((mode) => perCorridor((k) => c.death[mode][k])),
    guideFee: c.fee[Mode.Guide],
    utilityIntercept: perMode(
      (mode) => (MODE_BIAS[mode] - fee(mode) - (attempts(mode) - 1) * (APPREHENSION_COST + removal * REMOVAL_COST)) / CHOICE_SCALE,
    ),
    utilitySlope: perMode((mode) => (attempts(mode) * c.death[mode][best(mode)] * DEATH_VALUE) / CHOICE_SCALE),
  };
}

/** Probability a candidate sets out (migrants.ts departureProbability, without the visa path). */
export function departureProbability(s: PeerSpec, network: boolean, poor: boolean, minor: boolean, riskAversion: number): number {
  return logistic(s.departureBase + (network ? 0.6 : 0) + (poor ? 0.4 : 0) - s.dangerPerRisk * riskAversion + (minor ? -0.8 : 0));
}

/** Savings of a new candidate from a uniform (exponential, poorer people have less). */
export const drawSavings = (poor: boolean, u: number) => (poor ? 150 : 700) * -Math.log(1 - u * 0.999);

/** The crossing mode a person chooses for uniform u (multinomial logit on expected cost; a guide needs most of the fee up front). */
export function chooseMode(s: PeerSpec, u: number, savings: number, network: boolean, riskAversion: number): CrossingMode {
  const utility = (mode: CrossingMode) => s.utilityIntercept[mode] - s.utilitySlope[mode] * riskAversion;
  const alone = Math.exp(utility(Mode.Alone));
  const guideAffordable = savings + (network ? 1500 : 0) >= 0.6 * s.guideFee;
  const guide = guideAffordable ? Math.exp(utility(Mode.Guide) + (network ? 0.4 : 0)) : 0;
  const professional = Math.exp(utility(Mode.Professional));
  const draw = u * (alone + guide + professional);
  if (draw < alone) return Mode.Alone;
  return draw < alone + guide ? Mode.Guide : Mode.Professional;
}

/** The corridor for uniform u: professionals weigh death less than people walking alone. */
export function chooseCorridor(s: PeerSpec, u: number, mode: CrossingMode, riskAversion: number): Corridor {
  const deathWeight = 500 * riskAversion * (mode === Mode.Professional ? 0.6 : 1);
  const cost = (k: Corridor) => s.apprehension[mode][k] + deathWeight * s.death[mode][k];
  return u < logistic((cost(Corridor.Urban) - cost(Corridor.Remote)) * 12) ? Corridor.Remote : Corridor.Urban;
}

/** Chance someone apprehended tries again this month rather than going home (migrants.ts). */
export function retryProbability(mode: CrossingMode, attempts: number): number {
  const paid = mode === Mode.Alone ? 0 : 0.05;
  return Math.max(0.3, 0.88 + paid - 0.05 * Math.max(0, attempts - 2));
}

/** Months until an event with a monthly probability happens (geometric, at least 1), from a uniform. */
export function monthsUntil(u: number, monthlyProbability: number): number {
  return 1 + Math.floor(Math.log(1 - Math.min(u, 1 - 2 ** -53)) / Math.log(1 - monthlyProbability));
}

/** Months someone formally removed waits at home before setting out again. */
export const monthsHomeAfterRemoval = (u: number) => 3 + Math.floor(u * 9);

/** What happened over a run: counts of events, and the agent-months simulated. */
export interface PeerTallies {
  candidates: number;
  departures: number;
  /** Journeys begun: departures and people setting out again from home. */
  trips: number;
  firstChoice: Record<CrossingMode, number>;
  attempts: number;
  remote: number;
  deaths: number;
  apprehensions: number;
  removals: number;
  entries: number;
  retryDecisions: number;
  gaveUp: number;
  jobSearches: number;
  hires: number;
  homecomings: number;
  circular: number;
  /** Live agents summed over months (agent-steps). */
  agentMonths: number;
  /** Live agents at the end. */
  live: number;
}

/** A zeroed tally. */
export function emptyTallies(): PeerTallies {
  return {
    candidates: 0,
    departures: 0,
    trips: 0,
    firstChoice: { [Mode.Alone]: 0, [Mode.Guide]: 0, [Mode.Professional]: 0 },
    attempts: 0,
    remote: 0,
    deaths: 0,
    apprehensions: 0,
    removals: 0,
    entries: 0,
    retryDecisions: 0,
    gaveUp: 0,
    jobSearches: 0,
    hires: 0,
    homecomings: 0,
    circular: 0,
    agentMonths: 0,
    live: 0,
  };
}
