// `frontera sensitivity`: Morris elementary-effects screening of the outcomes over the declared
// ranges of the chosen parameters (all of them by default), ranked by mu*.
import { ScenarioError } from '../../sim/scenario';
import { allFactors, parseFactors, sensitivityEffects, sensitivityPlan } from '../../sim/experiment/experiments';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { morrisTable } from '../report';

/** Options of the sensitivity command. */
export interface SensitivityOptions extends ExperimentOptions {
  params?: string;
  method: string;
  trajectories: number;
  levels: number;
}

/** Runs the sensitivity command. */
export async function sensitivityCommand(shared: SharedCli, arg: string, opts: SensitivityOptions, command: string): Promise<void> {
  if (opts.method !== 'morris') throw new ScenarioError(`--method ${opts.method}: expected morris`);
  const factors = opts.params === undefined ? allFactors() : parseFactors(opts.params);
  const scenario = shared.scenarioFromOptions(arg, opts);
  const plan = sensitivityPlan(scenario, factors, opts.trajectories, opts.levels, scenario.seed);
  const outcome = await runExperiment(plan, `sensitivity ${scenario.name}`, opts, command);
  if (outcome.assembled && !opts.quiet) {
    process.stdout.write(
      `Morris screening of ${scenario.name}: ${opts.trajectories} trajectories x ${factors.length + 1} runs; mu* = mean |elementary effect| per full parameter range, whole run (sigma in morris.csv).\n`,
    );
    process.stdout.write(`${morrisTable(sensitivityEffects(plan, outcome.assembled.outcomes))}\n`);
  }
}
