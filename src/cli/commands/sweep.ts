// `frontera sweep`: a full factorial grid or Latin hypercube over declared parameters, each point
// run for the same replicate seeds (so differences between points are not seed noise).
import { ScenarioError } from '../../sim/scenario';
import { parseVary } from '../../sim/experiment/designs';
import { sweepPlan, type SweepDesign } from '../../sim/experiment/experiments';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';

/** Options of the sweep command. */
export interface SweepOptions extends ExperimentOptions {
  vary: string[];
  design: string;
  samples?: number;
  replicates: number;
}

function designOf(text: string): SweepDesign {
  if (text === 'grid' || text === 'lhs') return text;
  throw new ScenarioError(`--design ${text}: expected grid or lhs`);
}

/** Runs the sweep command. */
export async function sweepCommand(shared: SharedCli, arg: string, opts: SweepOptions, command: string): Promise<void> {
  const design = designOf(opts.design);
  if (opts.vary.length === 0)
    throw new ScenarioError('--vary: expected at least one path=from:to:steps (e.g. --vary border.agents=5000:20000:4)');
  const varies = opts.vary.map((text) => parseVary(text));
  if (design === 'lhs' && opts.samples === undefined)
    throw new ScenarioError('--samples: expected the number of Latin hypercube points with --design lhs (e.g. --samples 50)');
  const scenario = shared.scenarioFromOptions(arg, opts);
  const plan = sweepPlan(scenario, varies, design, opts.samples ?? 0, opts.replicates, scenario.seed);
  await runExperiment(plan, `sweep ${scenario.name}`, opts, command);
}
