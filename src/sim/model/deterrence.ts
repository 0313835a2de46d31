// What offenders expect: the chance a case ends in conviction in each country's courts, and the
// economics of venues (how many can pay under a market's demand and expected enforcement).
// Read by employers, venues and courts alike; it depends on nothing but the state and constants.
import { CONSTANTS } from './constants';
import { findParam } from '../params';
import { tabulate, VENUE_MARKETS, VenueMarket } from './enums';
import type { SimState } from './state';

const K = CONSTANTS;

/** Which country's courts try a case. */
export type Court = 'us' | 'mexico';

/** Chance a prosecuted case ends in a conviction: testimony makes the case (without it cases mostly
 *  fail, as in the brief's San Diego example); the country's corruption unmakes it. */
export function convictionProbability(st: SimState, witnesses: number, court: Court = 'us'): number {
  const corruption = st.params[court === 'us' ? 'corruption.us' : 'corruption.mexico'];
  return (
    (K.CONVICTION_WITHOUT_WITNESS.value + K.CONVICTION_WITH_WITNESSES.value * (1 - Math.pow(K.WITNESS_DECAY.value, witnesses))) *
    (1 - K.CORRUPTION_ACQUITTAL.value * corruption)
  );
}

/** Chance a U.S. case built on an investigation alone ends in conviction (what employers weigh). */
export function convictionProbabilityWithoutWitness(st: SimState): number {
  return convictionProbability(st, 0, 'us');
}

const BASELINE: Record<VenueMarket, number> = {
  [VenueMarket.Us]: K.VENUES_US_BASELINE.value,
  [VenueMarket.Mexico]: K.VENUES_MEXICO_BASELINE.value,
};
/** Venue slots kept for each market (open and closed). */
export const VENUE_SLOTS = tabulate(VENUE_MARKETS, (m) => Math.round(BASELINE[m] * K.VENUE_SLOT_FACTOR.value));
const BASELINE_MEXICO_CORRUPTION = findParam('corruption.mexico')!.default as number;

/** Demand index of a market (1 = the early 2000s). */
function demand(st: SimState, market: VenueMarket): number {
  return market === VenueMarket.Us ? st.params['context.usCommercialSexDemand'] : st.params['context.sexTourismDemand'];
}

/** Raids a venue expects in a year: police try, and in Mexico some are bought off. */
function raidsPerYear(st: SimState, market: VenueMarket): number {
  return market === VenueMarket.Us ? 12 * K.US_RAID.value : 12 * K.MEXICO_RAID.value * (1 - st.params['corruption.mexico']);
}

/** Chance a venue expects to be convicted within a year: recent convictions of venues in its market. */
export function venueConvictionRisk(st: SimState, market: VenueMarket): number {
  const convictions = st.recentVenueConvictions[market].reduce((a, b) => a + b, 0);
  return Math.min(1, convictions / Math.max(1, openVenues(st, market).length));
}

/** A venue's expected yearly cost of enforcement: raids and convictions. */
function enforcementCost(st: SimState, market: VenueMarket, convictionRisk: number): number {
  return raidsPerYear(st, market) * K.VENUE_RAID_LOSS_USD.value + convictionRisk * K.CONVICTION_COST_USD.value;
}

/** What a market's demand pays all its venues in a year: set so that the baseline's enforcement,
 *  with no recent convictions, supports the baseline number of venues. */
function revenuePool(st: SimState, market: VenueMarket): number {
  const baselineRaids = market === VenueMarket.Us ? 12 * K.US_RAID.value : 12 * K.MEXICO_RAID.value * (1 - BASELINE_MEXICO_CORRUPTION);
  const baselineCost = K.VENUE_FIXED_COST_USD.value + baselineRaids * K.VENUE_RAID_LOSS_USD.value;
  return demand(st, market) * BASELINE[market] * baselineCost;
}

/** How many venues can make a profit: takings shared among them cover fixed and expected enforcement costs. */
export function profitableVenues(st: SimState, market: VenueMarket, convictionRisk = venueConvictionRisk(st, market)): number {
  return revenuePool(st, market) / (K.VENUE_FIXED_COST_USD.value + enforcementCost(st, market, convictionRisk));
}

/** Venues open at the start: as many as pay under the run's own starting demand and enforcement. */
export function initialVenues(st: SimState): Record<VenueMarket, number> {
  return tabulate(VENUE_MARKETS, (m) => Math.min(VENUE_SLOTS[m], Math.round(profitableVenues(st, m, 0))));
}

/** The open venues of a market. */
export function openVenues(st: SimState, market: VenueMarket): number[] {
  return market === VenueMarket.Us ? st.employers.sexUs : st.employers.sexMexico;
}
