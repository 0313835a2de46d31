// `frontera compare`: several scenarios on common random numbers (replicate r runs every
// scenario on the same seed), with paired differences from the first scenario.
import { comparePlan } from '../sim/experiment/experiments';
import { compareArms } from '../sim/experiment/comparison';
import { runExperiment, type ExperimentOptions, type SharedCli } from './experiment-run';
import { comparisonTable } from './report';

/** Runs the compare command. */
export async function compareCommand(shared: SharedCli, args: string[], opts: ExperimentOptions & { replicates: number }, command: string): Promise<void> {
  const scenarios = args.map((arg) => shared.scenarioFromOptions(arg, opts));
  const plan = comparePlan(scenarios, opts.replicates, scenarios[0].seed);
  const outcome = await runExperiment(plan, `compare ${scenarios.map((s) => s.name).join(' ')}`, opts, command);
  if (outcome.assembled && !opts.quiet) {
    process.stdout.write(`Paired on common random numbers: ${opts.replicates} replicates, each running every scenario on the same seed; differences are scenario minus ${scenarios[0].name}, whole run.\n`);
    process.stdout.write(`${comparisonTable(compareArms(plan, outcome.assembled.outcomes))}\n`);
  }
}
