// Long suite: employers weigh gain against risk. With the same employer-focused inspections in both
// arms, a real sanction is paid by the employers caught and makes the others choose differently:
// fewer hire off the books, fewer coerce, fewer people are trapped. Paired seeds, baseline population.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange } from './helpers';

const INSPECTIONS = { 'interior.inspectionsPerYear': 25000, 'interior.employerFocus': 0.9, 'interior.employerSanctionUsd': 0 };
const RUNS = { base: INSPECTIONS, scale: 50, years: 3, seeds: seedRange(10) };

describe('mechanisms, long: employer sanctions (10 paired seeds, baseline population)', () => {
  it(
    "employer-focused inspections with sanctions raise sanctions paid and lower coercion through employers' choices",
    () => {
      const { t } = compare({ 'interior.employerSanctionUsd': 10000 }, RUNS);
      expect(t('sanctions_paid_usd')).toBeGreaterThan(2);
      expect(t('coercive_employer_share')).toBeLessThan(-2);
      expect(t('victims_new_labor')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
