// Variance-based sensitivity analysis: Saltelli's (2010) sampling design on a Sobol' low-discrepancy
// sequence, Jansen's (1999) estimators of first- and total-order Sobol' indices, and bootstrap
// intervals, reported as SALib does (S1, S1_conf, ST, ST_conf). Pure: running the model is the caller's.
import { mean, probit, variance } from 'simple-statistics';
import type { Rng } from '../engine/rng';
import { JOE_KUO_DIRECTIONS } from './sobolDirections';

/** Dimensions the direction-number table covers; a Saltelli design needs two per factor. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO_DIRECTIONS.length + 1;
const BITS = 32;

/** The 32 direction integers of one dimension (0-based), each a binary fraction scaled by 2^32. */
function directionIntegers(dim: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (dim === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [s, a, ...m] = JOE_KUO_DIRECTIONS[dim - 1];
  for (let k = 0; k < BITS; k++) {
    if (k < s) {
      v[k] = m[k] * 2 ** (BITS - 1 - k);
      continue;
    }
    let next = v[k - s] ^ (v[k - s] >>> s);
    for (let l = 1; l < s; l++) if ((a >>> (s - 1 - l)) & 1) next ^= v[k - l];
    v[k] = next >>> 0;
  }
  return v;
}

/** The first `count` points of the Sobol' sequence in `dims` dimensions, in Gray-code order (Antonov &
 *  Saleev 1979). Unshifted, point 0 is the origin and the points are SciPy's `qmc.Sobol(scramble=False)`;
 *  `shift` (one 32-bit integer per dimension) XORs each coordinate's bits, a digital shift that keeps
 *  the sequence's stratification (every 2^m points still fill each interval of width 2^-m once). */
export function sobolSequence(count: number, dims: number, shift: readonly number[] = []): number[][] {
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMENSIONS)
    throw new RangeError(`Sobol' sequence: ${dims} dimensions; expected 1 to ${SOBOL_MAX_DIMENSIONS}`);
  if (!Number.isInteger(count) || count < 0 || count > 2 ** 30)
    throw new RangeError(`Sobol' sequence: ${count} points; expected a whole number up to 2^30`);
  const v = Array.from({ length: dims }, (_, d) => directionIntegers(d));
  const x = new Uint32Array(dims);
  const xor = Uint32Array.from({ length: dims }, (_, d) => shift[d] ?? 0);
  const points: number[][] = [];
  for (let i = 0; i < count; i++) {
    points.push(Array.from(x, (bits, d) => ((bits ^ xor[d]) >>> 0) / 2 ** BITS));
    const c = Math.clz32(~i & (i + 1)) ^ 31; // index of the lowest zero bit of i
    for (let d = 0; d < dims; d++) x[d] ^= v[d][c];
  }
  return points;
}

/** One row of a Saltelli design: matrix A's or B's base point j, or A with column `factor` taken from B. */
export interface SaltelliRow {
  point: number;
  matrix: 'A' | 'B' | 'AB';
  /** The factor whose column comes from B (AB rows); -1 for A and B. */
  factor: number;
  /** Coordinates in the unit cube, one per factor. */
  u: number[];
}

/** Saltelli's (2010) design for `factors` factors from `base` points: A and B are the two halves of a
 *  2k-dimensional Sobol' sequence, and each base point j gives k + 2 rows: A_j, B_j, then A_B^(i)_j for
 *  i = 1..k (N(k + 2) rows in all). The sequence is digitally shifted by draws from `rng`: unshifted, its
 *  first points repeat coordinates across dimensions (A's column i equals B's at 3 of the first 4 points
 *  for two factors), which would hide a factor from a small design; the shift also moves the origin off
 *  every range's lower end, so no point is skipped (SALib scrambles for the same reasons). */
export function saltelliDesign(factors: number, base: number, rng: Rng): SaltelliRow[] {
  if (2 * factors > SOBOL_MAX_DIMENSIONS)
    throw new RangeError(`Saltelli design: ${factors} factors; expected at most ${SOBOL_MAX_DIMENSIONS / 2}`);
  const shift = Array.from({ length: 2 * factors }, () => Math.floor(rng() * 2 ** BITS));
  const points = sobolSequence(base, 2 * factors, shift);
  return points.flatMap((p, point) => {
    const a = p.slice(0, factors);
    const b = p.slice(factors);
    return [
      { point, matrix: 'A' as const, factor: -1, u: a },
      { point, matrix: 'B' as const, factor: -1, u: b },
      ...a.map((_, i) => ({ point, matrix: 'AB' as const, factor: i, u: a.map((x, k) => (k === i ? b[i] : x)) })),
    ];
  });
}

