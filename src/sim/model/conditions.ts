// What this month's policies mean on the ground, worked out once a month from the parameters and
// the state: the chance a crossing is stopped in each corridor for each way of crossing, the risk of
// dying, the going smuggling fees (set by the market in smugglers.ts), the odds that enforcement
// reaches an employer or a worker, how many jobs are open to the unauthorized, how fast they find one
// (openings set by U.S. labour demand) and what they earn. Agents decide on these.
import type { Params } from '../params';
import { CORRIDORS, Corridor, EmployerType, MigrantState, Mode, MODES, tabulate } from './enums';
import { CONSTANTS } from './constants';

type PerMode<T> = Record<Mode, T>;
type PerCorridor<T> = Record<Corridor, T>;
const K = CONSTANTS;

/** Death risk per attempt by corridor, before the crossing mode's own factor. */
const DEATH_RISK: PerCorridor<number> = { [Corridor.Urban]: K.DEATH_RISK_URBAN.value, [Corridor.Remote]: K.DEATH_RISK_REMOTE.value };
/** Each way of crossing's factor on that risk (no crossing, no risk). */
const DEATH_FACTOR: PerMode<number> = {
  [Mode.None]: 0,
  [Mode.Visa]: 0,
  [Mode.Alone]: K.DEATH_FACTOR_ALONE.value,
  [Mode.Guide]: K.DEATH_FACTOR_GUIDE.value,
  [Mode.Professional]: K.DEATH_FACTOR_PROFESSIONAL.value,
};
/** Patrol intensity in each corridor: coefficient * agents^exponent. Urban corridors are short and fenced, so
 *  agents there add up almost fully; remote corridors are vast, with steeply diminishing returns. */
const INTENSITY_COEFFICIENT: PerCorridor<number> = {
  [Corridor.Urban]: K.PATROL_COEFFICIENT_URBAN.value,
  [Corridor.Remote]: K.PATROL_COEFFICIENT_REMOTE.value,
};
const INTENSITY_EXPONENT: PerCorridor<number> = {
  [Corridor.Urban]: K.PATROL_EXPONENT_URBAN.value,
  [Corridor.Remote]: K.PATROL_EXPONENT_REMOTE.value,
};

export interface Conditions {
  /** P(apprehended) per attempt, by mode and corridor. */
  apprehension: PerMode<PerCorridor<number>>;
  /** P(death) per attempt, by mode and corridor. */
  death: PerMode<PerCorridor<number>>;
  /** Going fee in USD of each kind of smuggler, quoted by the market last month (0 for the other modes). */
  fee: PerMode<number>;
  /** Monthly probability that a given employer is inspected. */
  inspectionProbability: number;
  /** Expected sanction per unauthorized worker per year, USD. */
  expectedSanctionPerWorker: number;
  /** Share of compliant employers that turn unauthorized applicants away (verification, or papers checked for fear of sanctions). */
  compliantScreening: number;
  /** Chance that an unauthorized job seeker's approach to an employer ends in a job. */
  openJobShare: number;
  /** Monthly chance that an unauthorized worker is arrested in a worksite operation. */
  workerArrestHazard: number;
  /** Chance a job seeker's search this month meets an opening (before any screening): openings are finite. */
  jobMatch: number;
  /** What work in the U.S. offers the unauthorized this month (what contacts there report). */
  jobs: JobProspects;
}

/** Work in the U.S. as the unauthorized find it: the chance of finding work in a month (an opening, and
 *  an employer that takes them) and the monthly wage (USD), after the penalty of being screened out. */
export interface JobProspects {
  finding: number;
  wage: number;
}

/** Expected monthly earnings in the U.S., USD: the wage times the share of a stay spent in work (job
 *  spells end at JOB_SEPARATION_RATE and the next is found with the monthly chance of finding work). */
export function expectedEarnings(jobs: JobProspects): number {
  return (jobs.wage * jobs.finding) / (jobs.finding + K.JOB_SEPARATION_RATE.value);
}

/** What the conditions depend on besides the levers (SimState has these fields). */
export interface ConditionInputs {
  params: Params;
  scale: number;
  tVisasThisYear: number;
  /** Last month's conditions (the market's fees carry over), if any. */
  cond?: Conditions;
  /** U.S. employers by type, once they exist. */
  employers?: { usByType: Record<EmployerType, number[]> };
  /** Agents in each state, once the population exists (job seekers against openings set the labour market's tightness). */
  stateCounts?: ArrayLike<number>;
}

/** How exposed each way of crossing is to patrols (1 = as exposed as someone alone, who does not know the gaps). */
function exposure(p: Params, mode: Mode): number {
  if (mode === Mode.Guide) return p['behaviour.guideEvasion'];
  if (mode === Mode.Professional) return p['behaviour.networkEvasion'];
  return mode === Mode.Alone ? 1 : 0;
}

