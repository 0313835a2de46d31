// Long suite: venues are a market. More Mexican prosecutions convict more venues; each conviction
// closes one, and while the convictions are recent the expected cost keeps fewer venues open.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange } from './helpers';

const RUNS = { base: {}, scale: 50, years: 3, seeds: seedRange(10) };

describe('mechanisms, long: venue convictions (10 paired seeds, baseline population)', () => {
  it(
    'venue convictions lower the number of venues for a while',
    () => {
      const { t } = compare({ 'justice.mexicoProsecutionCapacity': 300 }, RUNS);
      expect(t('convictions_mexico')).toBeGreaterThan(2);
      expect(t('venues_mexico')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
