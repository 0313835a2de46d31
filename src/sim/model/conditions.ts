// What this month's policies mean on the ground, worked out once a month from the parameters:
// the chance a crossing is stopped in each corridor for each way of crossing, the risk of dying,
// what smugglers charge, and the odds that enforcement reaches an employer. Agents decide on these.
import type { Params } from '../params';
import { CORRIDORS, Corridor, Mode, MODES, tabulate } from './enums';

type PerMode<T> = Record<Mode, T>;
type PerCorridor<T> = Record<Corridor, T>;

/** How well each way of crossing evades patrols (1 = not at all); professionals know gaps and use fraudulent documents. */
const EVASION: PerMode<number> = { [Mode.None]: 0, [Mode.Visa]: 0, [Mode.Alone]: 1, [Mode.Guide]: 0.72, [Mode.Professional]: 0.45 };
/** Death risk per attempt by corridor, before the crossing mode's own factor. */
const DEATH_RISK: PerCorridor<number> = { [Corridor.Urban]: 0.00002, [Corridor.Remote]: 0.000225 };
/** Each way of crossing's factor on that risk. */
const DEATH_FACTOR: PerMode<number> = { [Mode.None]: 0, [Mode.Visa]: 0, [Mode.Alone]: 2.5, [Mode.Guide]: 1, [Mode.Professional]: 0.75 };
/** Patrol intensity in each corridor: K * agents^exponent. Urban corridors are short and fenced, so
 *  agents there add up almost fully; remote corridors are vast, with steeply diminishing returns. */
const INTENSITY_COEFFICIENT: PerCorridor<number> = { [Corridor.Urban]: 2.981e-4, [Corridor.Remote]: 4.52e-3 };
const INTENSITY_EXPONENT: PerCorridor<number> = { [Corridor.Urban]: 0.9, [Corridor.Remote]: 0.6 };
/** Agents in remote corridors at the 2002 baseline: more than this pushes walkers onto longer, deadlier paths. */
const BASELINE_REMOTE_AGENTS = 2760;
const BASE_INTENSITY = 0.05;
/** Smugglers' base cost of one crossing (guides, professionals) in USD, before enforcement. */
const BASE_COST: PerMode<number> = { [Mode.None]: 0, [Mode.Visa]: 0, [Mode.Alone]: 0, [Mode.Guide]: 500, [Mode.Professional]: 900 };
/** Share of a retry's cost a smuggler charges for (guides and safe houses are already paid for). */
const RETRY_COST_SHARE = 0.5;
/** Smugglers' markup over cost, by kind. */
const MARKUP: PerMode<number> = { [Mode.None]: 0, [Mode.Visa]: 0, [Mode.Alone]: 0, [Mode.Guide]: 1.25, [Mode.Professional]: 1.45 };

export interface Conditions {
  /** P(apprehended) per attempt, by mode and corridor. */
  apprehension: PerMode<PerCorridor<number>>;
  /** P(death) per attempt, by mode and corridor. */
  death: PerMode<PerCorridor<number>>;
  /** Fee in USD quoted by each kind of smuggler (0 for the other modes). */
  fee: PerMode<number>;
  /** Expected attempts to get through with each mode, on the best corridor. */
  expectedAttempts: PerMode<number>;
  /** Monthly probability that a given employer is inspected. */
  inspectionProbability: number;
  /** Expected sanction per unauthorized worker per year, USD. */
  expectedSanctionPerWorker: number;
}

/** What the conditions depend on besides the levers (SimState has these fields). */
export interface ConditionInputs {
  params: Params;
  scale: number;
  tVisasThisYear: number;
}

/** Works out this month's conditions from the current parameters and state. */
export function computeConditions(st: ConditionInputs, employersReal: number): Conditions {
  const p = st.params;
  const agents = p['border.agents'];
  const remote = p['border.remoteDeployment'];
  const deployed: PerCorridor<number> = { [Corridor.Urban]: agents * (1 - remote), [Corridor.Remote]: agents * remote };
  const funnel = 0.5 + 0.5 * deployed[Corridor.Remote] / BASELINE_REMOTE_AGENTS;
  const apprehension = tabulate(MODES, (mode) => tabulate(CORRIDORS, (c) =>
    1 - Math.exp(-(BASE_INTENSITY + INTENSITY_COEFFICIENT[c] * Math.pow(deployed[c], INTENSITY_EXPONENT[c])) * EVASION[mode])));
  const death = tabulate(MODES, (mode) => tabulate(CORRIDORS, (c) => DEATH_RISK[c] * DEATH_FACTOR[mode] * (c === Corridor.Remote ? funnel : 1)));
  const expectedAttempts = tabulate(MODES, (mode) => 1 / (1 - Math.min(apprehension[mode][Corridor.Urban], apprehension[mode][Corridor.Remote])));
  // Fees cover retries, longer routes under heavier enforcement, and bribes where officials can be bought.
  const routeCost = 1 + agents / 40000;
  const bribeCost = 1 + 2 * p['corruption.us'];
  const retries = (mode: Mode) => 1 + RETRY_COST_SHARE * (expectedAttempts[mode] - 1);
  const fee = tabulate(MODES, (mode) => BASE_COST[mode] * routeCost * bribeCost * retries(mode) * MARKUP[mode]);
  const inspectionProbability = Math.min(1, p['interior.inspectionsPerYear'] / 12 / Math.max(1, employersReal));
  const expectedSanctionPerWorker = inspectionProbability * 12 * p['interior.employerFocus']
    * p['interior.employerSanctionUsd'] * (1 - p['corruption.us']);
  return { apprehension, death, fee, expectedAttempts, inspectionProbability, expectedSanctionPerWorker };
}
