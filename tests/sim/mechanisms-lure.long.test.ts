// The lure and the way home, over paired seeds at the baseline's own population: employer-focused
// worksite enforcement lowers departures through the jobs open to the unauthorized, and a border
// surge lengthens stays in the U.S. because crossing back costs more.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedMeans, seedRange, type PairedRuns, type Totals } from './helpers';
import { mean, variance } from '../../src/sim/experiment/stats';

const RUNS: Partial<PairedRuns> = { years: 3, scale: 50, base: {}, seeds: seedRange(8) };
const EMPLOYER_FOCUS = { 'interior.inspectionsPerYear': 25000, 'interior.employerFocus': 0.9, 'interior.employerSanctionUsd': 10000 };
const SURGE = { 'border.agents': 18500 };
const returnRate = (m: Totals) => m.returns_from_us / m.unauthorized_population;

describe('the lure and the way home (8 paired seeds, scale 50, full starting population)', () => {
  it(
    'employer-focused worksite enforcement lowers departures',
    () => {
      expect(compare(EMPLOYER_FOCUS, RUNS).t('departures')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'it does so through the jobs channel: when compliant employers do not screen for fear of sanctions, departures fall less',
    () => {
      const noScreening = { 'behaviour.screeningSanctionUsd': 1_000_000 };
      const withJobs = compare(EMPLOYER_FOCUS, RUNS).meanDiff('departures');
      const withoutJobs = compare(EMPLOYER_FOCUS, { ...RUNS, base: noScreening }).meanDiff('departures');
      expect(withJobs).toBeLessThan(withoutJobs);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'a border surge lowers returns home and the return rate (longer stays)',
    () => {
      const surge = compare(SURGE, RUNS);
      expect(surge.t('returns_from_us')).toBeLessThan(-2);
      expect(surge.t(returnRate)).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'stays lengthen because crossing back costs more: the surge lowers the return rate more than when a trip home is worth far more than any crossing',
    () => {
      // Without the cost of crossing back, what remains is composition: fewer newcomers, who go home sooner.
      const homeAnyway = { 'behaviour.homeVisitValueUsd': 1_000_000 };
      const fall = (base: Record<string, number>, seed: number) => {
        const at = (extra: Record<string, number>) =>
          returnRate(seedMeans({ ...base, ...extra }, seed, { scenario: 'baseline-2003', years: 3, scale: 50 }));
        return at(SURGE) - at({});
      };
      const d = RUNS.seeds!.map((seed) => fall(homeAnyway, seed) - fall({}, seed));
      expect(mean(d) / Math.sqrt(variance(d) / d.length)).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );
});
