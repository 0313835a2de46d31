// The sale of a client, a decision of the network holding the debt: what a buyer with a place to fill
// pays (U.S. venues for women and minors, coercive employers for anyone; the price moves with how empty
// their places are, and a full market buys no one), against what keeping the client is worth (the debt
// repaid from wages or by family, unless the client absconds), the expected cost of a conviction (from
// the courts' record of networks convicted per person sold) and the clients a reputation for selling
// costs. Whether a network keeps buyers within reach at all follows from the same payoffs.
import { drawAt } from '../engine/crn';
import { logistic } from '../engine/math';
import { CONSTANTS } from './constants';
import { EmployerType, Form, MigrantState, VenueMarket } from './enums';
import { F32, getF32, getI32, getU8, I32, U8 } from './record';
import { Stream } from './streams';
import type { Outfit, SimState } from './state';
import { personKey, pickUsEmployer, pickVenue, subKey } from './draws';
import { holdVictim } from './employers';
import { sellDebt } from './debt';
import { isTracked, record } from './population';
import { forgetSales, noteSale, reachWithoutContacts, reputationCost, wordReach } from './reputation';

const K = CONSTANTS;

/** Where a network can sell a client: U.S. venues (women and minors) or coercive employers (anyone). */
export const enum BuyerMarket {
  Venue = 0,
  Labour = 1,
}

const HELD_IN: Record<BuyerMarket, MigrantState> = {
  [BuyerMarket.Venue]: MigrantState.ExploitedUsSex,
  [BuyerMarket.Labour]: MigrantState.ExploitedUsLabor,
};
const REFERENCE_PRICE: Record<BuyerMarket, number> = {
  [BuyerMarket.Venue]: K.SALE_PRICE_VENUE_USD.value,
  [BuyerMarket.Labour]: K.SALE_PRICE_LABOUR_USD.value,
};

/** Places a market's buyers can hold people in (real people): open venues, or coercive employers. */
export function buyerPlaces(st: SimState, market: BuyerMarket): number {
  return market === BuyerMarket.Venue
    ? st.employers.sexUs.length * K.VENUE_WORKERS_US.value
    : st.employers.usByType[EmployerType.Coercive].length * K.COERCIVE_PLACES.value;
}

/** Empty places in a market (real people). */
export function buyerVacancies(st: SimState, market: BuyerMarket): number {
  return Math.max(0, buyerPlaces(st, market) - st.stateCounts[HELD_IN[market]] * st.scale);
}

/** What a market pays for a person: the reference price, times how empty its places are against the
 *  reference vacancy (capped); nothing when it has no place for one more agent. */
export function salePrice(st: SimState, market: BuyerMarket): number {
  const places = buyerPlaces(st, market);
  const empty = buyerVacancies(st, market);
  if (empty < st.scale) return 0;
  return REFERENCE_PRICE[market] * Math.min(K.SALE_PRICE_MAX_RATIO.value, empty / places / K.SALE_REFERENCE_VACANCY.value);
}

/** The market that pays most for this client, or -1 if no buyer has a place: venues buy women and minors only. */
function bestMarket(st: SimState, id: number): BuyerMarket | -1 {
  const a = st.migrants;
  const venues = getU8(a, id, U8.Female) || getU8(a, id, U8.Minor) ? salePrice(st, BuyerMarket.Venue) : 0;
  const labour = salePrice(st, BuyerMarket.Labour);
  if (venues <= 0 && labour <= 0) return -1;
  return venues >= labour ? BuyerMarket.Venue : BuyerMarket.Labour;
}

/** What keeping a client is worth to the network: family in the U.S. guarantee part of the debt; the rest is
 *  repaid from wages month by month (discounted), unless the client absconds. */
export function keepValue(st: SimState, debt: number, contacts: boolean): number {
  const p = st.params;
  const guaranteed = contacts ? Math.min(debt, p['behaviour.familyHelpUsd']) : 0;
  const rest = debt - guaranteed;
  const months = rest / p['behaviour.debtRepaymentUsd'];
  const r = p['behaviour.monthlyDiscountRate'];
  const discount = months > 0 ? (1 - Math.pow(1 + r, -months)) / (r * months) : 1;
  return guaranteed + rest * discount * (1 - K.ABSCOND_SHARE.value);
}

