// Calibration by approximate Bayesian computation (rejection): a Latin hypercube over the uniform
// priors of the calibrated parameters, each point run on the same replicate seeds; a point's
// distance to the 2003-2005 targets; the closest share of points accepted as the posterior sample.
import { findParam, PARAMS, type ParamSpec } from '../params';
import { METRICS } from '../metrics';
import { ScenarioError, type Scenario } from '../scenario';
import { createStream } from '../engine/rng';
import { latinHypercubeDesign, type Vary } from '../experiment/designs';
import { createPlan, type Arm, type ExperimentPlan } from '../experiment/plan';
import { WHOLE_RUN, type RunOutcome } from '../experiment/summary';
import { summarize } from '../experiment/stats';
import { csvCell, csvLine, statCell } from '../experiment/tables';
import type { YearlyRow } from '../output';
import { calibrationTargets, targetRole, type CalibrationTarget } from './targets';

/** The parameters marked calibrated in PARAMS, over their priors. */
export function calibratedFactors(): Vary[] {
  return (PARAMS as readonly ParamSpec[])
    .filter((p) => p.role === 'calibrated' && p.prior)
    .map((p) => ({ path: p.path, from: p.prior![0], to: p.prior![1] }));
}

/** Parses `a=lo:hi,b` for --params: a range, or the declared prior (or whole range) of the parameter. */
export function parsePriors(text: string): Vary[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [path, range] = item.split('=').map((t) => t.trim());
      const spec = findParam(path);
      if (!spec) throw new ScenarioError(`--params ${item}: unknown parameter "${path}" (see \`frontera params\`)`);
      if (spec.kind === 'boolean')
        throw new ScenarioError(`--params ${item}: ${path} is a switch; expected a number parameter to calibrate`);
      if (range === undefined) return { path, from: spec.prior?.[0] ?? spec.min, to: spec.prior?.[1] ?? spec.max };
      const [from, to] = range.split(':').map(Number);
      if (!Number.isFinite(from) || !Number.isFinite(to) || from < spec.min || to > spec.max || from >= to) {
        throw new ScenarioError(`--params ${item}: expected ${path}=low:high with ${spec.min} <= low < high <= ${spec.max} (${spec.unit})`);
      }
      return { path, from, to };
    });
}

/** The calibration plan: `samples` Latin hypercube points over the priors, each run `replicates` times on the same seeds. */
export function calibrationPlan(
  scenario: Scenario,
  priors: Vary[],
  samples: number,
  replicates: number,
  accept: number,
  baseSeed: number,
  scenarioYears = scenario.years,
): ExperimentPlan {
  if (priors.length === 0)
    throw new ScenarioError('calibrate: no parameter is marked calibrated with a prior in PARAMS; name some with --params path=low:high');
  if (!(accept > 0 && accept <= 1)) throw new ScenarioError(`--accept ${accept}: expected a share in (0, 1]`);
  const points = latinHypercubeDesign(priors, samples, createStream(baseSeed, 'calibration/lhs'));
  const arms: Arm[] = points.map((set, point) => ({ scenario: 0, set, keys: { point, ...set } }));
  return createPlan({
    kind: 'calibration',
    baseSeed,
    replicates,
    scenarios: [scenario],
    keyColumns: ['point', ...priors.map((p) => p.path)],
    arms,
    factors: priors,
    design: { method: 'abc-rejection', samples, accept, scenarioYears },
  });
}

/** A run's calendar years as the targets read them. */
export function yearlyRows(outcome: RunOutcome): YearlyRow[] {
  return outcome.periods.flatMap((year, p) =>
    year === WHOLE_RUN
      ? []
      : [{ year, values: Object.fromEntries(METRICS.map((m) => [m.name, outcome.values[m.name][p]])) as YearlyRow['values'] }],
  );
}

/** How far a value lies outside a target's range, in widths of the range (0 inside). */
export function targetDistance(value: number, low: number, high: number): number {
  if (!Number.isFinite(value)) return Infinity;
  return Math.max(0, low - value, value - high) / (high - low);
}

/** One design point: its parameters, the mean of each target's measure over replicates, and its distance. */
export interface CalibrationPoint {
  point: number;
  set: Record<string, number>;
  measures: Record<string, number>;
  distance: number;
  accepted: boolean;
}

/** Root mean square of the scored targets' distances. */
export function pointDistance(measures: Record<string, number>, targets: readonly CalibrationTarget[]): number {
  const scored = targets.filter((t) => targetRole(t) === 'scored');
  return Math.sqrt(scored.reduce((a, t) => a + targetDistance(measures[t.id], t.low!, t.high!) ** 2, 0) / scored.length);
}

