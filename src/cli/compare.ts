// `frontera compare`: several scenarios on common random numbers (replicate r runs every
// scenario on the same seed), with paired differences from the first scenario, and with
// `--persons N` the same followed people's outcomes under each scenario (persons.csv).
import { join } from 'node:path';
import { comparePlan } from '../sim/experiment/experiments';
import { compareArms } from '../sim/experiment/comparison';
import { firstReplicateScenarios, personsCsv, samplePersons, storiesForSample, victimChanges } from '../sim/experiment/persons';
import type { ExperimentPlan } from '../sim/experiment/plan';
import { runExperiment, type ExperimentOptions, type SharedCli } from './experiment-run';
import { writeFileAtomic } from './files';
import { comparisonTable } from './report';

/** Runs the compare command. */
export async function compareCommand(shared: SharedCli, args: string[], opts: ExperimentOptions & { replicates: number; persons?: number }, command: string): Promise<void> {
  const scenarios = args.map((arg) => shared.scenarioFromOptions(arg, opts));
  const plan = comparePlan(scenarios, opts.replicates, scenarios[0].seed);
  const outcome = await runExperiment(plan, `compare ${scenarios.map((s) => s.name).join(' ')}`, opts, command);
  if (outcome.assembled && !opts.quiet) {
    process.stdout.write(`Paired on common random numbers: ${opts.replicates} replicates, each running every scenario on the same seed; differences are scenario minus ${scenarios[0].name}, whole run.\n`);
    process.stdout.write(`${comparisonTable(compareArms(plan, outcome.assembled.outcomes))}\n`);
  }
  if (opts.persons !== undefined && outcome.assembled) writePersons(plan, opts.persons, opts.out, opts.quiet ?? false);
}

/** Writes persons.csv: `count` followed people on replicate 0's seed, under every scenario. */
function writePersons(plan: ExperimentPlan, count: number, out: string, quiet: boolean): void {
  const scenarios = firstReplicateScenarios(plan);
  const seed = scenarios[0].seed;
  if (!quiet) process.stderr.write(`persons: following people under ${scenarios.length} scenarios on replicate 1's seed (${seed})…\n`);
  const stories = storiesForSample(scenarios, count);
  const pids = samplePersons(stories, count, seed);
  const names = scenarios.map((s) => s.name);
  writeFileAtomic(join(out, 'persons.csv'), personsCsv(names, scenarios[0].start, seed, stories, pids));
  if (quiet) return;
  const short = pids.length < count ? ` (only ${pids.length} people were followed in these runs)` : '';
  process.stdout.write(`Per person: ${pids.length} followed people (sampled by person id, the same people under every scenario) on seed ${seed}${short}, in ${join(out, 'persons.csv')}.\n`);
  victimChanges(stories, pids).forEach((c, i) => {
    process.stdout.write(`  ${names[i + 1]}: of ${c.both} people in both runs, ${c.onlyPolicy} became victims only under ${names[i + 1]}, ${c.onlyReference} only under ${names[0]}.\n`);
  });
}
