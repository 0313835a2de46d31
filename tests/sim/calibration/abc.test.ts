// The ABC distance: zero inside a target's range, range widths outside it, and only targets that are
// outputs count (never inputs, input-bound quantities or reference rows).
import { describe, expect, it } from 'vitest';
import { calibrationTargets, targetRole } from '../../../src/sim/calibration/targets';
import { calibratedFactors, pointDistance, targetDistance } from '../../../src/sim/calibration/abc';

describe('the ABC distance', () => {
  it('is zero inside a target range and counts range widths outside it', () => {
    expect(targetDistance(0.35, 0.3, 0.4)).toBe(0);
    expect(targetDistance(0.5, 0.3, 0.4)).toBeCloseTo(1);
    expect(targetDistance(0.1, 0.3, 0.4)).toBeCloseTo(2);
    expect(targetDistance(NaN, 0.3, 0.4)).toBe(Infinity);
  });

  it('ignores inputs, input-bound quantities and reference rows', () => {
    const targets = calibrationTargets();
    const inside = Object.fromEntries(targets.map((t) => [t.id, t.low !== undefined ? (t.low + t.high!) / 2 : 0]));
    expect(pointDistance(inside, targets)).toBe(0);
    const unscored = targets.filter((t) => targetRole(t) !== 'scored');
    expect(unscored.map((t) => t.id)).toEqual(expect.arrayContaining(['agents', 'prosecutions_us', 'entries']));
    const moved = { ...inside, ...Object.fromEntries(unscored.map((t) => [t.id, 1e9])) };
    expect(pointDistance(moved, targets)).toBe(0);
    expect(pointDistance({ ...inside, deaths: 1e6 }, targets)).toBeGreaterThan(0);
  });

  it('calibrates the parameters marked calibrated in PARAMS, within their priors', () => {
    const factors = calibratedFactors();
    expect(factors.length).toBeGreaterThan(0);
    for (const f of factors) expect(Number(f.from)).toBeLessThan(Number(f.to));
  });
});