/** The chance a network expects a sale to end in its conviction: the courts' record of networks convicted
 *  per person sold over the last 12 months, with a prior for when there is little record. */
export function saleConvictionRisk(st: SimState): number {
  const convictions = st.recentOutfitConvictions.reduce((a, b) => a + b, 0);
  const sold = st.sale.recentSales.reduce((a, b) => a + b, 0);
  const prior = K.SALE_RECORD_PRIOR_SALES.value;
  return Math.min(1, (convictions + K.SALE_CONVICTION_PRIOR.value * prior) / (sold + prior));
}

/** What a sale gains the network over keeping the client: the buyer's premium and the debt it takes over, less the
 *  repayment forgone, the
 *  expected cost of a conviction and the clients word of it would cost (`reach`: how far word goes). */
function saleGain(st: SimState, outfit: Outfit, price: number, debt: number, contacts: boolean, reach: number): number {
  return (
    price + debt - keepValue(st, debt, contacts) - saleConvictionRisk(st) * K.CONVICTION_COST_USD.value - reputationCost(outfit, reach)
  );
}

/** The gain a network needs before it sells: its owners' scruples, lowered by organized crime's reach
 *  (buyers at hand, protection from reprisals). */
function hurdle(st: SimState, outfit: Outfit): number {
  return outfit.scruple * (1 - st.params['context.organizedCrime']);
}

/** Whether a network keeps buyers within reach: selling a client who owes the whole fee and has no
 *  contacts, at the best price the markets pay now, would clear its hurdle. Community guides hold no
 *  debt and no safe house, so they never sell. */
export function willingToSell(st: SimState, outfit: Outfit): boolean {
  if (!outfit.professional) return false;
  const price = Math.max(salePrice(st, BuyerMarket.Venue), salePrice(st, BuyerMarket.Labour));
  return price > 0 && saleGain(st, outfit, price, outfit.fee, false, reachWithoutContacts(st)) > hurdle(st, outfit);
}

/** Draws of a client's arrival with a network willing to sell, by purpose. */
const enum SaleDraw {
  Sold = 0,
  Buyer = 2,
}

/** On arrival, a network willing to sell weighs selling an indebted client to the buyer who pays most.
 *  Returns true if it sold them. */
export function sellClient(st: SimState, id: number): boolean {
  const a = st.migrants;
  const o = getI32(a, id, I32.Smuggler);
  const outfit = o >= 0 ? st.outfits[o] : undefined;
  const debt = getF32(a, id, F32.Debt);
  if (!outfit || !outfit.active || !outfit.exploitative || debt <= 0) return false;
  const market = bestMarket(st, id);
  if (market === -1) return false;
  const gain = saleGain(st, outfit, salePrice(st, market), debt, getU8(a, id, U8.Network) === 1, wordReach(st, id));
  const key = personKey(st, Stream.SmugglingDeliver, id);
  if (drawAt(key, SaleDraw.Sold) >= logistic((gain - hurdle(st, outfit)) / K.SALE_SPREAD_USD.value)) return false;
  const pick = subKey(key, SaleDraw.Buyer);
  const buyer = market === BuyerMarket.Venue ? pickVenue(st, pick, VenueMarket.Us) : pickUsEmployer(st, pick, EmployerType.Coercive);
  if (buyer < 0) return false;
  sellDebt(st, id);
  if (holdVictim(st, id, buyer, market === BuyerMarket.Venue ? Form.Sexual : Form.Labor)) st.tally.victims_new_via_smugglers++;
  st.tally.clients_sold++;
  if (market === BuyerMarket.Venue) st.tally.clients_sold_us_venues++;
  noteSale(st, outfit, id);
  if (isTracked(st, id)) record(st, id, { kind: 'handed_over' });
  return true;
}

/** Ends the month's record of sales: the courts' 12-month window moves on and communities forget a little. */
export function closeSalesMonth(st: SimState): void {
  forgetSales(st);
  st.sale.recentSales.push(st.sale.salesThisMonth);
  if (st.sale.recentSales.length > 12) st.sale.recentSales.shift();
  st.sale.salesThisMonth = 0;
}
