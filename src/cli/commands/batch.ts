// `frontera batch`: N replicates of one scenario on seeds derived from (base seed, replicate).
import { batchPlan } from '../../sim/experiment/experiments';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { batchTable } from '../report';

/** Runs the batch command. */
export async function batchCommand(
  shared: SharedCli,
  arg: string,
  opts: ExperimentOptions & { replicates: number },
  command: string,
): Promise<void> {
  const scenario = shared.scenarioFromOptions(arg, opts);
  const plan = batchPlan(scenario, opts.replicates, scenario.seed);
  const outcome = await runExperiment(plan, `batch ${scenario.name}`, opts, command);
  if (outcome.assembled && !opts.quiet) {
    process.stdout.write(
      `${scenario.name}: ${opts.replicates} replicates (base seed ${scenario.seed}, scale ${scenario.scale}, ${scenario.years} years)\n${batchTable(plan, outcome.assembled.outcomes)}\n`,
    );
  }
}
