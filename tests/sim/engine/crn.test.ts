// The counter-based generator: draws are pure functions of (seed, stream, month, person, k), uniform,
// independent between neighbouring keys, and pair choices do not depend on processing order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { probit, sampleCorrelation } from 'simple-statistics';
import {
  CrnCursor,
  crnStream,
  crnStreams,
  drawAt,
  drawKey,
  monthKey,
  newPersonId,
  pairUniform,
  personIdParts,
  pickByPriority,
  pickWeightedByPriority,
  uniform,
  uniformAt,
  PERSON_ID_LIMITS,
} from '../../../src/sim/engine/crn';
import { mix32 } from '../../../src/sim/engine/mix32';

/** Upper critical value of chi-square with `df` degrees of freedom at level `alpha` (Wilson-Hilferty). */
function chiSquareCritical(df: number, alpha: number): number {
  const z = probit(1 - alpha);
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
}

/** Pearson's chi-square of values in [0, 1) against equal-width bins. */
function chiSquareUniform(values: ArrayLike<number>, bins: number): number {
  const counts = new Float64Array(bins);
  for (let i = 0; i < values.length; i++) counts[Math.floor(values[i] * bins)]++;
  const expected = values.length / bins;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

/** Chi-square of pairs (x_i, y_i) against the uniform grid of bins x bins cells (independence and uniformity together). */
function chiSquarePairs(xs: ArrayLike<number>, ys: ArrayLike<number>, bins: number): number {
  const cells = new Float64Array(bins * bins);
  for (let i = 0; i < xs.length; i++) cells[Math.floor(xs[i] * bins) * bins + Math.floor(ys[i] * bins)]++;
  const expected = xs.length / cells.length;
  return cells.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

/** Kolmogorov-Smirnov distance between the sample and the uniform distribution. */
function ksDistance(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) d = Math.max(d, (i + 1) / n - sorted[i], sorted[i] - i / n);
  return d;
}

/** Kolmogorov-Smirnov critical distance at level alpha for n values (large-sample formula). */
const ksCritical = (n: number, alpha: number) => Math.sqrt(-Math.log(alpha / 2) / 2) / Math.sqrt(n);

const ALPHA = 1e-4;
const N = 200_000;
const stream = crnStream(20260101, 'migration.depart');
const mk = monthKey(stream, 17);

/** n draws made by `draw(i)`. */
const sample = (n: number, draw: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => draw(i));

describe('uniform(stream, month, person, k)', () => {
  it('is a pure function of (seed, stream name, month, person, k), in [0, 1)', () => {
    fc.assert(
      fc.property(fc.nat(0xffffffff), fc.integer({ min: -64, max: 4031 }), fc.nat(2 ** 53 - 1), fc.nat(5000), (seed, month, person, k) => {
        const u = uniform(crnStream(seed, 'crossing'), month, person, k);
        expect(u).toBe(uniform(crnStream(seed, 'crossing'), month, person, k));
        expect(u >= 0 && u < 1).toBe(true);
      }),
    );
  });

  it('keeps its values across versions and engines (these draws are locked; changing them changes every run)', () => {
    expect([
      uniform(crnStream(1, 'a'), 0, 0, 0),
      uniform(crnStream(1, 'a'), -12, 123456, 3),
      uniform(crnStream(4294967295, 'employment.match'), 240, newPersonId(5, 2, 99), 0),
    ]).toEqual([LOCKED[0], LOCKED[1], LOCKED[2]]);
  });

  it('gives the same draws through uniform, uniformAt, drawKey/drawAt and a cursor', () => {
    const cursor = new CrnCursor().at(mk, 42);
    for (let k = 0; k < 20; k++) {
      const u = uniform(stream, 17, 42, k);
      expect(uniformAt(mk, 42, k)).toBe(u);
      expect(drawAt(drawKey(mk, 42), k)).toBe(u);
      expect(cursor.next()).toBe(u);
    }
    expect(cursor.at(mk, 42, 5).next()).toBe(uniform(stream, 17, 42, 5));
  });

  it('depends on the seed and the stream name', () => {
    const streams = crnStreams(1, ['migration', 'crossing'] as const);
    expect(uniform(streams.migration, 0, 0)).not.toBe(uniform(streams.crossing, 0, 0));
    expect(uniform(crnStream(1, 'crossing'), 0, 0)).not.toBe(uniform(crnStream(2, 'crossing'), 0, 0));
  });
});

describe('uniformity (chi-square with 1000 bins and Kolmogorov-Smirnov, level 1e-4, 200,000 draws each)', () => {
  const cases: [string, (i: number) => number][] = [
    ['over consecutive people', (i) => uniformAt(mk, i)],
    ['over new-person ids in one cell', (i) => uniformAt(mk, newPersonId(3, 1, i))],
    ['over draw indices k of one person', (i) => uniformAt(mk, 7, i)],
    ['over months for one person', (i) => uniform(stream, i - 64, 7)],
    ['over seeds', (i) => uniform(crnStream(i, 'x'), 0, 0)],
    ['over stream names', (i) => uniform(crnStream(1, `decision-${i}`), 0, 0)],
  ];
  for (const [what, draw] of cases) {
    it(`is uniform ${what}`, () => {
      const n = what === 'over seeds' || what === 'over stream names' ? N / 4 : N;
      const values = sample(n, draw);
      expect(chiSquareUniform(values, 1000)).toBeLessThan(chiSquareCritical(999, ALPHA));
      expect(ksDistance(values)).toBeLessThan(ksCritical(n, ALPHA));
    });
  }
});

describe('independence between neighbouring keys (pairs on a 20 x 20 grid, chi-square level 1e-4; correlation within 4.5 sd)', () => {
  const other = monthKey(crnStream(20260101, 'migration.deparu'), 17);
  const cases: [string, (i: number) => number, (i: number) => number][] = [
    ['adjacent people', (i) => uniformAt(mk, 2 * i), (i) => uniformAt(mk, 2 * i + 1)],
    ['adjacent new-person indices', (i) => uniformAt(mk, newPersonId(0, 0, 2 * i)), (i) => uniformAt(mk, newPersonId(0, 0, 2 * i + 1))],
    ['the same index in adjacent cells', (i) => uniformAt(mk, newPersonId(0, 0, i)), (i) => uniformAt(mk, newPersonId(0, 1, i))],
    ['adjacent months', (i) => uniform(stream, 0, i), (i) => uniform(stream, 1, i)],
    ['adjacent draws k, k + 1', (i) => uniformAt(mk, i, 0), (i) => uniformAt(mk, i, 1)],
    ['decisions with names one letter apart', (i) => uniformAt(mk, i), (i) => uniformAt(other, i)],
    ['adjacent seeds', (i) => uniform(crnStream(1, 'x'), 0, i), (i) => uniform(crnStream(2, 'x'), 0, i)],
  ];
  for (const [what, x, y] of cases) {
    it(`is independent between ${what}`, () => {
      const xs = sample(N, x);
      const ys = sample(N, y);
      expect(chiSquarePairs(xs, ys, 20)).toBeLessThan(chiSquareCritical(399, ALPHA));
      expect(Math.abs(sampleCorrelation(Array.from(xs), Array.from(ys)))).toBeLessThan(4.5 / Math.sqrt(N));
    });
  }

  it('flips each output bit about half the time when one input bit flips (avalanche)', () => {
    const n = 4000;
    const bits = (u: number) => Math.floor(u * 2 ** 32);
    // Distinct base inputs with the flipped bit clear, so no pair is counted twice.
    const base = (i: number, bit: number) => (mix32(i) & ~(1 << bit)) >>> 0;
    const worst = (bit: number, draw: (x: number) => number) => {
      const flips = new Float64Array(32);
      for (let i = 0; i < n; i++) {
        const x = base(i, bit);
        const diff = (bits(draw(x)) ^ bits(draw((x | (1 << bit)) >>> 0))) >>> 0;
        for (let out = 0; out < 32; out++) flips[out] += (diff >>> out) & 1;
      }
      return Math.max(...flips.map((f) => Math.abs(f / n - 0.5)));
    };
    // Over 3 x 32 x 32 flip frequencies from 4000 pairs each, an ideal generator stays within 0.5 +- 0.04
    // (5 standard deviations of 0.0079) with probability about 0.998.
    for (let bit = 0; bit < 32; bit++) {
      expect(worst(bit, (person) => uniformAt(mk, person))).toBeLessThan(0.04);
      expect(worst(bit, (month) => uniform(stream, month | 0, 5))).toBeLessThan(0.04);
      expect(worst(bit, (k) => uniformAt(mk, 5, k))).toBeLessThan(0.04);
    }
  });
});

describe('pair choices', () => {
  const candidates = Array.from({ length: 40 }, (_, i) => newPersonId(2, 3, i * 3));

  it('pick the same candidate whatever order the candidates come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: 1 }), fc.nat(1000), (subset, chooser) => {
        const winner = pickByPriority(mk, chooser, subset);
        expect(pickByPriority(mk, chooser, [...subset].reverse())).toBe(winner);
        expect(pickWeightedByPriority(mk, chooser, [...subset].reverse(), (c) => 1 + (c % 3))).toBe(
          pickWeightedByPriority(mk, chooser, subset, (c) => 1 + (c % 3)),
        );
      }),
    );
  });

  it('keep the winner when a losing candidate is removed or another loses its place', () => {
    for (let chooser = 0; chooser < 200; chooser++) {
      const winner = pickByPriority(mk, chooser, candidates);
      const without = candidates.filter((c, i) => c === winner || i % 2 === chooser % 2);
      expect(pickByPriority(mk, chooser, without)).toBe(winner);
      expect(pairUniform(mk, chooser, winner)).toBe(Math.min(...candidates.map((c) => pairUniform(mk, chooser, c))));
    }
    expect(pickByPriority(mk, 1, [])).toBe(-1);
    expect(pickWeightedByPriority(mk, 1, [5, 6], () => 0)).toBe(-1);
  });

  it('choose each candidate equally often, or in proportion to its weight (chi-square, level 1e-4)', () => {
    const few = candidates.slice(0, 10);
    const weights = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    const plain = new Float64Array(10);
    const weighted = new Float64Array(10);
    const choosers = 50_000;
    for (let chooser = 0; chooser < choosers; chooser++) {
      plain[few.indexOf(pickByPriority(mk, chooser, few))]++;
      weighted[few.indexOf(pickWeightedByPriority(mk, chooser, few, (c) => weights[few.indexOf(c)]))]++;
    }
    const chi = (counts: Float64Array, expected: (i: number) => number) =>
      counts.reduce((s, c, i) => s + (c - expected(i)) ** 2 / expected(i), 0);
    expect(chi(plain, () => choosers / 10)).toBeLessThan(chiSquareCritical(9, ALPHA));
    expect(chi(weighted, (i) => (choosers * weights[i]) / 30)).toBeLessThan(chiSquareCritical(9, ALPHA));
  });
});

