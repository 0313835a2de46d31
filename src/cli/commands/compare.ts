// `frontera compare`: several scenarios on common random numbers (replicate r runs every
// scenario on the same seed), with paired differences from the first scenario, and with
// `--persons N` the same followed people's outcomes under each scenario (persons.csv); with
// `--posterior DIR --draws N`, over parameter sets drawn from a calibration (src/cli/posteriorCompare.ts).
import { join } from 'node:path';
import { comparePlan } from '../../sim/experiment/experiments';
import { compareArms, type ComparisonRow } from '../../sim/experiment/comparison';
import { periodMonths, POLICY_WINDOW, WHOLE_RUN } from '../../sim/experiment/summary';
import { firstReplicateScenarios, personsCsv, samplePersons, storiesForSample, victimChanges } from '../../sim/experiment/persons';
import type { ExperimentPlan } from '../../sim/experiment/plan';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { writeFileAtomic } from '../files';
import { posteriorCompare } from '../posteriorCompare';
import { ScenarioError } from '../../sim/scenario';
import { comparisonTable } from '../report';

/** Runs the compare command. */
export async function compareCommand(
  shared: SharedCli,
  args: string[],
  opts: ExperimentOptions & { replicates: number; persons?: number; wholeRun?: boolean; posterior?: string; draws?: number },
  command: string,
): Promise<void> {
  const scenarios = args.map((arg) => shared.scenarioFromOptions(arg, opts));
  if (opts.draws !== undefined && opts.posterior === undefined)
    throw new ScenarioError(`--draws ${opts.draws}: expected --posterior DIR as well (the calibration to draw parameter sets from)`);
  if (opts.posterior !== undefined) {
    if (opts.persons !== undefined)
      throw new ScenarioError(`--persons ${opts.persons}: not available with --posterior; follow people in a compare without it`);
    return posteriorCompare(scenarios, { ...opts, posterior: opts.posterior }, command);
  }
  const plan = comparePlan(scenarios, opts.replicates, scenarios[0].seed, opts.wholeRun ?? false);
  const outcome = await runExperiment(plan, `compare ${scenarios.map((s) => s.name).join(' ')}`, opts, command);
  if (outcome.assembled && !opts.quiet) printComparison(plan, compareArms(plan, outcome.assembled.outcomes), opts.replicates);
  if (opts.persons !== undefined && outcome.assembled) writePersons(plan, opts.persons, opts.out, opts.quiet ?? false);
}

/** The headline table from the policies' start (and over the whole run when it was asked for). */
function printComparison(plan: ExperimentPlan, rows: ComparisonRow[], replicates: number): void {
  const [from, to] = periodMonths(plan, POLICY_WINDOW);
  const same =
    from === plan.scenarios[0].start ? ' (the scenarios differ from the first month)' : ', before which paired runs are identical';
  process.stdout.write(
    `Paired on common random numbers: ${replicates} replicates, each running every scenario on the same seed; differences are scenario minus ${plan.scenarios[0].name}, from the policies' start in ${from}${same}.\n`,
  );
  process.stdout.write(`${comparisonTable(rows, POLICY_WINDOW, `${from} to ${to}`)}\n`);
  if (plan.design.wholeRun !== true) return;
  const [start, end] = periodMonths(plan, WHOLE_RUN);
  process.stdout.write(`Whole run (--whole-run), ${start} to ${end}:\n${comparisonTable(rows, WHOLE_RUN, `${start} to ${end}`)}\n`);
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
  process.stdout.write(
    `Per person: ${pids.length} followed people (sampled by person id, the same people under every scenario) on seed ${seed}${short}, in ${join(out, 'persons.csv')}.\n`,
  );
  victimChanges(stories, pids).forEach((c, i) => {
    process.stdout.write(
      `  ${names[i + 1]}: of ${c.both} people in both runs, ${c.onlyPolicy} became victims only under ${names[i + 1]}, ${c.onlyReference} only under ${names[0]}.\n`,
    );
  });
}
