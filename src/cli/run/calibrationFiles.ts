// The calibration's files: calibration.csv (every point: parameters, distance, accepted, target
// measures), posterior.csv, fit.csv, calibration.json (all of it for the report) and
// best-estimate.json (a scenario file of the estimate). A sequential (SMC) calibration writes these per
// round in round-K/ and, at the top, the final population's files plus rounds.csv, correlations.csv
// and check.csv (the defaults and the estimate rerun on more replicates).
import { join } from 'node:path';
import type { ExperimentPlan } from '../../sim/experiment/plan';
import type { RunOutcome } from '../../sim/experiment/summary';
import type { Scenario } from '../../sim/scenario';
import {
  abcPoints,
  bestEstimateScenario,
  calibrationCsv,
  fitCsv,
  fitRows,
  posteriorCsv,
  posteriorRows,
  type CalibrationPoint,
  type FitRow,
  type PosteriorRow,
} from '../../sim/calibration/abc';
import { populationOf, type RoundSummary } from '../../sim/calibration/smc';
import type { CheckArm } from '../../sim/calibration/check';
import { csvCell, csvLine, statCell } from '../../sim/experiment/tables';
import { writeFileAtomic } from '../files';
import { finiteJson } from './historyFiles';

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
  /** SMC only: each round, the correlations of the final population, the estimate adopted and the check. */
  rounds?: RoundSummary[];
  correlations?: number[][];
  estimate?: { rule: string; set: Record<string, number> };
  check?: { replicates: number; arms: CheckArm[] };
}

const REJECTION_METHOD =
  'ABC rejection over a Latin hypercube of uniform priors; distance = root mean square over scored targets of how far the mean over replicates lies outside the target range, in range widths';

/** A calibration round's points, tolerance, weighted posterior and fit. */
export function roundResult(
  plan: ExperimentPlan,
  outcomes: readonly RunOutcome[],
): { points: CalibrationPoint[]; epsilon: number; weights: number[]; best: CalibrationPoint } {
  const { points, epsilon } = abcPoints(plan, outcomes);
  const { weights } = populationOf(plan, points, epsilon);
  const best = points.reduce((a, b) => (b.distance < a.distance ? b : a));
  return { points, epsilon, weights, best };
}

/** Writes the calibration files from the runs' outcomes; returns the file names. */
export function writeCalibrationFiles(out: string, plan: ExperimentPlan, outcomes: readonly RunOutcome[]): string[] {
  const { points, epsilon, weights, best } = roundResult(plan, outcomes);
  const smc = plan.design.method === 'abc-smc';
  const file: CalibrationFile = {
    method: smc
      ? `ABC-SMC round ${plan.design.round}: proposals around the previous population, weighted prior / proposal density; ${REJECTION_METHOD.slice(REJECTION_METHOD.indexOf('distance'))}`
      : REJECTION_METHOD,
    samples: plan.arms.length,
    replicates: plan.replicates,
    accept: Number(plan.design.accept),
    epsilon,
    accepted: points.filter((p) => p.accepted).length,
    best: { point: best.point, distance: best.distance, set: best.set },
    posterior: posteriorRows(plan.factors, points, best, weights),
    fit: fitRows(points, best, undefined, weights),
    distances: points.map((p) => p.distance),
  };
  writeFileAtomic(join(out, 'calibration.csv'), calibrationCsv(plan.factors, points));
  writeFileAtomic(join(out, 'posterior.csv'), posteriorCsv(file.posterior));
  writeFileAtomic(join(out, 'fit.csv'), fitCsv(file.fit));
  writeFileAtomic(join(out, 'calibration.json'), finiteJson(file));
  writeFileAtomic(join(out, 'best-estimate.json'), `${JSON.stringify(bestEstimateScenario(plan, best), null, 2)}\n`);
  return ['calibration.csv', 'posterior.csv', 'fit.csv', 'calibration.json', 'best-estimate.json'];
}

/** rounds.csv, correlations.csv and check.csv of an SMC calibration. */
function smcCsvs(file: CalibrationFile): Record<string, string> {
  const rounds = [
    csvLine(['round', 'samples', 'runs', 'epsilon', 'accepted', 'ess', 'best_distance']),
    ...file.rounds!.map((r) =>
      csvLine([
        String(r.round),
        String(r.samples),
        String(r.runs),
        statCell(r.epsilon),
        String(r.accepted),
        statCell(r.ess),
        statCell(r.bestDistance),
      ]),
    ),
  ];
  const names = file.posterior.map((p) => p.parameter);
  const correlations = [csvLine(['parameter', ...names]), ...file.correlations!.map((row, i) => csvLine([names[i], ...row.map(statCell)]))];
  return {
    'rounds.csv': rounds.join('\n') + '\n',
    'correlations.csv': correlations.join('\n') + '\n',
    'check.csv': checkCsv(file.check!.arms),
  };
}

/** check.csv: each arm's measure of every target over the check's runs, with its verdict. */
export function checkCsv(arms: readonly CheckArm[]): string {
  return (
    [
      csvLine(['estimate', 'target', 'role', 'low', 'high', 'mean', 'se', 'p5', 'p95', 'verdict']),
      ...arms.flatMap((arm) =>
        arm.targets.map((t) =>
          csvLine([csvCell(arm.label), t.target, t.role, ...[t.low, t.high, t.mean, t.se, t.p5, t.p95].map(statCell), t.verdict]),
        ),
      ),
    ].join('\n') + '\n'
  );
}

/** Writes the top-level files of an SMC calibration (the final population's, plus rounds, correlations and check). */
export function writeSmcFiles(
  out: string,
  file: CalibrationFile,
  points: readonly CalibrationPoint[],
  plan: ExperimentPlan,
  estimate: Scenario,
): string[] {
  const csvs = smcCsvs(file);
  writeFileAtomic(join(out, 'calibration.csv'), calibrationCsv(plan.factors, points));
  writeFileAtomic(join(out, 'posterior.csv'), posteriorCsv(file.posterior));
  writeFileAtomic(join(out, 'fit.csv'), fitCsv(file.fit));
  for (const [name, text] of Object.entries(csvs)) writeFileAtomic(join(out, name), text);
  writeFileAtomic(join(out, 'calibration.json'), finiteJson(file));
  writeFileAtomic(join(out, 'best-estimate.json'), `${JSON.stringify(estimate, null, 2)}\n`);
  return ['calibration.csv', 'posterior.csv', 'fit.csv', ...Object.keys(csvs), 'calibration.json', 'best-estimate.json'];
}
