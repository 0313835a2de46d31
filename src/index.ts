// The library entry: `import { runScenario, loadScenario } from 'frontera'` gives the same series as the CLI.
// The public API is listed here name by name; anything not listed is internal and may change.
import { findScenario, SCENARIOS } from './sim/library';
import { parseScenario, parseScenarioText, ScenarioError, type Scenario } from './sim/scenario';

// Running a scenario
export { Simulation, runScenario, type AgentSnapshot, type RunResult, type SimulationOptions } from './sim/run';
export { VERSION } from './sim/version';

// Scenarios: the library, the format and its checks
export { SCENARIOS, findScenario } from './sim/library';
export {
  applyOverrides,
  parseScenario,
  parseScenarioText,
  resolveParams,
  RUN_SETTINGS,
  scenarioAsRun,
  ScenarioError,
  scenarioJsonSchema,
  scenarioSchema,
  type Overrides,
  type RunSetting,
  type Scenario,
  type TimelineEntry,
} from './sim/scenario';

// The model's declarations: mechanisms, levers and metrics
export { MECHANISMS, type MechanismId } from './sim/mechanisms';
export type { Computation, Mechanism, MetricSpec, MetricUnit, ParamGroup, ParamSpec, StreamSpec, YearlyRule } from './sim/mechanism';
export {
  checkParamValue,
  defaultParams,
  findParam,
  PARAM_GROUPS,
  paramOverridesSchema,
  PARAMS,
  parseParamText,
  type ParamOverrides,
  type ParamPath,
  type Params,
  type ParamValueOf,
} from './sim/params';
export { findMetric, formulaOf, HEADLINE_METRICS, METRIC_NAMES, METRICS, type MetricName } from './sim/metrics';

// Output: series as CSV or JSON, yearly rows
export { combineMonths, reviveResult, toCsv, toJson, yearlySummary, type SeriesByMetric, type YearlyRow } from './sim/output';

// Followed people: what the map shows, their stories and outcomes
export { personView, situationOf, SITUATION_LABELS, SITUATIONS, type PersonView, type Situation } from './sim/view';
export {
  alignStories,
  firstDifference,
  outcomePhrases,
  personName,
  personOutcome,
  tell,
  wasVictim,
  type PersonOutcome,
  type StoryEvent,
} from './sim/story';
export type { LifeEvent, LifeEventKind } from './sim/model/events';

// Experiments: seeds, designs, plans, outcomes, statistics, comparisons and sensitivity
export { replicateSeed, replicateSeeds } from './sim/experiment/seeds';
export { gridDesign, latinHypercubeDesign, parseVary, type DesignPoint, type Vary } from './sim/experiment/designs';
export { morrisDesign, morrisEffects, type MorrisEffect, type MorrisPoint } from './sim/experiment/morris';
export {
  createPlan,
  planRuns,
  runCount,
  runScenarioOf,
  runSpec,
  shardRuns,
  type Arm,
  type ExperimentKind,
  type ExperimentPlan,
  type RunSpec,
} from './sim/experiment/plan';
export {
  batchPlan,
  comparePlan,
  morrisCsv,
  sensitivityEffects,
  sensitivityPlan,
  sweepPlan,
  type SweepDesign,
} from './sim/experiment/experiments';
export {
  mean,
  pairedDifference,
  summarize,
  tHalfWidth,
  tQuantile,
  variance,
  type PairedDifference,
  type SampleSummary,
} from './sim/experiment/stats';
export { runOutcome, summaryCsv, type OutcomeWindow, type RunOutcome } from './sim/experiment/summary';
export { compareArms, comparisonCsv, type ComparisonRow } from './sim/experiment/comparison';
export { saltelliDesign, sobolIndices, sobolSequence, type SobolIndex, type SobolResult } from './sim/experiment/sobol';
export { sobolCsv, sobolJson, sobolPlan, sobolResults, type SobolMetricResult, type SobolSettings } from './sim/experiment/sobolPlan';
export {
  posteriorEffects,
  posteriorPlan,
  posteriorPopulation,
  type PosteriorEffect,
  type PosteriorPopulation,
} from './sim/experiment/posterior';

/** A scenario from the library by name, from JSON text, or from parsed data. Throws ScenarioError on bad input. */
export function loadScenario(source: string | object): Scenario {
  if (typeof source !== 'string') return parseScenario(source);
  if (source.trimStart().startsWith('{')) return parseScenarioText(source);
  const found = findScenario(source);
  if (!found)
    throw new ScenarioError(`unknown scenario "${source}": expected one of ${SCENARIOS.map((s) => s.name).join(', ')}, or JSON text`);
  return found;
}
