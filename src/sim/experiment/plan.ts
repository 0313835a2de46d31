// An experiment plan: the scenarios, the design's arms (parameter settings or scenarios), the
// replicates and the base seed. Runs are expanded from it deterministically (arm-major), so any
// worker count or shard split runs exactly the same (scenario, seed) pairs.
import { applyOverrides, holdParams, scenarioAsRun, type Scenario } from '../scenario';
import { VERSION } from '../version';
import { replicateSeed } from './seeds';
import type { DesignPoint, Vary } from './designs';

export type ExperimentKind = 'batch' | 'sweep' | 'compare' | 'sensitivity' | 'history' | 'calibration' | 'sobol' | 'posterior';
export type KeyValue = string | number | boolean;

/** One setting the experiment runs replicates of: a scenario, parameter values on top, and its key columns. */
export interface Arm {
  scenario: number;
  set: DesignPoint;
  keys: Record<string, KeyValue>;
  /** Seed index of this arm's first replicate, the others following it (Morris: one seed per trajectory;
   *  Sobol: one block of seeds per base point). Without it replicate r uses seed index r. */
  seedIndex?: number;
}

/** Everything that determines an experiment's runs; written to DIR/plan.json. */
export interface ExperimentPlan {
  kind: ExperimentKind;
  version: string;
  baseSeed: number;
  replicates: number;
  /** Scenarios as run (every parameter filled in). */
  scenarios: Scenario[];
  keyColumns: string[];
  arms: Arm[];
  /** Varied parameters (sweep) or screened factors (sensitivity). */
  factors: Vary[];
  design: Record<string, KeyValue>;
}

/** One run of the plan. */
export interface RunSpec {
  run: number;
  arm: number;
  replicate: number;
  seed: number;
}

/** Builds a plan; scenarios are stored as run so the plan alone reproduces every run. */
export function createPlan(fields: Omit<ExperimentPlan, 'version' | 'scenarios'> & { scenarios: Scenario[] }): ExperimentPlan {
  return { ...fields, version: VERSION, scenarios: fields.scenarios.map(scenarioAsRun) };
}

/** Number of runs in the plan. */
export function runCount(plan: ExperimentPlan): number {
  return plan.arms.length * plan.replicates;
}

/** The run with index `run` (arm-major: all replicates of arm 0, then arm 1, ...). */
export function runSpec(plan: ExperimentPlan, run: number): RunSpec {
  const arm = Math.floor(run / plan.replicates);
  const replicate = run % plan.replicates;
  return { run, arm, replicate, seed: replicateSeed(plan.baseSeed, (plan.arms[arm].seedIndex ?? 0) + replicate) };
}

/** Every run of the plan in order. */
export function planRuns(plan: ExperimentPlan): RunSpec[] {
  return Array.from({ length: runCount(plan) }, (_, i) => runSpec(plan, i));
}

/** The runs shard `shard` (1-based) of `shards` owns: every shards-th run, so shards balance. */
export function shardRuns(plan: ExperimentPlan, shard: number, shards: number): RunSpec[] {
  return planRuns(plan).filter((spec) => spec.run % shards === shard - 1);
}

/** The scenario a run simulates: its arm's scenario with the arm's parameter values and the run's seed. */
export function runScenarioOf(plan: ExperimentPlan, spec: RunSpec): Scenario {
  const arm = plan.arms[spec.arm];
  return holdParams(applyOverrides(plan.scenarios[arm.scenario], { seed: spec.seed, set: arm.set }), Object.keys(arm.set ?? {}));
}
