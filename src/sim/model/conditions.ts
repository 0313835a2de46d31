// What this month's policies mean on the ground, worked out once a month from the parameters:
// the chance a crossing is stopped in each corridor for each way of crossing, the risk of dying,
// what smugglers charge, and the odds that enforcement reaches an employer. Agents decide on these.
import { Corridor, Mode, type SimState } from './state';

/** How well each way of crossing evades patrols (1 = not at all); professionals know gaps and use fraudulent documents. */
const EVASION = [0, 0, 1, 0.72, 0.45];
/** Death risk per attempt by corridor, before the crossing mode's own factor. */
const DEATH_RISK = [0.00002, 0.000225];
const DEATH_FACTOR = [0, 0, 2.5, 1, 0.75];
/** Patrol intensity in each corridor: K * agents^exponent. Urban corridors are short and fenced, so
 *  agents there add up almost fully; remote corridors are vast, with steeply diminishing returns. */
const INTENSITY_COEFFICIENT = [2.981e-4, 4.52e-3];
const INTENSITY_EXPONENT = [0.9, 0.6];
/** Agents in remote corridors at the 2002 baseline: more than this pushes walkers onto longer, deadlier paths. */
const BASELINE_REMOTE_AGENTS = 2760;
const BASE_INTENSITY = 0.05;
/** Smugglers' base cost of one crossing (guides, professionals) in USD, before enforcement. */
const BASE_COST = [0, 0, 0, 500, 900];
/** Share of a retry's cost a smuggler charges for (guides and safe houses are already paid for). */
const RETRY_COST_SHARE = 0.5;
const MARKUP = [0, 0, 0, 1.25, 1.45];

export interface Conditions {
  /** P(apprehended) per attempt, [mode][corridor]. */
  apprehension: number[][];
  /** P(death) per attempt, [mode][corridor]. */
  death: number[][];
  /** Fee in USD quoted by each kind of smuggler (index by Mode). */
  fee: number[];
  /** Expected attempts to get through with each mode, on the best corridor. */
  expectedAttempts: number[];
  /** Monthly probability that a given employer is inspected. */
  inspectionProbability: number;
  /** Expected sanction per unauthorized worker per year, USD. */
  expectedSanctionPerWorker: number;
  /** How much protection an identified victim can expect (0-1). */
  expectedProtection: number;
  /** Fear of worksite raids that arrest workers (0-1): it keeps victims from coming forward. */
  raidFear: number;
}

/** Works out this month's conditions from the current parameters and state. */
export function computeConditions(st: SimState, employersReal: number): Conditions {
  const p = st.params;
  const agents = p['border.agents'];
  const remote = p['border.remoteDeployment'];
  const deployed = [agents * (1 - remote), agents * remote];
  const funnel = 0.5 + 0.5 * deployed[Corridor.Remote] / BASELINE_REMOTE_AGENTS;
  const apprehension: number[][] = [];
  const death: number[][] = [];
  for (let mode = 0; mode <= Mode.Professional; mode++) {
    apprehension.push([Corridor.Urban, Corridor.Remote].map((c) =>
      1 - Math.exp(-(BASE_INTENSITY + INTENSITY_COEFFICIENT[c] * Math.pow(deployed[c], INTENSITY_EXPONENT[c])) * EVASION[mode])));
    death.push([Corridor.Urban, Corridor.Remote].map((c) => DEATH_RISK[c] * DEATH_FACTOR[mode] * (c === Corridor.Remote ? funnel : 1)));
  }
  const expectedAttempts = apprehension.map((row) => 1 / (1 - Math.min(row[0], row[1])));
  // Fees cover retries, longer routes under heavier enforcement, and bribes where officials can be bought.
  const routeCost = 1 + agents / 40000;
  const bribeCost = 1 + 2 * p['corruption.us'];
  const retries = (mode: number) => 1 + RETRY_COST_SHARE * (expectedAttempts[mode] - 1);
  const fee = BASE_COST.map((cost, mode) => cost * routeCost * bribeCost * retries(mode) * MARKUP[mode]);
  const inspectionProbability = Math.min(1, p['interior.inspectionsPerYear'] / 12 / Math.max(1, employersReal));
  const expectedSanctionPerWorker = inspectionProbability * 12 * p['interior.employerFocus']
    * p['interior.employerSanctionUsd'] * (1 - p['corruption.us']);
  const capLeft = p['protection.tVisaCap'] > st.tVisasThisYear * st.scale ? 1 : 0.2;
  const expectedProtection = 0.5 * p['protection.continuedPresence'] + 0.5 * capLeft;
  const raidFear = Math.min(1, inspectionProbability * 12 * (1 - p['interior.employerFocus']) * 25);
  return { apprehension, death, fee, expectedAttempts, inspectionProbability, expectedSanctionPerWorker, expectedProtection, raidFear };
}
