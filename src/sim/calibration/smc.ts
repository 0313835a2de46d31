// Sequential Monte Carlo ABC (population Monte Carlo, Beaumont et al. 2009): each round proposes
// points around the previous round's accepted population (weighted resampling plus a Gaussian step),
// runs them as an ordinary calibration plan, and weighs each accepted point by prior / proposal density.
import { findParam } from '../params';
import { ScenarioError, type Scenario } from '../scenario';
import { createStream, type Rng } from '../engine/rng';
import { valueAt, type Vary } from '../experiment/designs';
import { createPlan, type Arm, type ExperimentPlan } from '../experiment/plan';
import type { CalibrationPoint } from './abc';

/** One SMC round: its size, tolerance, accepted points and their effective sample size. */
export interface RoundSummary {
  round: number;
  samples: number;
  runs: number;
  epsilon: number;
  accepted: number;
  ess: number;
  bestDistance: number;
}

/** The accepted points of a round with their normalised importance weights, and the round's tolerance. */
export interface Population {
  points: CalibrationPoint[];
  weights: number[];
  epsilon: number;
}

/** A value's position in its prior, 0 at the low end and 1 at the high end. */
export function unitOf(prior: Vary, value: number): number {
  return (value - Number(prior.from)) / (Number(prior.to) - Number(prior.from));
}

/** Weighted mean and variance of each coordinate (unit scale). */
function weightedMoments(rows: readonly number[][], weights: readonly number[]): { mean: number[]; variance: number[] } {
  const dims = rows[0].length;
  const mean = Array.from({ length: dims }, (_, k) => rows.reduce((a, r, i) => a + weights[i] * r[k], 0));
  const variance = mean.map((m, k) => rows.reduce((a, r, i) => a + weights[i] * (r[k] - m) ** 2, 0));
  return { mean, variance };
}

/** The perturbation kernel's standard deviation per coordinate (unit scale): twice the population's
 *  weighted variance (Beaumont et al. 2009), floored so a collapsed coordinate still moves. */
export function kernelSd(rows: readonly number[][], weights: readonly number[]): number[] {
  return weightedMoments(rows, weights).variance.map((v) => Math.sqrt(Math.max(2 * v, 1e-6)));
}

/** Standard normal draw (Box-Muller) from a seeded stream. */
function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** Index drawn with probability proportional to its weight. */
function drawIndex(weights: readonly number[], rng: Rng): number {
  let u = rng();
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u <= 0) return i;
  }
  return weights.length - 1;
}

/** Log of the proposal density (up to a constant shared by every point) of a point in unit coordinates. */
function logProposal(u: readonly number[], centres: readonly number[][], weights: readonly number[], sd: readonly number[]): number {
  const terms = centres.map((c, j) => Math.log(weights[j]) - c.reduce((a, ck, k) => a + ((u[k] - ck) / sd[k]) ** 2, 0) / 2);
  const top = Math.max(...terms);
  return top + Math.log(terms.reduce((a, t) => a + Math.exp(t - top), 0));
}

/** `count` proposals from the population: resample a point by weight, add the Gaussian step, and
 *  redraw both when the result leaves the prior box (so the truncation constant is shared by all).
 *  Each proposal carries its importance weight, prior / proposal density (uniform prior: 1 / q). */
export function smcProposals(
  priors: readonly Vary[],
  population: Population,
  count: number,
  rng: Rng,
): { set: Record<string, number>; weight: number }[] {
  const centres = population.points.map((p) => priors.map((q) => unitOf(q, p.set[q.path])));
  const sd = kernelSd(centres, population.weights);
  const specs = priors.map((q) => findParam(q.path)!);
  const proposals: { set: Record<string, number>; logQ: number }[] = [];
  for (let tries = 0; proposals.length < count; tries++) {
    if (tries > count * 1000)
      throw new ScenarioError('calibrate: the SMC proposal kernel keeps leaving the priors; widen them or use fewer rounds');
    const centre = centres[drawIndex(population.weights, rng)];
    const u = centre.map((c, k) => c + sd[k] * normal(rng));
    if (u.some((x) => x < 0 || x > 1)) continue;
    const set = Object.fromEntries(priors.map((q, k) => [q.path, Number(valueAt(specs[k], q.from, q.to, u[k]))]));
    const recorded = priors.map((q) => unitOf(q, set[q.path]));
    proposals.push({ set, logQ: logProposal(recorded, centres, population.weights, sd) });
  }
  const low = Math.min(...proposals.map((p) => p.logQ));
  return proposals.map((p) => ({ set: p.set, weight: Math.exp(low - p.logQ) }));
}

/** The accepted points of a finished round with their weights (arm key `weight`, 1 for prior draws), normalised. */
export function populationOf(plan: ExperimentPlan, points: readonly CalibrationPoint[], epsilon: number): Population {
  const accepted = points.filter((p) => p.accepted);
  const raw = accepted.map((p) => Number(plan.arms[p.point].keys.weight ?? 1));
  const total = raw.reduce((a, b) => a + b, 0);
  return { points: accepted, weights: raw.map((w) => w / total), epsilon };
}

/** Effective sample size of normalised weights (Kish): how many equally weighted points they are worth. */
export function effectiveSampleSize(weights: readonly number[]): number {
  return 1 / weights.reduce((a, w) => a + w * w, 0);
}

/** Plan of SMC round `round` (2, 3, ...): proposals from the previous population, each run on the same replicate seeds;
 *  its tolerance is at most the previous round's. */
export function smcRoundPlan(
  scenario: Scenario,
  priors: Vary[],
  population: Population,
  samples: number,
  replicates: number,
  accept: number,
  baseSeed: number,
  round: number,
  scenarioYears: number,
): ExperimentPlan {
  const proposals = smcProposals(priors, population, samples, createStream(baseSeed, `calibration/smc-round-${round}`));
  const arms: Arm[] = proposals.map((p, point) => ({ scenario: 0, set: p.set, keys: { point, ...p.set, weight: p.weight } }));
  return createPlan({
    kind: 'calibration',
    baseSeed,
    replicates,
    scenarios: [scenario],
    keyColumns: ['point', ...priors.map((p) => p.path), 'weight'],
    arms,
    factors: priors,
    design: { method: 'abc-smc', round, samples, accept, epsilonCap: population.epsilon, scenarioYears },
  });
}
