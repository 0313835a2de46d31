// The smuggling market and the choice of how to cross, over paired seeds at the baseline's own
// population: more border agents widen the gap in apprehension odds between ways of crossing,
// migrants move to smugglers and to professional networks because of that gap, and fees follow
// outfits' costs.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedMeans, seedRange, type PairedRuns, type Totals } from './helpers';
import { mean, variance } from '../../src/sim/experiment/stats';
import { findParam } from '../../src/sim/params';

/** Coarse agents but the full starting population (market shares depend on the flow, not the stock). */
const RUNS: Partial<PairedRuns> = { years: 3, scale: 50, base: {}, seeds: seedRange(8) };
const SURGE = { 'border.agents': 18500 };
/** Networks evade patrols no better than guides: they have no better odds to sell. */
const NETWORKS_NO_BETTER = { 'behaviour.networkEvasion': Number(findParam('behaviour.guideEvasion')!.default) };

describe('smuggling market (8 paired seeds, scale 50, full starting population)', () => {
  it(
    'more border agents widen the gap in apprehension odds, and raise smuggler use and the professional share',
    () => {
      const surge = compare(SURGE, RUNS);
      // Odds as ratios of the months' sums (few cross alone, so some months have no attempt alone).
      const alone = (m: Totals) => m.apprehensions_alone / m.attempts_alone;
      const guide = (m: Totals) => m.apprehensions_guide / m.attempts_guide;
      const network = (m: Totals) => m.apprehensions_professional / m.attempts_professional;
      expect(surge.t((m) => alone(m) - guide(m))).toBeGreaterThan(2);
      expect(surge.t((m) => guide(m) - network(m))).toBeGreaterThan(2);
      expect(surge.t('smuggler_use_share')).toBeGreaterThan(2);
      expect(surge.t('professional_smuggler_share')).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'networks gain share because they sell better odds: when they evade no better than guides, more agents move fewer clients to them',
    () => {
      // What remains without the gap comes from credit: as fees rise, fewer can pay a guide up front, and networks lend.
      const gain = (levers: Record<string, number>, seed: number) => {
        const at = (extra: Record<string, number>): Totals =>
          seedMeans({ ...levers, ...extra }, seed, { scenario: 'baseline-2003', years: 3, scale: 50 });
        return at(SURGE).professional_smuggler_share - at({}).professional_smuggler_share;
      };
      const d = RUNS.seeds!.map((seed) => gain({}, seed) - gain(NETWORKS_NO_BETTER, seed));
      expect(mean(d) / Math.sqrt(variance(d) / d.length)).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    "fees rise with enforcement through outfits' costs, not wider margins",
    () => {
      const surge = compare(SURGE, RUNS);
      for (const [fee, cost] of [
        ['smuggling_fee_guide_usd', 'smuggling_cost_guide_usd'],
        ['smuggling_fee_network_usd', 'smuggling_cost_network_usd'],
      ] as const) {
        expect(surge.t(cost)).toBeGreaterThan(2);
        expect(surge.t(fee)).toBeGreaterThan(2);
        // The fee rise that the cost rise accounts for at the baseline's margin.
        const margin = mean(
          RUNS.seeds!.map((seed) => {
            const m = seedMeans({}, seed, { scenario: 'baseline-2003', years: 3, scale: 50 });
            return m[fee] / m[cost];
          }),
        );
        expect((surge.meanDiff(cost) * margin) / surge.meanDiff(fee)).toBeGreaterThan(0.7);
      }
    },
    PAIRED_TIMEOUT,
  );
});