/** Works out this month's conditions from the current parameters and state. */
export function computeConditions(st: ConditionInputs, employersReal: number): Conditions {
  const p = st.params;
  const agents = p['border.agents'];
  const remote = p['border.remoteDeployment'];
  const deployed: PerCorridor<number> = { [Corridor.Urban]: agents * (1 - remote), [Corridor.Remote]: agents * remote };
  // More agents in remote corridors than in 2002 push walkers onto longer, deadlier paths.
  const funnel = K.FUNNEL_FLOOR.value + ((1 - K.FUNNEL_FLOOR.value) * deployed[Corridor.Remote]) / K.BASELINE_REMOTE_AGENTS.value;
  const apprehension = tabulate(MODES, (mode) =>
    tabulate(
      CORRIDORS,
      (c) =>
        1 -
        Math.exp(
          -(K.BASE_PATROL_INTENSITY.value + INTENSITY_COEFFICIENT[c] * Math.pow(deployed[c], INTENSITY_EXPONENT[c])) * exposure(p, mode),
        ),
    ),
  );
  const death = tabulate(MODES, (mode) =>
    tabulate(CORRIDORS, (c) => DEATH_RISK[c] * DEATH_FACTOR[mode] * (c === Corridor.Remote ? funnel : 1)),
  );
  const fee = st.cond?.fee ?? tabulate(MODES, () => 0);
  const inspectionProbability = Math.min(1, p['interior.inspectionsPerYear'] / 12 / Math.max(1, employersReal));
  const expectedSanctionPerWorker =
    inspectionProbability * 12 * p['interior.employerFocus'] * p['interior.employerSanctionUsd'] * (1 - p['corruption.us']);
  const verification = p['interior.statusVerification'];
  const compliantScreening =
    verification + (1 - verification) * (1 - Math.exp(-expectedSanctionPerWorker / p['behaviour.screeningSanctionUsd']));
  const workerArrestHazard = inspectionProbability * K.FIND_WORKER.value * (1 - p['interior.employerFocus']);
  const open = openJobShare(st, compliantScreening);
  const jobMatch = jobMatchProbability(st);
  return {
    apprehension,
    death,
    fee,
    inspectionProbability,
    expectedSanctionPerWorker,
    compliantScreening,
    openJobShare: open,
    workerArrestHazard,
    jobMatch,
    jobs: {
      finding: jobMatch * open,
      wage: p['behaviour.usMonthlyEarningsUsd'] * (1 - p['behaviour.offBooksWagePenalty'] * compliantScreening),
    },
  };
}

/** Chance a job seeker meets an opening this month. Openings for the unauthorized come from U.S. demand
 *  for their labour, a quantity of its own (jobs at the 2003 level times context.usLabourDemand), not from
 *  the workforce the model already holds; work-visa holders fill some first. Seekers apply with
 *  HIRE_PROBABILITY and openings go to applicants at random (urn-ball matching): with openings to spare
 *  nearly every applicant is hired, and when seekers outnumber openings (a downturn, or seekers piling up)
 *  each one's chance falls. */
function jobMatchProbability(st: ConditionInputs): number {
  const apply = K.HIRE_PROBABILITY.value;
  const applicants = st.stateCounts ? apply * st.stateCounts[MigrantState.JobSeeking] : 0;
  if (applicants === 0) return apply;
  const openings = jobOpenings(st.params, st.scale);
  if (openings <= 0) return 0;
  return apply * (openings / applicants) * (1 - Math.exp(-applicants / openings));
}

/** Job openings for the unauthorized this month (agents): the monthly openings rate times U.S. demand
 *  for their labour, less the openings work-visa holders are recruited into first. */
export function jobOpenings(p: Params, scale: number): number {
  const demand = (K.UNAUTHORIZED_JOBS_2003.value * p['context.usLabourDemand']) / scale;
  const visaHires = p['pathways.workVisasPerYear'] / 12 / scale;
  return Math.max(0, K.JOB_OPENINGS_RATE.value * demand - visaHires);
}

/** Chance that an unauthorized job seeker's approach to an employer ends in a job: off-the-books
 *  employers hire; a compliant one that screens sends them on to an off-the-books one if one is at hand. */
function openJobShare(st: ConditionInputs, screening: number): number {
  const byType = st.employers?.usByType;
  if (!byType) return 1 - screening;
  const compliant = byType[EmployerType.Compliant].length;
  const offBooks = byType[EmployerType.Unregulated].length + byType[EmployerType.Coercive].length;
  const total = compliant + offBooks;
  return total > 0 ? 1 - (compliant / total) * screening * (1 - offBooks / total) : 0;
}
