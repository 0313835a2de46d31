// `frontera calibrate`: ABC against the 2003-2005 targets on every core (workers, resume, progress as
// batch). One round is rejection over a Latin hypercube of the calibrated parameters' priors; more
// rounds are sequential Monte Carlo ABC (each round in OUT/round-K), followed by a check that reruns
// the defaults and the adopted estimate (the posterior median) on fresh seeds. Prints the posterior
// and the fit per target; writes the accepted sets and a best-estimate scenario file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError, type Scenario } from '../../sim/scenario';
import {
  bestEstimateScenario,
  calibratedFactors,
  calibrationPlan,
  fitRows,
  parsePriors,
  posteriorCorrelations,
  posteriorRows,
  weightedSummary,
  type CalibrationPoint,
} from '../../sim/calibration/abc';
import { checkArms, checkPlan, scenarioValues, TARGET_YEARS } from '../../sim/calibration/check';
import { effectiveSampleSize, populationOf, smcRoundPlan, type Population, type RoundSummary } from '../../sim/calibration/smc';
import { findParam } from '../../sim/params';
import { recordable, type Vary } from '../../sim/experiment/designs';
import type { ExperimentPlan } from '../../sim/experiment/plan';
import type { RunOutcome } from '../../sim/experiment/summary';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { roundResult, writeSmcFiles, type CalibrationFile } from '../run/calibrationFiles';
import { writeFileAtomic } from '../files';
import { calibrationTables, show } from '../calibrationTables';

/** Options of the calibrate command. */
export interface CalibrateOptions extends ExperimentOptions {
  samples: number;
  replicates: number;
  accept: number;
  params?: string;
  rounds: number;
  roundSamples?: number;
  checkReplicates: number;
}

/** Runs the calibrate command. */
export async function calibrateCommand(shared: SharedCli, arg: string | undefined, opts: CalibrateOptions, command: string): Promise<void> {
  const priors = opts.params === undefined ? calibratedFactors() : parsePriors(opts.params);
  if (priors.length === 0)
    throw new ScenarioError('calibrate: no parameter is marked calibrated with a prior in PARAMS; name some with --params path=low:high');
  const library = shared.scenarioFromOptions(arg ?? 'baseline-2003', { ...opts, years: undefined });
  const scenario = shared.scenarioFromOptions(arg ?? 'baseline-2003', { ...opts, years: opts.years ?? TARGET_YEARS });
  const plan = calibrationPlan(scenario, priors, opts.samples, opts.replicates, opts.accept, scenario.seed, library.years);
  if (opts.rounds > 1) return smcCalibration(scenario, priors, plan, opts, command);
  const outcome = await runExperiment(plan, `calibrate ${scenario.name}`, opts, command);
  if (!outcome.assembled || opts.quiet) return;
  const file = JSON.parse(readFileSync(join(opts.out, 'calibration.json'), 'utf8')) as CalibrationFile;
  process.stdout.write(
    `ABC rejection: ${file.samples} points x ${file.replicates} replicates over ${scenario.start} to ${scenario.years} years; accepted ${file.accepted} (the closest ${Math.round(file.accept * 100)}%, distance <= ${show(file.epsilon)} range widths).\n`,
  );
  process.stdout.write(
    `${calibrationTables(file)}\nBest estimate (distance ${show(file.best.distance)}): ${opts.out}/best-estimate.json\n`,
  );
}

/** Runs one round's plan in OUT/round-K; returns its outcomes. */
async function runRound(plan: ExperimentPlan, dir: string, label: string, opts: CalibrateOptions, command: string): Promise<RunOutcome[]> {
  const outcome = await runExperiment(plan, label, { ...opts, out: dir }, command);
  return outcome.assembled!.outcomes;
}

/** The adopted estimate: each parameter's weighted posterior median, recorded as the parameter stores it. */
function posteriorMedian(priors: readonly Vary[], population: Population): Record<string, number> {
  return Object.fromEntries(
    priors.map((q) => [
      q.path,
      recordable(
        findParam(q.path)!,
        weightedSummary(
          population.points.map((p) => p.set[q.path]),
          population.weights,
        ).p50,
      ),
    ]),
  );
}