/** Every point with its distance, the accepted share marked (ties at the threshold accepted too). */
export function abcPoints(
  plan: ExperimentPlan,
  outcomes: readonly RunOutcome[],
  targets = calibrationTargets(),
): { points: CalibrationPoint[]; epsilon: number } {
  const points = plan.arms.map((arm, a): CalibrationPoint => {
    const runs = outcomes.slice(a * plan.replicates, (a + 1) * plan.replicates).map(yearlyRows);
    const measures = Object.fromEntries(targets.map((t) => [t.id, runs.reduce((sum, years) => sum + t.measure(years), 0) / runs.length]));
    return { point: a, set: arm.set as Record<string, number>, measures, distance: pointDistance(measures, targets), accepted: false };
  });
  const keep = Math.max(1, Math.round(points.length * Number(plan.design.accept)));
  const quantile = [...points.map((p) => p.distance)].sort((x, y) => x - y)[keep - 1];
  // An SMC round's tolerance never rises above the previous round's (unless nothing would pass it).
  const cap = plan.design.epsilonCap === undefined ? Infinity : Number(plan.design.epsilonCap);
  const epsilon = points.some((p) => p.distance <= Math.min(quantile, cap)) ? Math.min(quantile, cap) : quantile;
  for (const p of points) p.accepted = p.distance <= epsilon;
  return { points, epsilon };
}

