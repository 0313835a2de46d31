// Morris elementary-effects screening: random one-at-a-time trajectories through a p-level grid
// over each factor's range, and mu, mu* and sigma of the elementary effects per factor. Effects are
// per full factor range (output change / share of the range moved), so factors compare directly.
import { findParam } from '../params';
import type { Rng } from '../engine/rng';
import { permutation, valueAt, type DesignPoint, type Vary } from './designs';
import { mean, variance } from './stats';

/** One point of a Morris trajectory; `changed` is the factor moved to reach it (null for the first point). */
export interface MorrisPoint {
  trajectory: number;
  step: number;
  changed: string | null;
  values: DesignPoint;
}

/** Screening result for one factor and one output. */
export interface MorrisEffect {
  factor: string;
  n: number;
  mu: number;
  muStar: number;
  sigma: number;
}

/** Morris (1991) trajectories: k + 1 points each, every factor moved once by delta = p / (2 (p - 1)) of its range. */
export function morrisDesign(factors: readonly Vary[], trajectories: number, levels: number, rng: Rng): MorrisPoint[] {
  const delta = levels / (2 * (levels - 1));
  const startLevels = Math.floor(levels / 2);
  const points: MorrisPoint[] = [];
  for (let t = 0; t < trajectories; t++) {
    const position = factors.map(() => Math.floor(rng() * startLevels) / (levels - 1));
    const upward = factors.map(() => rng() < 0.5);
    factors.forEach((_, i) => {
      if (!upward[i]) position[i] += delta;
    });
    const order = permutation(factors.length, rng);
    points.push({ trajectory: t, step: 0, changed: null, values: valuesAt(factors, position) });
    order.forEach((i, s) => {
      position[i] += upward[i] ? delta : -delta;
      points.push({ trajectory: t, step: s + 1, changed: factors[i].path, values: valuesAt(factors, position) });
    });
  }
  return points;
}

function valuesAt(factors: readonly Vary[], position: number[]): DesignPoint {
  return Object.fromEntries(factors.map((f, i) => [f.path, valueAt(findParam(f.path)!, f.from, f.to, position[i])]));
}

/** Share of the factor's range between two design values (booleans count as 0 and 1). */
function rangeShare(factor: Vary, before: number | boolean, after: number | boolean): number {
  const span = Number(factor.to) - Number(factor.from);
  return span === 0 ? 0 : (Number(after) - Number(before)) / span;
}

/** Elementary effects per factor from the design and one output value per design point (same order). */
export function morrisEffects(factors: readonly Vary[], design: readonly MorrisPoint[], outputs: readonly number[]): MorrisEffect[] {
  const effects = new Map<string, number[]>(factors.map((f) => [f.path, []]));
  design.forEach((point, i) => {
    if (point.changed === null) return;
    const factor = factors.find((f) => f.path === point.changed)!;
    const share = rangeShare(factor, design[i - 1].values[factor.path], point.values[factor.path]);
    const effect = (outputs[i] - outputs[i - 1]) / share;
    // A step where either run has no value for the metric gives no effect.
    if (share !== 0 && !Number.isNaN(effect)) effects.get(factor.path)!.push(effect);
  });
  return factors.map((f) => {
    const ee = effects.get(f.path)!;
    return { factor: f.path, n: ee.length, mu: mean(ee), muStar: mean(ee.map(Math.abs)), sigma: Math.sqrt(variance(ee)) };
  });
}
