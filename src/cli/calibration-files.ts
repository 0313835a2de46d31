// The calibration's files: calibration.csv (every point: parameters, distance, accepted, target
// measures), posterior.csv, fit.csv, calibration.json (all of it for the report) and
// best-estimate.json (a scenario file of the closest point).
import { join } from 'node:path';
import type { ExperimentPlan } from '../sim/experiment/plan';
import type { RunOutcome } from '../sim/experiment/summary';
import { abcPoints, bestEstimateScenario, calibrationCsv, fitCsv, fitRows, posteriorCsv, posteriorRows, type FitRow, type PosteriorRow } from '../sim/calibration';
import { writeFileAtomic } from './files';
import { finiteJson } from './history-files';

/** Contents of calibration.json. */
export interface CalibrationFile {
  method: string;
  samples: number;
  replicates: number;
  accept: number;
  epsilon: number;
  accepted: number;
  best: { point: number; distance: number; set: Record<string, number> };
  posterior: PosteriorRow[];
  fit: FitRow[];
  distances: number[];
}

/** Writes the calibration files from the runs' outcomes; returns the file names. */
export function writeCalibrationFiles(out: string, plan: ExperimentPlan, outcomes: readonly RunOutcome[]): string[] {
  const { points, epsilon } = abcPoints(plan, outcomes);
  const best = points.reduce((a, b) => (b.distance < a.distance ? b : a));
  const posterior = posteriorRows(plan.factors, points, best);
  const fit = fitRows(points, best);
  const file: CalibrationFile = {
    method: 'ABC rejection over a Latin hypercube of uniform priors; distance = root mean square over scored targets of how far the mean over replicates lies outside the target range, in range widths',
    samples: plan.arms.length, replicates: plan.replicates, accept: Number(plan.design.accept), epsilon, accepted: points.filter((p) => p.accepted).length,
    best: { point: best.point, distance: best.distance, set: best.set }, posterior, fit, distances: points.map((p) => p.distance),
  };
  writeFileAtomic(join(out, 'calibration.csv'), calibrationCsv(plan.factors, points));
  writeFileAtomic(join(out, 'posterior.csv'), posteriorCsv(posterior));
  writeFileAtomic(join(out, 'fit.csv'), fitCsv(fit));
  writeFileAtomic(join(out, 'calibration.json'), finiteJson(file));
  writeFileAtomic(join(out, 'best-estimate.json'), `${JSON.stringify(bestEstimateScenario(plan, best), null, 2)}\n`);
  return ['calibration.csv', 'posterior.csv', 'fit.csv', 'calibration.json', 'best-estimate.json'];
}
