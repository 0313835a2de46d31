// Long suite: the people most often sold (women and minors) weigh their community's record of networks
// selling people like them when they choose how to cross; when word of sales travels they turn from
// networks to guides or crossing alone more than men do.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange, type Totals } from './helpers';

const RUNS = { base: { 'behaviour.saleWordReach': 0 }, scale: 50, years: 3, seeds: seedRange(8) };

/** Share of men hiring a smuggler who hire a network. */
const menNetworkShare = (t: Totals) =>
  (t.professional_clients - t.professional_clients_vulnerable) / (t.smuggler_clients - t.smuggler_clients_vulnerable);
/** How much lower women's and minors' network share is than men's. */
const vulnerableGap = (t: Totals) => t.professional_share_vulnerable - menNetworkShare(t);

describe('mechanisms, long: women and minors and networks that sell (8 paired seeds, baseline population)', () => {
  it(
    'with word of sales travelling, women and minors hire networks less, and fall further behind men in doing so',
    () => {
      const { t } = compare({ 'behaviour.saleWordReach': 1 }, RUNS);
      expect(t('professional_share_vulnerable')).toBeLessThan(-2);
      expect(t(vulnerableGap)).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
