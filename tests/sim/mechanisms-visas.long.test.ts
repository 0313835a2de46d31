// Long suite: legal work visas over 20 paired seeds (40 runs), too slow for the default `npm test`.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange } from './helpers';

describe('mechanisms, long: work visas (20 paired seeds)', () => {
  it(
    'more legal work visas lower smuggler use and trafficking (20 seeds)',
    () => {
      // Trafficking per migrant: visa holders travel without smugglers' debts and work for compliant
      // employers. The absolute count falls by about a tenth, within a single run's noise at this scale.
      // smuggler_use_share counts irregular crossers only, so visas shrink the number who need a smuggler, not that share.
      const { t } = compare({ 'pathways.workVisasPerYear': 400000 }, { seeds: seedRange(20) });
      expect(t('smuggler_clients')).toBeLessThan(-2);
      expect(t((x) => x.victims_new_us / Math.max(1, x.entries + x.legal_entries))).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
