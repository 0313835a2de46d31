// `frontera fit`: how well a scenario as given (defaults, --set, a calibration's estimate) fits the
// 2003-2005 calibration targets, on fresh seeds: the check a calibration ends with, without the search.
// Prints each target's mean and spread with its verdict; writes check.csv and check.json beside the batch files.
import { join } from 'node:path';
import { calibratedFactors } from '../../sim/calibration/abc';
import { ScenarioError } from '../../sim/scenario';
import { checkArms, checkPlan, scenarioValues, TARGET_YEARS } from '../../sim/calibration/check';
import { checkTable } from '../calibrationTables';
import { checkCsv } from '../run/calibrationFiles';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { calibratedSettings, writeFileAtomic } from '../files';

/** Runs the fit command. */
export async function fitCommand(
  shared: SharedCli,
  arg: string | undefined,
  opts: ExperimentOptions & { replicates: number; calibrated?: string },
  command: string,
): Promise<void> {
  if (opts.shard !== undefined)
    throw new ScenarioError(
      `--shard ${opts.shard}: fit scores all its runs together; run it unsharded (it is small: a few seeds over three years)`,
    );
  const fromCalibration = opts.calibrated === undefined ? [] : calibratedSettings(opts.calibrated);
  const scenario = shared.scenarioFromOptions(arg ?? 'baseline-2003', {
    ...opts,
    years: opts.years ?? TARGET_YEARS,
    set: [...fromCalibration, ...(opts.set ?? [])],
  });
  const priors = calibratedFactors();
  const plan = checkPlan(scenario, priors, [{ label: scenario.name, set: scenarioValues(scenario, priors) }], opts.replicates);
  const outcome = await runExperiment(plan, `fit ${scenario.name}`, opts, command);
  if (!outcome.assembled) return;
  const arms = checkArms(plan, outcome.assembled.outcomes);
  writeFileAtomic(join(opts.out, 'check.csv'), checkCsv(arms));
  writeFileAtomic(join(opts.out, 'check.json'), `${JSON.stringify({ replicates: opts.replicates, arms }, null, 2)}\n`);
  if (opts.quiet) return;
  const scored = arms[0].targets.filter((t) => t.role === 'scored');
  process.stdout.write(
    `${checkTable(opts.replicates, arms)}\n${scored.filter((t) => t.verdict === 'inside').length} of ${scored.length} scored targets inside their range (distance ${arms[0].distance.toPrecision(3)} range widths); inputs and input-bound rows are not scored. ${opts.out}/check.csv\n`,
  );
}
