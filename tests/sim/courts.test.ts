// Courts try real cases whatever the migrants' scale: at scale 100 (every lesson's scale) a month
// holds a handful of U.S. prosecutions at most, each one case, never a lump of 100.
import { describe, expect, it } from 'vitest';
import { runLibrary } from './helpers';
import { defaultParams } from '../../src/sim/params';
import { CONSTANTS } from '../../src/sim/model/constants';

describe('courts at scale 100', () => {
  it("no month has more U.S. prosecutions than a month's prosecution capacity allows, and each is one case", () => {
    const capacity = defaultParams()['justice.prosecutionCapacity'];
    // A month's budget is capped at one case plus a month's capacity; a plea takes PLEA_CASE_COST of a case.
    const mostInAMonth = Math.floor((1 + capacity / 12) / CONSTANTS.PLEA_CASE_COST.value);
    for (const seed of [1, 2, 3]) {
      const series = runLibrary('baseline-2003', { years: 3, scale: 100, seed }).series;
      const months = Array.from(series.prosecutions_us);
      expect(Math.max(...months)).toBeLessThanOrEqual(mostInAMonth);
      expect(months.every(Number.isInteger)).toBe(true);
      expect(months.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      expect(Array.from(series.employers_closed).every(Number.isInteger)).toBe(true);
    }
  });
});
