// `frontera calibrate`: ABC rejection over a Latin hypercube of the calibrated parameters' priors
// against the 2003-2005 targets, on every core (workers, shards, resume, progress as batch). Prints
// the posterior and the fit per target; writes the accepted sets and a best-estimate scenario file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError } from '../sim/scenario';
import { calibratedFactors, calibrationPlan, parsePriors } from '../sim/calibration';
import { runExperiment, type ExperimentOptions, type SharedCli } from './experiment-run';
import type { CalibrationFile } from './calibration-files';
import { table } from './format';

/** Options of the calibrate command. */
export interface CalibrateOptions extends ExperimentOptions {
  samples: number;
  replicates: number;
  accept: number;
  params?: string;
}

/** The 2003-2005 window the targets describe. */
const TARGET_YEARS = 3;

const show = (v: number | null) => (v === null || !Number.isFinite(v) ? '-' : Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3));

/** The posterior and fit tables printed after a calibration. */
export function calibrationTables(file: CalibrationFile): string {
  const posterior = table(['parameter', 'prior', 'posterior mean', '90% of accepted', 'best', 'sd / prior sd', 'identification'],
    file.posterior.map((r) => [r.parameter, `${show(r.priorLow)}-${show(r.priorHigh)}`, show(r.mean), `${show(r.p5)}-${show(r.p95)}`, show(r.best), show(r.sdRatio), r.identification]));
  const fit = table(['target', 'range', 'best point', 'accepted 5-95%', 'accepted inside', 'verdict'],
    file.fit.map((r) => [r.quantity.slice(0, 60), r.role === 'scored' || r.role === 'input-bound' ? `${show(r.low)}-${show(r.high)}` : '-', show(r.best),
      `${show(r.acceptedP5)}-${show(r.acceptedP95)}`, r.role === 'scored' ? `${Math.round(r.acceptedInside * 100)}%` : '-', r.verdict]));
  return `${posterior}\n\n${fit}`;
}

/** Runs the calibrate command. */
export async function calibrateCommand(shared: SharedCli, arg: string | undefined, opts: CalibrateOptions, command: string): Promise<void> {
  const priors = opts.params === undefined ? calibratedFactors() : parsePriors(opts.params);
  if (priors.length === 0) throw new ScenarioError('calibrate: no parameter is marked calibrated with a prior in PARAMS; name some with --params path=low:high');
  const library = shared.scenarioFromOptions(arg ?? 'baseline-2003', { ...opts, years: undefined });
  const scenario = shared.scenarioFromOptions(arg ?? 'baseline-2003', { ...opts, years: opts.years ?? TARGET_YEARS });
  const plan = calibrationPlan(scenario, priors, opts.samples, opts.replicates, opts.accept, scenario.seed, library.years);
  const outcome = await runExperiment(plan, `calibrate ${scenario.name}`, opts, command);
  if (!outcome.assembled || opts.quiet) return;
  const file = JSON.parse(readFileSync(join(opts.out, 'calibration.json'), 'utf8')) as CalibrationFile;
  process.stdout.write(`ABC rejection: ${file.samples} points x ${file.replicates} replicates over ${scenario.start} to ${scenario.years} years; accepted ${file.accepted} (the closest ${Math.round(file.accept * 100)}%, distance <= ${show(file.epsilon)} range widths).\n`);
  process.stdout.write(`${calibrationTables(file)}\nBest estimate (distance ${show(file.best.distance)}): ${opts.out}/best-estimate.json\n`);
}
