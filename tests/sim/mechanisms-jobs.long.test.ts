// Long suite: the jobs channel. Openings for the unauthorized are finite and move with U.S. labour
// demand; compliant employers who screen for fear of sanctions confine the unauthorized to
// off-the-books work at lower pay and longer searches. Both reach the decision to migrate through
// expected earnings (chance of finding work x wage), which potential migrants hear of from contacts
// and the news. Paired seeds at the baseline's own population.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedMeans, seedRange, type PairedRuns } from './helpers';
import { mean, variance } from '../../src/sim/experiment/stats';

const RUNS: Partial<PairedRuns> = { years: 3, scale: 50, base: {}, seeds: seedRange(8) };
const SETTINGS = { scenario: 'baseline-2003', years: 3, scale: 50 };
const EMPLOYER_FOCUS = { 'interior.inspectionsPerYear': 25000, 'interior.employerFocus': 0.9, 'interior.employerSanctionUsd': 10000 };
/** The jobs channel shut: compliant employers never screen for fear of sanctions, and screening costs no pay. */
const NO_JOBS_CHANNEL = { 'behaviour.screeningSanctionUsd': 1_000_000, 'behaviour.offBooksWagePenalty': 0 };
const DOWNTURN = { 'context.usLabourDemand': 0.6 };

/** Paired t of per-seed values. */
const tOf = (d: number[]) => mean(d) / Math.sqrt(variance(d) / d.length);

describe('the jobs channel (8 paired seeds, scale 50, full starting population)', () => {
  it(
    'employer-focused enforcement lowers the chance of finding work, expected earnings and departures',
    () => {
      const c = compare(EMPLOYER_FOCUS, RUNS);
      expect(c.t('job_finding_rate')).toBeLessThan(-2);
      expect(c.t('expected_earnings_usd')).toBeLessThan(-2);
      expect(c.t('departures')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'decomposition: most of that fall in departures goes through expected earnings (it shrinks when the jobs channel is shut)',
    () => {
      const fall = (base: Record<string, number>, seed: number) =>
        seedMeans({ ...base, ...EMPLOYER_FOCUS }, seed, SETTINGS).departures - seedMeans(base, seed, SETTINGS).departures;
      const seeds = RUNS.seeds!;
      const withJobs = seeds.map((seed) => fall({}, seed));
      const withoutJobs = seeds.map((seed) => fall(NO_JOBS_CHANNEL, seed));
      // Shut, expected earnings hardly move: what is left is worker arrests and the like.
      const earnings = (base: Record<string, number>, seed: number) =>
        seedMeans({ ...base, ...EMPLOYER_FOCUS }, seed, SETTINGS).expected_earnings_usd -
        seedMeans(base, seed, SETTINGS).expected_earnings_usd;
      expect(Math.abs(mean(seeds.map((seed) => earnings(NO_JOBS_CHANNEL, seed))))).toBeLessThan(
        Math.abs(mean(seeds.map((seed) => earnings({}, seed)))) / 10,
      );
      const channel = withJobs.map((d, i) => d - withoutJobs[i]);
      expect(tOf(channel)).toBeLessThan(-2);
      expect(mean(channel) / mean(withJobs)).toBeGreaterThan(0.5);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'a U.S. downturn (fewer openings) lowers the chance of finding work, expected earnings and departures, and job seekers pile up',
    () => {
      const c = compare(DOWNTURN, RUNS);
      expect(c.t('job_finding_rate')).toBeLessThan(-2);
      expect(c.t('expected_earnings_usd')).toBeLessThan(-2);
      expect(c.t('departures')).toBeLessThan(-2);
      expect(c.t('job_seekers')).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );
});
