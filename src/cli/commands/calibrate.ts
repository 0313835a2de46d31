// `frontera calibrate`: ABC against the 2003-2005 targets on every core (workers, resume, progress as
// batch). One round is rejection over a Latin hypercube of the calibrated parameters' priors; more
// rounds are sequential Monte Carlo ABC (each round in OUT/round-K), followed by a check that reruns
// the defaults and the adopted estimate (the posterior median) on fresh seeds. Prints the posterior
// and the fit per target; writes the accepted sets and a best-estimate scenario file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveParams, ScenarioError, type Scenario } from '../../sim/scenario';
import { bestEstimateScenario, calibratedFactors, calibrationPlan, fitRows, parsePriors, pointDistance, posteriorCorrelations, posteriorRows, weightedSummary, yearlyRows, type CalibrationPoint } from '../../sim/calibration/abc';
import { calibrationTargets, targetRole } from '../../sim/calibration/targets';
import { effectiveSampleSize, populationOf, smcRoundPlan, type Population } from '../../sim/calibration/smc';
import { findParam } from '../../sim/params';
import { recordable, type Vary } from '../../sim/experiment/designs';
import { createPlan, type ExperimentPlan } from '../../sim/experiment/plan';
import type { RunOutcome } from '../../sim/experiment/summary';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { roundResult, writeSmcFiles, type CalibrationFile, type CheckArm, type CheckTarget, type RoundSummary } from '../run/calibrationFiles';
import { writeFileAtomic } from '../files';
import { table } from '../format';

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

/** The 2003-2005 window the targets describe. */
export const TARGET_YEARS = 3;

const show = (v: number | null) => (v === null || !Number.isFinite(v) ? '-' : Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3));

/** The posterior and fit tables printed after a calibration. */
export function calibrationTables(file: CalibrationFile): string {
  const posterior = table(['parameter', 'prior', 'posterior median', '90% of accepted', 'best', 'sd / prior sd', 'identification'],
    file.posterior.map((r) => [r.parameter, `${show(r.priorLow)}-${show(r.priorHigh)}`, show(r.p50), `${show(r.p5)}-${show(r.p95)}`, show(r.best), show(r.sdRatio), r.identification]));
  const fit = table(['target', 'range', 'best point', 'accepted 5-95%', 'accepted inside', 'verdict'],
    file.fit.map((r) => [r.quantity.slice(0, 60), r.role === 'scored' || r.role === 'input-bound' ? `${show(r.low)}-${show(r.high)}` : '-', show(r.best),
      `${show(r.acceptedP5)}-${show(r.acceptedP95)}`, r.role === 'scored' ? `${Math.round(r.acceptedInside * 100)}%` : '-', r.verdict]));
  const check = file.check ? `\n\n${checkTable(file.check.replicates, file.check.arms)}` : '';
  return `${posterior}\n\n${fit}${check}`;
}

/** The check's table: each target's range and each arm's mean (5-95% across runs) with its verdict. */
export function checkTable(replicates: number, arms: readonly CheckArm[]): string {
  return `Check on ${replicates} fresh seeds (mean over runs, 5-95% across runs):\n${table(['target', 'range', ...arms.map((a) => a.label)],
    arms[0].targets.map((t, i) => [t.quantity.slice(0, 60), Number.isFinite(t.low) ? `${show(t.low)}-${show(t.high)}` : '-',
      ...arms.map((a) => `${show(a.targets[i].mean)} (${show(a.targets[i].p5)}-${show(a.targets[i].p95)}) ${a.targets[i].verdict}`)]))}`;
}

/** Runs the calibrate command. */
export async function calibrateCommand(shared: SharedCli, arg: string | undefined, opts: CalibrateOptions, command: string): Promise<void> {
  const priors = opts.params === undefined ? calibratedFactors() : parsePriors(opts.params);
  if (priors.length === 0) throw new ScenarioError('calibrate: no parameter is marked calibrated with a prior in PARAMS; name some with --params path=low:high');
  const library = shared.scenarioFromOptions(arg ?? 'baseline-2003', { ...opts, years: undefined });
  const scenario = shared.scenarioFromOptions(arg ?? 'baseline-2003', { ...opts, years: opts.years ?? TARGET_YEARS });
  const plan = calibrationPlan(scenario, priors, opts.samples, opts.replicates, opts.accept, scenario.seed, library.years);
  if (opts.rounds > 1) return smcCalibration(scenario, priors, plan, opts, command);
  const outcome = await runExperiment(plan, `calibrate ${scenario.name}`, opts, command);
  if (!outcome.assembled || opts.quiet) return;
  const file = JSON.parse(readFileSync(join(opts.out, 'calibration.json'), 'utf8')) as CalibrationFile;
  process.stdout.write(`ABC rejection: ${file.samples} points x ${file.replicates} replicates over ${scenario.start} to ${scenario.years} years; accepted ${file.accepted} (the closest ${Math.round(file.accept * 100)}%, distance <= ${show(file.epsilon)} range widths).\n`);
  process.stdout.write(`${calibrationTables(file)}\nBest estimate (distance ${show(file.best.distance)}): ${opts.out}/best-estimate.json\n`);
}

