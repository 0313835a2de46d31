// Directional tests of the mechanisms in MODEL.md, each over 10 paired seeds: the variant and the
// base run on the same seeds, and the difference must be positive (or negative) beyond noise
// (paired t statistic above 2), not just on average. The tests share one base (10 seeds, 3 years),
// run once for the file by the memoised `compare`; checks that need more seeds or years live in
// the long suite (mechanisms-*.long.test.ts, see vitest.config.ts).
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT } from './helpers';

describe('mechanisms (10 paired seeds each)', () => {
  it(
    'more border enforcement raises fees, smuggler use, the remote-route share and deaths',
    () => {
      const { t } = compare({ 'border.agents': 18500 });
      expect(t('smuggling_fee_mean_usd')).toBeGreaterThan(2);
      expect(t('smuggler_use_share')).toBeGreaterThan(2);
      expect(t('remote_route_share')).toBeGreaterThan(2);
      expect(t('deaths')).toBeGreaterThan(2);
      expect(t('professional_smuggler_share')).toBeGreaterThan(2);
      expect(t('migrants_in_debt')).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'employer-focused worksite enforcement lowers labour trafficking',
    () => {
      const { t } = compare({ 'interior.inspectionsPerYear': 25000, 'interior.employerFocus': 0.9, 'interior.employerSanctionUsd': 10000 });
      expect(t('victims_new_labor')).toBeLessThan(-2);
      expect(t('coercive_employer_share')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'more corruption lowers convictions',
    () => {
      const { t } = compare({ 'corruption.us': 0.3, 'corruption.mexico': 0.8 });
      expect(t('convictions')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
