// Long suite: victim protection over 40 paired seeds and 4 years (80 runs), too slow for the default `npm test`.
import { describe, expect, it } from 'vitest';
import { compare, MECHANISM_RUNS, PAIRED_TIMEOUT, seedRange } from './helpers';

describe('mechanisms, long: victim protection (40 paired seeds, 4 years)', () => {
  it('stronger victim protection raises cooperation and convictions (40 seeds, 4 years)', () => {
    // At the baseline's capacity (about 40 prosecutions a year) prosecutors are the bottleneck and convictions barely move
    // (a finding, see docs/MODEL.md); with capacity to spare, testimony turns into convictions.
    // Both outcomes are rates: the extra convictions deter employers, so victims (and with them the
    // raw counts) fall while each identified victim is more willing to testify and more cases are won.
    const base = { ...MECHANISM_RUNS.base, 'justice.prosecutionCapacity': 200 };
    // Convictions per U.S. case are a small-number outcome at this scale (about 30 cases a run):
    // more seeds and years keep the effect (about +8 points) above the noise.
    const protection = { 'protection.continuedPresencePerYear': 5000, 'protection.cooperationRequired': false, 'protection.cooperationResponse': 1 };
    const { t } = compare(protection, { base, seeds: seedRange(40), years: 4 });
    expect(t((x) => x.victims_cooperating / Math.max(1e-9, x.victims_identified))).toBeGreaterThan(2);
    expect(t((x) => x.convictions_us / Math.max(1e-9, x.prosecutions_us))).toBeGreaterThan(2);
  }, PAIRED_TIMEOUT);
});