/** Runs one round's plan in OUT/round-K; returns its outcomes. */
async function runRound(plan: ExperimentPlan, dir: string, label: string, opts: CalibrateOptions, command: string): Promise<RunOutcome[]> {
  const outcome = await runExperiment(plan, label, { ...opts, out: dir }, command);
  return outcome.assembled!.outcomes;
}

/** The adopted estimate: each parameter's weighted posterior median, recorded as the parameter stores it. */
function posteriorMedian(priors: readonly Vary[], population: Population): Record<string, number> {
  return Object.fromEntries(priors.map((q) => [q.path, recordable(findParam(q.path)!, weightedSummary(population.points.map((p) => p.set[q.path]), population.weights).p50)]));
}

/** The scenario's own values of the calibrated parameters (defaults filled in). */
export function scenarioValues(scenario: Scenario, priors: readonly Vary[]): Record<string, number> {
  const params = resolveParams(scenario);
  return Object.fromEntries(priors.map((q) => [q.path, Number(params[q.path as keyof typeof params])]));
}

/** The check: each arm (a label and the calibrated parameters' values) on `replicates` seeds the rounds never used. */
export function checkPlan(scenario: Scenario, priors: readonly Vary[], arms: readonly { label: string; set: Record<string, number> }[], replicates: number): ExperimentPlan {
  return createPlan({ kind: 'sweep', baseSeed: (scenario.seed + 1) % 0x100000000, replicates, scenarios: [scenario], keyColumns: ['estimate', ...priors.map((q) => q.path)],
    arms: arms.map((a) => ({ scenario: 0, set: a.set, keys: { estimate: a.label, ...a.set } })), factors: [...priors], design: { method: 'calibration-check' } });
}

/** Each target's measure per check arm: mean, standard error and spread over the runs. */
export function checkArms(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): CheckArm[] {
  const targets = calibrationTargets();
  return plan.arms.map((arm, a) => {
    const runs = outcomes.slice(a * plan.replicates, (a + 1) * plan.replicates).map(yearlyRows);
    const measures: Record<string, number> = {};
    const rows = targets.map((t): CheckTarget => {
      const s = weightedSummary(runs.map((years) => t.measure(years)));
      measures[t.id] = s.mean;
      const role = targetRole(t);
      const verdict = role !== 'scored' ? role : s.mean < t.low! ? 'below' : s.mean > t.high! ? 'above' : 'inside';
      return { target: t.id, quantity: t.quantity, role, low: t.low ?? NaN, high: t.high ?? NaN, mean: s.mean, se: s.sd / Math.sqrt(Math.max(1, s.n - 1)), p5: s.p5, p95: s.p95, verdict };
    });
    return { label: String(arm.keys.estimate), set: arm.set as Record<string, number>, distance: pointDistance(measures, targets), targets: rows };
  });
}