describe('newPersonId(month, cell, index)', () => {
  it('round-trips and is distinct for distinct (month, cell, index)', () => {
    const { monthMin, monthMax, cells, indexLimit } = PERSON_ID_LIMITS;
    const parts = fc.record({
      month: fc.integer({ min: monthMin, max: monthMax }),
      cell: fc.nat(cells - 1),
      index: fc.nat(indexLimit - 1),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const id = newPersonId(a.month, a.cell, a.index);
        expect(Number.isSafeInteger(id)).toBe(true);
        expect(personIdParts(id)).toEqual(a);
        const same = a.month === b.month && a.cell === b.cell && a.index === b.index;
        expect(id === newPersonId(b.month, b.cell, b.index)).toBe(same);
      }),
    );
    expect(newPersonId(monthMax, cells - 1, indexLimit - 1)).toBe(2 ** 53 - 1);
  });

  it('does not depend on how many people other cells or earlier months created', () => {
    // Two policies create different numbers of border-city residents (cell 2) before this month's candidates (cell 0):
    const idsUnder = (residents: number) => {
      const made: number[] = [];
      for (let i = 0; i < residents; i++) made.push(newPersonId(30, 2, i));
      for (let i = 0; i < 5; i++) made.push(newPersonId(30, 0, i));
      return made.slice(residents);
    };
    expect(idsUnder(7)).toEqual(idsUnder(3));
    expect(idsUnder(7).map((id) => uniform(stream, 30, id))).toEqual(idsUnder(3).map((id) => uniform(stream, 30, id)));
  });

  it('rejects parts out of range, naming the part', () => {
    expect(() => newPersonId(-65, 0, 0)).toThrow(/month -65/);
    expect(() => newPersonId(0, 256, 0)).toThrow(/cell 256/);
    expect(() => newPersonId(0, 0, 1.5)).toThrow(/index 1.5/);
    expect(() => personIdParts(-1)).toThrow(/id -1/);
  });
});

/** Draws locked when the generator was introduced (2026-11); they must never change silently. */
const LOCKED = [0.952797781676054, 0.2524431855417788, 0.38526313891634345];
