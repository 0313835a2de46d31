// Word of sales: when a network sells a client, the victim's family and community hear of it (a
// victim without family in the U.S. leaves little word behind), and contacts pass the record on to
// people choosing a smuggler. Each outfit's record, and each origin community's record of networks
// by group (men; women and minors), decays as it is forgotten. Those who hear weigh the risk of
// being sold; a network weighs the clients a sale would cost it. Where word is poor, neither does.
import { CONSTANTS } from './constants';
import { Mode, Origin } from './enums';
import { getU8, U8 } from './record';
import { SaleGroup, type Outfit, type SaleState, type SimState } from './state';

const K = CONSTANTS;

/** An empty record: no sales heard, no clients yet. */
export function createSaleState(): SaleState {
  return {
    recentSales: [],
    salesThisMonth: 0,
    heard: [
      [0, 0],
      [0, 0],
    ],
    clients: [
      [0, 0],
      [0, 0],
    ],
  };
}

/** The community a person comes from (border-city residents are counted with Mexico's). */
const communityOf = (st: SimState, id: number): 0 | 1 => (getU8(st.migrants, id, U8.Origin) === Origin.CentralAmerica ? 1 : 0);

/** The group whose record a person weighs: women and minors are sold more often than men. */
function groupOf(st: SimState, id: number): SaleGroup {
  const a = st.migrants;
  return getU8(a, id, U8.Female) || getU8(a, id, U8.Minor) ? SaleGroup.WomanOrMinor : SaleGroup.Man;
}

/** How much of what happens to a person reaches their community, and how much of the community's record
 *  they hear: all of it through contacts in the U.S., a little without (behaviour.saleWordReach scales both). */
export function wordReach(st: SimState, id: number): number {
  const contacts = getU8(st.migrants, id, U8.Network) === 1;
  return st.params['behaviour.saleWordReach'] * (contacts ? 1 : K.REPUTATION_NO_CONTACTS.value);
}

/** A network takes on a client: the client's community counts it among the network's clients. */
export function noteClient(st: SimState, outfit: Outfit, id: number): void {
  if (!outfit.professional) return;
  const c = communityOf(st, id);
  outfit.clientsFrom[c] += st.scale;
  st.sale.clients[c][groupOf(st, id)] += st.scale;
}

/** A network sells a client: word reaches the victim's community as far as their family can carry it. */
export function noteSale(st: SimState, outfit: Outfit, id: number): void {
  const c = communityOf(st, id);
  const heard = st.scale * wordReach(st, id);
  outfit.salesMade += st.scale;
  outfit.salesHeard[c] += heard;
  st.sale.heard[c][groupOf(st, id)] += heard;
  st.sale.salesThisMonth += st.scale;
}

/** Each month communities forget a little of every record. */
export function forgetSales(st: SimState): void {
  const keep = 1 - 1 / K.REPUTATION_MEMORY_MONTHS.value;
  for (const o of st.outfitPools[Mode.Professional]) {
    o.salesMade *= keep;
    for (const c of [0, 1] as const) {
      o.salesHeard[c] *= keep;
      o.clientsFrom[c] *= keep;
    }
  }
  for (const c of [0, 1] as const) {
    for (const g of [SaleGroup.Man, SaleGroup.WomanOrMinor]) {
      st.sale.heard[c][g] *= keep;
      st.sale.clients[c][g] *= keep;
    }
  }
}

/** Share of a community's clients of networks sold, as heard (0 with no clients yet). */
function heardRate(heard: number, clients: number): number {
  return clients > 0 ? Math.min(1, heard / clients) : 0;
}

/** How much more (or less) often than the community's clients as a whole this person's group is sold, as heard. */
function groupFactor(st: SimState, c: 0 | 1, g: SaleGroup): number {
  const all = heardRate(st.sale.heard[c][0] + st.sale.heard[c][1], st.sale.clients[c][0] + st.sale.clients[c][1]);
  return all > 0 ? heardRate(st.sale.heard[c][g], st.sale.clients[c][g]) / all : 1;
}

/** The risk this person sees of being sold by networks as a whole, from what they hear of their community's
 *  record for people like them; only a client who will owe the network can be sold. */
export function networkSaleRisk(st: SimState, id: number, willOwe: boolean): number {
  if (!willOwe) return 0;
  const c = communityOf(st, id);
  const g = groupOf(st, id);
  return wordReach(st, id) * heardRate(st.sale.heard[c][g], st.sale.clients[c][g]);
}

/** The risk this person sees of being sold by one network they hear of: its record in their community,
 *  scaled to people like them. */
export function outfitSaleRisk(st: SimState, outfit: Outfit, id: number): number {
  const c = communityOf(st, id);
  return wordReach(st, id) * Math.min(1, heardRate(outfit.salesHeard[c], outfit.clientsFrom[c]) * groupFactor(st, c, groupOf(st, id)));
}

/** What selling a client costs the network in new clients: those the client's community would turn away
 *  as far as word reaches it (`reach`, from wordReach), at the network's margin per client. */
export function reputationCost(outfit: Outfit, reach: number): number {
  const margin = (outfit.fee * outfit.markup) / (1 + outfit.markup);
  return K.REPUTATION_CLIENTS_LOST.value * reach * margin;
}

/** Word reach from a client without contacts: the client a network would pick to sell. */
export function reachWithoutContacts(st: SimState): number {
  return st.params['behaviour.saleWordReach'] * K.REPUTATION_NO_CONTACTS.value;
}