/** Sequential Monte Carlo ABC: round 1 is the Latin hypercube, later rounds propose around the last population. */
async function smcCalibration(scenario: Scenario, priors: Vary[], first: ExperimentPlan, opts: CalibrateOptions, command: string): Promise<void> {
  if (opts.shard !== undefined) throw new ScenarioError(`--shard ${opts.shard}: a sequential calibration (--rounds ${opts.rounds}) runs round after round on one machine; shard only --rounds 1`);
  const label = (k: number) => `calibrate ${scenario.name} round ${k}/${opts.rounds}`;
  let plan = first;
  let result = roundResult(plan, await runRound(plan, join(opts.out, 'round-1'), label(1), opts, command));
  const prior = result.points;
  const rounds: RoundSummary[] = [];
  const summarise = (k: number) => rounds.push({ round: k, samples: plan.arms.length, runs: plan.arms.length * plan.replicates, epsilon: result.epsilon,
    accepted: result.points.filter((p) => p.accepted).length, ess: effectiveSampleSize(result.weights), bestDistance: result.best.distance });
  summarise(1);
  for (let k = 2; k <= opts.rounds; k++) {
    const population = populationOf(plan, result.points, result.epsilon);
    plan = smcRoundPlan(scenario, priors, population, opts.roundSamples ?? opts.samples, opts.replicates, opts.accept, scenario.seed, k, Number(first.design.scenarioYears));
    result = roundResult(plan, await runRound(plan, join(opts.out, `round-${k}`), label(k), opts, command));
    summarise(k);
  }
  const population = populationOf(plan, result.points, result.epsilon);
  const estimate = posteriorMedian(priors, population);
  const check = checkPlan(first.scenarios[0], priors, [{ label: 'defaults', set: scenarioValues(first.scenarios[0], priors) }, { label: 'posterior median', set: estimate }], opts.checkReplicates);
  const checked = checkArms(check, await runRound(check, join(opts.out, 'check'), `calibrate ${scenario.name} check`, opts, command));
  const accepted: CalibrationPoint[] = population.points;
  const file: CalibrationFile = {
    method: `ABC-SMC (population Monte Carlo, Beaumont et al. 2009) in ${opts.rounds} rounds: round 1 a Latin hypercube of the uniform priors, each later round proposals resampled from the previous population by weight plus a Gaussian step (sd per parameter = sqrt of twice the weighted variance), weighted prior / proposal density; each round accepts the closest ${Math.round(opts.accept * 100)}% (tolerance never above the previous round's). Distance = root mean square over scored targets of how far the mean over replicates lies outside the target range, in range widths. Estimate = weighted posterior median per parameter`,
    samples: plan.arms.length, replicates: plan.replicates, accept: opts.accept, epsilon: result.epsilon, accepted: accepted.length,
    best: { point: result.best.point, distance: result.best.distance, set: result.best.set },
    posterior: posteriorRows(priors, result.points, result.best, population.weights), fit: fitRows(result.points, result.best, undefined, population.weights, prior),
    distances: result.points.map((p) => p.distance), rounds, correlations: posteriorCorrelations(priors, accepted, population.weights),
    estimate: { rule: 'weighted posterior median of each parameter', set: estimate }, check: { replicates: opts.checkReplicates, arms: checked },
  };
  const estimateScenario = { ...bestEstimateScenario(plan, { ...result.best, set: estimate }),
    description: `${scenario.name} with the calibrated parameters at the posterior median of an ABC-SMC calibration (${rounds.length} rounds, ${rounds.reduce((a, r) => a + r.runs, 0)} runs): ${Object.entries(estimate).map(([p, v]) => `${p} = ${v}`).join(', ')}.` };
  const files = writeSmcFiles(opts.out, file, result.points, plan, estimateScenario);
  writeTopManifest(opts, rounds, command, files);
  if (opts.quiet) return;
  process.stdout.write(`ABC-SMC: ${rounds.map((r) => `round ${r.round} ${r.samples} points, tolerance ${show(r.epsilon)}, ${r.accepted} accepted (ESS ${show(r.ess)})`).join('; ')}; ${opts.replicates} replicates per point over ${scenario.start} to ${scenario.years} years.\n`);
  process.stdout.write(`${calibrationTables(file)}\nEstimate (posterior median): ${opts.out}/best-estimate.json\n`);
}

/** OUT/manifest.json: the last round's manifest, describing the whole sequential calibration. */
function writeTopManifest(opts: CalibrateOptions, rounds: readonly RoundSummary[], command: string, files: string[]): void {
  type Manifest = Record<string, unknown> & { execution?: Record<string, unknown> };
  const last = JSON.parse(readFileSync(join(opts.out, `round-${rounds.length}`, 'manifest.json'), 'utf8')) as Manifest;
  const first = JSON.parse(readFileSync(join(opts.out, 'round-1', 'manifest.json'), 'utf8')) as Manifest;
  const manifest = {
    ...last, runCount: rounds.reduce((a, r) => a + r.runs, 0) + 2 * opts.checkReplicates, files,
    design: { method: 'abc-smc', rounds: rounds.length, samples: opts.samples, roundSamples: opts.roundSamples ?? opts.samples, accept: opts.accept, checkReplicates: opts.checkReplicates },
    // From round 1's start (of its last session, after a resume) to the check's end.
    execution: { ...last.execution, command, started: first.execution?.started, finished: new Date().toISOString() },
  };
  writeFileAtomic(join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