/** Weighted mean, sd and percentiles of a sample (weights normalised here; equal weights give the usual summaries). */
export function weightedSummary(
  values: readonly number[],
  weights: readonly number[] = values.map(() => 1),
): { n: number; mean: number; sd: number; p5: number; p50: number; p95: number } {
  const keep = values
    .map((v, i) => [v, weights[i]] as const)
    .filter(([v, w]) => Number.isFinite(v) && w > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = keep.reduce((a, [, w]) => a + w, 0);
  if (keep.length === 0) return { n: 0, mean: NaN, sd: NaN, p5: NaN, p50: NaN, p95: NaN };
  const mean = keep.reduce((a, [v, w]) => a + v * w, 0) / total;
  const sd = Math.sqrt(keep.reduce((a, [v, w]) => a + w * (v - mean) ** 2, 0) / total);
  const pct = (p: number) => {
    let run = 0;
    for (const [v, w] of keep) if ((run += w) >= p * total - 1e-12) return v;
    return keep[keep.length - 1][0];
  };
  return { n: keep.length, mean, sd, p5: pct(0.05), p50: pct(0.5), p95: pct(0.95) };
}

/** Weighted correlation matrix of the calibrated parameters over the accepted points. */
export function posteriorCorrelations(
  priors: readonly Vary[],
  accepted: readonly CalibrationPoint[],
  weights: readonly number[],
): number[][] {
  const total = weights.reduce((a, b) => a + b, 0);
  const cols = priors.map((q) => accepted.map((p) => p.set[q.path]));
  const means = cols.map((c) => c.reduce((a, v, i) => a + v * weights[i], 0) / total);
  const cov = (a: number, b: number) => cols[a].reduce((s, v, i) => s + weights[i] * (v - means[a]) * (cols[b][i] - means[b]), 0) / total;
  return priors.map((_, a) => priors.map((__, b) => cov(a, b) / Math.sqrt(cov(a, a) * cov(b, b))));
}

/** A parameter's prior and posterior (the accepted points' values). */
export interface PosteriorRow {
  parameter: string;
  priorLow: number;
  priorHigh: number;
  n: number;
  mean: number;
  sd: number;
  p5: number;
  p50: number;
  p95: number;
  best: number;
  /** Posterior sd / prior sd (uniform: width / sqrt 12): near 1 means the targets say little about it. */
  sdRatio: number;
  identification: 'identified' | 'weakly identified' | 'not identified';
  values: number[];
  /** Importance weights of the accepted points (SMC); all equal under rejection. */
  weights?: number[];
}

/** Posterior summaries per calibrated parameter (weighted by the accepted points' importance weights, if given). */
export function posteriorRows(
  priors: readonly Vary[],
  points: readonly CalibrationPoint[],
  best: CalibrationPoint,
  weights?: readonly number[],
): PosteriorRow[] {
  const accepted = points.filter((p) => p.accepted);
  const w = weights ? [...weights] : accepted.map(() => 1 / accepted.length);
  return priors.map((prior) => {
    const values = accepted.map((p) => p.set[prior.path]);
    const s = weightedSummary(values, w);
    const sdRatio = s.sd / ((Number(prior.to) - Number(prior.from)) / Math.sqrt(12));
    const identification = sdRatio < 0.5 ? 'identified' : sdRatio < 0.8 ? 'weakly identified' : 'not identified';
    return {
      parameter: prior.path,
      priorLow: Number(prior.from),
      priorHigh: Number(prior.to),
      n: s.n,
      mean: s.mean,
      sd: s.sd,
      p5: s.p5,
      p50: s.p50,
      p95: s.p95,
      best: best.set[prior.path],
      sdRatio,
      identification: Number.isFinite(sdRatio) ? identification : 'not identified',
      values,
      weights: w,
    };
  });
}

/** The fit of one target: its range, the best point's value, and the accepted points' spread. */
export interface FitRow {
  target: string;
  quantity: string;
  role: ReturnType<typeof targetRole>;
  low: number;
  high: number;
  best: number;
  acceptedMean: number;
  acceptedP5: number;
  acceptedP95: number;
  /** Share of accepted points whose value is inside the range. */
  acceptedInside: number;
  /** Mean over all points (the prior predictive), to show what the calibration moved. */
  priorMean: number;
  verdict: 'inside' | 'below' | 'above' | 'input' | 'input-bound' | 'reference';
  source: string;
}

/** Fit per target: scored targets get a verdict at the best point; the rest are shown with their role. */
export function fitRows(
  points: readonly CalibrationPoint[],
  best: CalibrationPoint,
  targets = calibrationTargets(),
  weights?: readonly number[],
  prior: readonly CalibrationPoint[] = points,
): FitRow[] {
  const accepted = points.filter((p) => p.accepted);
  const w = weights ? [...weights] : accepted.map(() => 1 / accepted.length);
  return targets.map((t) => {
    const role = targetRole(t);
    const spread = weightedSummary(
      accepted.map((p) => p.measures[t.id]),
      w,
    );
    const inside = (v: number) => t.low !== undefined && v >= t.low && v <= t.high!;
    const value = best.measures[t.id];
    const verdict = role !== 'scored' ? role : inside(value) ? 'inside' : value < t.low! ? 'below' : 'above';
    return {
      target: t.id,
      quantity: t.quantity,
      role,
      low: t.low ?? NaN,
      high: t.high ?? NaN,
      best: value,
      acceptedMean: spread.mean,
      acceptedP5: spread.p5,
      acceptedP95: spread.p95,
      acceptedInside: accepted.reduce((a, p, i) => a + (inside(p.measures[t.id]) ? w[i] : 0), 0) / w.reduce((a, b) => a + b, 0),
      priorMean: summarize(prior.map((p) => p.measures[t.id])).mean,
      verdict,
      source: t.source,
    };
  });
}

/** calibration.csv: one row per point with its parameters, distance, acceptance and target measures. */
export function calibrationCsv(priors: readonly Vary[], points: readonly CalibrationPoint[], targets = calibrationTargets()): string {
  const header = csvLine(['point', ...priors.map((p) => p.path), 'distance', 'accepted', ...targets.map((t) => t.id)]);
  const lines = points.map((p) =>
    csvLine([
      String(p.point),
      ...priors.map((q) => csvCell(p.set[q.path])),
      statCell(p.distance),
      p.accepted ? '1' : '0',
      ...targets.map((t) => statCell(p.measures[t.id])),
    ]),
  );
  return [header, ...lines].join('\n') + '\n';
}

/** posterior.csv and fit.csv. */
export function posteriorCsv(rows: readonly PosteriorRow[]): string {
  const lines = rows.map((r) =>
    csvLine([
      r.parameter,
      ...[r.priorLow, r.priorHigh].map(statCell),
      String(r.n),
      ...[r.mean, r.sd, r.p5, r.p50, r.p95, r.best, r.sdRatio].map(statCell),
      r.identification,
    ]),
  );
  return (
    [
      csvLine([
        'parameter',
        'prior_low',
        'prior_high',
        'n_accepted',
        'mean',
        'sd',
        'p5',
        'p50',
        'p95',
        'best',
        'sd_ratio',
        'identification',
      ]),
      ...lines,
    ].join('\n') + '\n'
  );
}

export function fitCsv(rows: readonly FitRow[]): string {
  const lines = rows.map((r) =>
    csvLine([
      r.target,
      csvCell(r.quantity),
      r.role,
      ...[r.low, r.high, r.best, r.acceptedMean, r.acceptedP5, r.acceptedP95, r.acceptedInside, r.priorMean].map(statCell),
      r.verdict,
      csvCell(r.source),
    ]),
  );
  return (
    [
      csvLine([
        'target',
        'quantity',
        'role',
        'low',
        'high',
        'best',
        'accepted_mean',
        'accepted_p5',
        'accepted_p95',
        'accepted_inside',
        'prior_mean',
        'verdict',
        'source',
      ]),
      ...lines,
    ].join('\n') + '\n'
  );
}

/** The best estimate as a scenario file: the calibrated scenario with the closest point's values, at its usual length. */
export function bestEstimateScenario(plan: ExperimentPlan, best: CalibrationPoint): Scenario {
  const base = plan.scenarios[0];
  const values = Object.entries(best.set)
    .map(([path, value]) => `${path} = ${value}`)
    .join(', ');
  return {
    ...base,
    name: `${base.name}-calibrated`,
    years: Number(plan.design.scenarioYears ?? base.years),
    params: { ...base.params, ...best.set },
    description:
      `${base.name} with the calibrated parameters at the best point of an ABC rejection calibration (${plan.arms.length} Latin hypercube points x ${plan.replicates} replicates, distance ${best.distance.toPrecision(3)}): ${values}. ${base.description}`.slice(
        0,
        4000,
      ),
  };
}