/** Sequential Monte Carlo ABC: round 1 is the Latin hypercube, later rounds propose around the last population. */
async function smcCalibration(
  scenario: Scenario,
  priors: Vary[],
  first: ExperimentPlan,
  opts: CalibrateOptions,
  command: string,
): Promise<void> {
  if (opts.shard !== undefined)
    throw new ScenarioError(
      `--shard ${opts.shard}: a sequential calibration (--rounds ${opts.rounds}) runs round after round on one machine; shard only --rounds 1`,
    );
  const label = (k: number) => `calibrate ${scenario.name} round ${k}/${opts.rounds}`;
  let plan = first;
  let result = roundResult(plan, await runRound(plan, join(opts.out, 'round-1'), label(1), opts, command));
  const prior = result.points;
  const rounds: RoundSummary[] = [];
  const summarise = (k: number) =>
    rounds.push({
      round: k,
      samples: plan.arms.length,
      runs: plan.arms.length * plan.replicates,
      epsilon: result.epsilon,
      accepted: result.points.filter((p) => p.accepted).length,
      ess: effectiveSampleSize(result.weights),
      bestDistance: result.best.distance,
    });
  summarise(1);
  for (let k = 2; k <= opts.rounds; k++) {
    const population = populationOf(plan, result.points, result.epsilon);
    plan = smcRoundPlan(
      scenario,
      priors,
      population,
      opts.roundSamples ?? opts.samples,
      opts.replicates,
      opts.accept,
      scenario.seed,
      k,
      Number(first.design.scenarioYears),
    );
    result = roundResult(plan, await runRound(plan, join(opts.out, `round-${k}`), label(k), opts, command));
    summarise(k);
  }
  const population = populationOf(plan, result.points, result.epsilon);
  const estimate = posteriorMedian(priors, population);
  const check = checkPlan(
    first.scenarios[0],
    priors,
    [
      { label: 'defaults', set: scenarioValues(first.scenarios[0], priors) },
      { label: 'posterior median', set: estimate },
    ],
    opts.checkReplicates,
  );
  const checked = checkArms(check, await runRound(check, join(opts.out, 'check'), `calibrate ${scenario.name} check`, opts, command));
  const accepted: CalibrationPoint[] = population.points;
  const file: CalibrationFile = {
    method: `ABC-SMC (population Monte Carlo, Beaumont et al. 2009) in ${opts.rounds} rounds: round 1 a Latin hypercube of the uniform priors, each later round proposals resampled from the previous population by weight plus a Gaussian step (sd per parameter = sqrt of twice the weighted variance), weighted prior / proposal density; each round accepts the closest ${Math.round(opts.accept * 100)}% (tolerance never above the previous round's). Distance = root mean square over scored targets of how far the mean over replicates lies outside the target range, in range widths. Estimate = weighted posterior median per parameter`,
    samples: plan.arms.length,
    replicates: plan.replicates,
    accept: opts.accept,
    epsilon: result.epsilon,
    accepted: accepted.length,
    best: { point: result.best.point, distance: result.best.distance, set: result.best.set },
    posterior: posteriorRows(priors, result.points, result.best, population.weights),
    fit: fitRows(result.points, result.best, undefined, population.weights, prior),
    distances: result.points.map((p) => p.distance),
    rounds,
    correlations: posteriorCorrelations(priors, accepted, population.weights),
    estimate: { rule: 'weighted posterior median of each parameter', set: estimate },
    check: { replicates: opts.checkReplicates, arms: checked },
  };
  const estimateScenario = {
    ...bestEstimateScenario(plan, { ...result.best, set: estimate }),
    description: `${scenario.name} with the calibrated parameters at the posterior median of an ABC-SMC calibration (${rounds.length} rounds, ${rounds.reduce((a, r) => a + r.runs, 0)} runs): ${Object.entries(
      estimate,
    )
      .map(([p, v]) => `${p} = ${v}`)
      .join(', ')}.`,
  };
  const files = writeSmcFiles(opts.out, file, result.points, plan, estimateScenario);
  writeTopManifest(opts, rounds, command, files);
  if (opts.quiet) return;
  process.stdout.write(
    `ABC-SMC: ${rounds.map((r) => `round ${r.round} ${r.samples} points, tolerance ${show(r.epsilon)}, ${r.accepted} accepted (ESS ${show(r.ess)})`).join('; ')}; ${opts.replicates} replicates per point over ${scenario.start} to ${scenario.years} years.\n`,
  );
  process.stdout.write(`${calibrationTables(file)}\nEstimate (posterior median): ${opts.out}/best-estimate.json\n`);
}

/** OUT/manifest.json: the last round's manifest, describing the whole sequential calibration. */
function writeTopManifest(opts: CalibrateOptions, rounds: readonly RoundSummary[], command: string, files: string[]): void {
  type Manifest = Record<string, unknown> & { execution?: Record<string, unknown> };
  const last = JSON.parse(readFileSync(join(opts.out, `round-${rounds.length}`, 'manifest.json'), 'utf8')) as Manifest;
  const first = JSON.parse(readFileSync(join(opts.out, 'round-1', 'manifest.json'), 'utf8')) as Manifest;
  const manifest = {
    ...last,
    runCount: rounds.reduce((a, r) => a + r.runs, 0) + 2 * opts.checkReplicates,
    files,
    design: {
      method: 'abc-smc',
      rounds: rounds.length,
      samples: opts.samples,
      roundSamples: opts.roundSamples ?? opts.samples,
      accept: opts.accept,
      checkReplicates: opts.checkReplicates,
    },
    // From round 1's start (of its last session, after a resume) to the check's end.
    execution: { ...last.execution, command, started: first.execution?.started, finished: new Date().toISOString() },
  };
  writeFileAtomic(join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