/** Outputs of a Saltelli design by matrix: f(A)_j, f(B)_j and f(A_B^(i))_j as fAB[i][j]. */
export interface SaltelliOutputs {
  fA: number[];
  fB: number[];
  fAB: number[][];
}

/** Sorts the outputs of `saltelliDesign` rows (in any order) into matrices; base points with a missing
 *  output (NaN) are dropped, since every estimator pairs a point's rows. */
export function groupOutputs(rows: readonly SaltelliRow[], outputs: readonly number[], factors: number): SaltelliOutputs {
  const base = Math.max(-1, ...rows.map((r) => r.point)) + 1;
  const fA = new Array<number>(base).fill(NaN);
  const fB = new Array<number>(base).fill(NaN);
  const fAB = Array.from({ length: factors }, () => new Array<number>(base).fill(NaN));
  rows.forEach((r, i) => {
    if (r.matrix === 'A') fA[r.point] = outputs[i];
    else if (r.matrix === 'B') fB[r.point] = outputs[i];
    else fAB[r.factor][r.point] = outputs[i];
  });
  const keep = fA.map((_, j) => j).filter((j) => [fA[j], fB[j], ...fAB.map((col) => col[j])].every(Number.isFinite));
  return { fA: keep.map((j) => fA[j]), fB: keep.map((j) => fB[j]), fAB: fAB.map((col) => keep.map((j) => col[j])) };
}

/** Jansen's (1999) estimators on the base points `rows` (indices, repeats allowed for the bootstrap):
 *  V = variance of f(A) and f(B) together; S1_i = (V - mean (f(B) - f(A_B^i))^2 / 2) / V;
 *  ST_i = mean (f(A) - f(A_B^i))^2 / 2 / V. NaN when the output does not vary. */
function jansen(out: SaltelliOutputs, rows: readonly number[]): { variance: number; first: number[]; total: number[] } {
  const v = variance([...rows.map((j) => out.fA[j]), ...rows.map((j) => out.fB[j])]);
  const halfMeanSquare = (x: readonly number[], y: readonly number[]) =>
    rows.reduce((s, j) => s + (x[j] - y[j]) ** 2, 0) / (2 * rows.length);
  const ratio = (value: number) => (v > 0 ? value / v : NaN);
  return {
    variance: v,
    first: out.fAB.map((col) => ratio(v - halfMeanSquare(out.fB, col))),
    total: out.fAB.map((col) => ratio(halfMeanSquare(out.fA, col))),
  };
}

/** First- and total-order indices of one factor with their bootstrap half-widths (SALib's names). */
export interface SobolIndex {
  S1: number;
  S1_conf: number;
  ST: number;
  ST_conf: number;
}

/** The indices of every factor and the output's mean and variance over the design. */
export interface SobolResult {
  /** Base points used (those with every output present). */
  n: number;
  mean: number;
  variance: number;
  indices: SobolIndex[];
}

/** Options of the bootstrap: resamples of the base points and the interval's level. */
export interface BootstrapOptions {
  resamples: number;
  confidence: number;
  rng: Rng;
}

/** Sobol' indices with bootstrap intervals: base points are resampled with replacement (each resample
 *  keeps a point's k + 2 rows together), and `_conf` is z((1 + confidence) / 2) times the resamples'
 *  standard deviation, as SALib reports it (a half-width: index +/- conf). */
export function sobolIndices(out: SaltelliOutputs, options: BootstrapOptions): SobolResult {
  const n = out.fA.length;
  const all = Array.from({ length: n }, (_, j) => j);
  const point = jansen(out, all);
  const z = probit(0.5 + options.confidence / 2);
  const samples = Array.from({ length: options.resamples }, () =>
    jansen(
      out,
      all.map(() => Math.floor(options.rng() * n)),
    ),
  );
  const conf = (pick: (s: ReturnType<typeof jansen>) => number) => {
    const values = samples.map(pick).filter(Number.isFinite);
    return values.length > 1 ? z * Math.sqrt(variance(values)) : NaN;
  };
  return {
    n,
    mean: n > 0 ? mean([...out.fA, ...out.fB]) : NaN,
    variance: point.variance,
    indices: out.fAB.map((_, i) => ({
      S1: point.first[i],
      S1_conf: conf((s) => s.first[i]),
      ST: point.total[i],
      ST_conf: conf((s) => s.total[i]),
    })),
  };
}
