// Sobol' indices: the sequence against SciPy's, the Saltelli design's shape, and Jansen's estimators
// against the Ishigami function and Sobol's g-function, whose indices are known in closed form.
import { describe, expect, it } from 'vitest';
import { groupOutputs, saltelliDesign, sobolIndices, sobolSequence, type SobolResult } from '../../../src/sim/experiment/sobol';
import { createStream } from '../../../src/sim/engine/rng';

/** Runs a function of unit coordinates over a Saltelli design and estimates its indices. */
function estimate(factors: number, base: number, f: (u: number[]) => number): SobolResult {
  const rows = saltelliDesign(factors, base, createStream(3, 'test/sobol-shift'));
  const out = groupOutputs(
    rows,
    rows.map((r) => f(r.u)),
    factors,
  );
  return sobolIndices(out, { resamples: 300, confidence: 0.95, rng: createStream(7, 'test/sobol-bootstrap') });
}

/** Ishigami (1990) with a = 7, b = 0.1 on [-pi, pi]^3. */
function ishigami(u: number[]): number {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
}

/** Ishigami's indices in closed form (Sobol' & Levitan 1999; Saltelli et al. 2008, p. 179). */
function ishigamiExact(a: number, b: number): { S1: number[]; ST: number[] } {
  const pi4 = Math.PI ** 4;
  const v = a ** 2 / 8 + (b * pi4) / 5 + (b ** 2 * pi4 ** 2) / 18 + 0.5;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (8 * b ** 2 * pi4 ** 2) / 225;
  return { S1: [v1 / v, v2 / v, 0], ST: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/** Sobol's g-function and its indices: V_i = 1 / (3 (1 + a_i)^2), V = prod(1 + V_i) - 1. */
const gFunction = (a: readonly number[]) => (u: number[]) => u.reduce((p, x, i) => p * ((Math.abs(4 * x - 2) + a[i]) / (1 + a[i])), 1);
function gExact(a: readonly number[]): { S1: number[]; ST: number[] } {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const v = vi.reduce((p, x) => p * (1 + x), 1) - 1;
  return { S1: vi.map((x) => x / v), ST: vi.map((x, i) => (x * vi.reduce((p, y, j) => (j === i ? p : p * (1 + y)), 1)) / v) };
}

/** Every estimate lies within its own bootstrap half-width of the exact value, and those half-widths are tight. */
function expectIndices(result: SobolResult, exact: { S1: number[]; ST: number[] }, widest: number): void {
  result.indices.forEach((index, i) => {
    expect(Math.abs(index.S1 - exact.S1[i]), `S1 of factor ${i + 1}`).toBeLessThanOrEqual(index.S1_conf);
    expect(Math.abs(index.ST - exact.ST[i]), `ST of factor ${i + 1}`).toBeLessThanOrEqual(index.ST_conf);
    expect(index.S1_conf).toBeLessThan(widest);
    expect(index.ST_conf).toBeLessThan(widest);
  });
}

describe("the Sobol' sequence", () => {
  it("matches SciPy's unscrambled qmc.Sobol (Joe-Kuo 6.21201 directions) in low and high dimensions", () => {
    const points = sobolSequence(1024, 64);
    expect(points[0].every((x) => x === 0)).toBe(true);
    expect(points.slice(1, 4).map((p) => p.slice(0, 6))).toEqual([
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25, 0.25, 0.75, 0.75],
      [0.25, 0.75, 0.75, 0.75, 0.25, 0.25],
    ]);
    // Values printed by scipy.stats.qmc.Sobol(d=64, scramble=False).random(1024) (SciPy 1.17).
    expect([0, 1, 7, 20, 41, 63].map((d) => points[777][d])).toEqual([
      0.6923828125, 0.9365234375, 0.7626953125, 0.2373046875, 0.2666015625, 0.4267578125,
    ]);
    expect([0, 1, 7, 20, 41, 63].map((d) => points[1023][d])).toEqual([
      0.0009765625, 0.7529296875, 0.6181640625, 0.8662109375, 0.9736328125, 0.0400390625,
    ]);
    expect(points.flat().reduce((a, b) => a + b, 0)).toBe(32736);
  });

  it('puts exactly one of the first 2^m points in each interval [k / 2^m, (k + 1) / 2^m) of every dimension, shifted or not', () => {
    const shift = Array.from({ length: 40 }, (_, d) => (d * 2654435761) >>> 0);
    for (const points of [sobolSequence(256, 40), sobolSequence(256, 40, shift)]) {
      for (let d = 0; d < 40; d++) {
        const cells = new Set(points.map((p) => Math.floor(p[d] * 256)));
        expect(cells.size, `dimension ${d}`).toBe(256);
      }
    }
    // The shift XORs each coordinate's bits: point 0 becomes the shift itself.
    expect(sobolSequence(1, 40, shift)[0][3]).toBe(shift[3] / 2 ** 32);
  });

  it('refuses more dimensions than the direction table covers', () => {
    expect(() => sobolSequence(4, 65)).toThrow(/expected 1 to 64/);
    expect(() => saltelliDesign(33, 4, createStream(1, 'test'))).toThrow(/at most 32/);
  });
});

describe('the Saltelli design', () => {
  it('gives each base point k + 2 rows: A, B, and A with one column from B', () => {
    const rows = saltelliDesign(3, 8, createStream(1, 'test'));
    expect(rows).toHaveLength(8 * 5);
    const [a, b, ...ab] = rows.slice(5, 10);
    expect([a.matrix, b.matrix, ...ab.map((r) => `${r.matrix}${r.factor}`)]).toEqual(['A', 'B', 'AB0', 'AB1', 'AB2']);
    ab.forEach((r, i) => r.u.forEach((x, k) => expect(x).toBe(k === i ? b.u[k] : a.u[k])));
    expect(rows.every((r) => r.u.every((x) => x >= 0 && x < 1))).toBe(true);
  });

  it('moves every factor between A and B at every base point (the unshifted sequence repeats coordinates early on)', () => {
    const rows = saltelliDesign(2, 4, createStream(1, 'test'));
    for (let j = 0; j < 4; j++) {
      const [a, b] = rows.slice(j * 4, j * 4 + 2);
      a.u.forEach((x, i) => expect(x, `point ${j}, factor ${i}`).not.toBe(b.u[i]));
    }
  });

  it('drops a base point with a missing output, since its rows are paired', () => {
    const rows = saltelliDesign(2, 4, createStream(1, 'test'));
    const outputs = rows.map((r, i) => (r.point === 2 && r.matrix === 'AB' ? NaN : i));
    const grouped = groupOutputs(rows, outputs, 2);
    expect(grouped.fA).toEqual([0, 4, 12]);
    expect(grouped.fAB[1]).toEqual([3, 7, 15]);
  });
});

// Tolerances: at N = 2^13 base points the bootstrap's 95% half-width is about 0.01-0.03 for these
// functions (an iid resampling of the points; the Sobol' design's error is usually smaller). Each
// estimate must lie within its own half-width of the exact value, and the half-widths must be below
// 0.05 (the target for the model), so neither a wide interval nor a biased estimate passes.
describe("Jansen's estimators", () => {
  it("recover the Ishigami function's indices, including x3's zero first order and its interaction with x1", () => {
    const result = estimate(3, 8192, ishigami);
    expectIndices(result, ishigamiExact(7, 0.1), 0.05);
    expect(result.variance).toBeCloseTo(13.8446, 0);
  });

  it("recover the g-function's indices for important, less important and unimportant factors", () => {
    for (const a of [
      [0, 1, 4.5, 9, 99, 99, 99, 99],
      [0, 0, 3, 9, 27],
    ]) {
      const result = estimate(a.length, 8192, gFunction(a));
      expectIndices(result, gExact(a), 0.05);
    }
  });

  it('narrow as the design grows, and give the same intervals for the same bootstrap seed', () => {
    const small = estimate(3, 512, ishigami);
    const large = estimate(3, 8192, ishigami);
    expect(large.indices[0].ST_conf).toBeLessThan(small.indices[0].ST_conf / 2);
    expect(estimate(3, 512, ishigami)).toEqual(small);
  });

  it('give NaN, not a division by zero, for an output that does not vary', () => {
    const result = estimate(2, 64, () => 5);
    expect(result.variance).toBe(0);
    expect(Number.isNaN(result.indices[0].S1)).toBe(true);
  });
});
