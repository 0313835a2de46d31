// Long suite: word of sales travels. When a network sells a client, the victim's community hears (as far
// as contacts carry the word) and people choosing a network there weigh its record; so networks that have
// sold get fewer of the clients whose communities hear, than when no word travels (behaviour.saleWordReach 0).
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange } from './helpers';

const RUNS = { base: { 'behaviour.saleWordReach': 0 }, scale: 50, years: 3, seeds: seedRange(8) };

describe('mechanisms, long: reputations (8 paired seeds, baseline population)', () => {
  it(
    'with word of sales travelling, networks that have sold get a smaller share of the clients with contacts',
    () => {
      const { t } = compare({ 'behaviour.saleWordReach': 1 }, RUNS);
      expect(t('seller_share_contacts')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
