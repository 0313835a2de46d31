// The smuggling market: community guides and professional networks are real outfits (not scaled)
// that price from their own realised costs (crossing attempts, longer remote routes, losses and
// bribes when clients are apprehended) plus a markup that rises when they are full and falls when
// they are idle; they enter when demand outruns capacity and leave when idle. Migrants hire the
// cheapest of the few outfits they hear of, counting the risk of being sold by those with a record;
// professionals lend, and those willing to sell may sell clients (sale.ts).
import { drawAt, PERSON_ID_LIMITS, uniform } from '../engine/crn';
import { Corridor, Mode, type SmugglerMode } from './enums';
import { F32, getF32, getI32, getU8, I32, setF32, setI32, setU8, U8 } from './record';
import { Stream } from './streams';
import type { Outfit, SimState } from './state';
import { entityKey, personKey, PICK_TRIES } from './draws';
import { isTracked, record } from './population';
import { takeOnDebt } from './debt';
import { willingToSell } from './sale';
import { noteClient, outfitSaleRisk } from './reputation';
import { CONSTANTS } from './constants';

const K = CONSTANTS;

/** Real clients a month one outfit of a kind can take on. */
const capacityFor = (st: SimState, professional: boolean) =>
  st.params[professional ? 'behaviour.networkCapacity' : 'behaviour.guideCapacity'];

/** Starting outfits: enough of each kind to serve the early-2000s flow; entry and exit settle the numbers in the warm-up. */
export function createOutfits(st: SimState): Outfit[] {
  st.outfits = [];
  st.outfitPools = { [Mode.Guide]: [], [Mode.Professional]: [] };
  st.outfitsEver = { [Mode.Guide]: [], [Mode.Professional]: [] };
  for (let i = 0; i < K.INITIAL_GUIDES.value; i++) addOutfit(st, false);
  for (let i = 0; i < K.INITIAL_NETWORKS.value; i++) addOutfit(st, true);
  quoteMarketFees(st);
  return st.outfits;
}

/** Draws of an outfit (stream smuggling.outfit, keyed by its id), by purpose. */
const enum OutfitDraw {
  Scruple = 0,
  Exit = 1,
  Revise = 2,
}

function addOutfit(st: SimState, professional: boolean): Outfit {
  // Keyed by the outfit's id with a fixed month: the n-th outfit ever set up has the same owners under every policy.
  const u = uniform(st.crn[Stream.SmugglingOutfit], OUTFIT_MONTH, st.outfits.length, OutfitDraw.Scruple);
  const scruple = -K.SCRUPLE_MEAN_USD.value * Math.log(1 - u);
  const cost = expectedCostPerClient(st, smugglerMode(professional));
  const capacity = capacityFor(st, professional);
  const fill = K.INITIAL_BOOKS_FILL.value;
  const markup = K.INITIAL_MARKUP.value;
  const outfit: Outfit = {
    id: st.outfits.length,
    professional,
    exploitative: false,
    scruple,
    salesHeard: [0, 0],
    clientsFrom: [0, 0],
    salesMade: 0,
    active: true,
    clientsThisMonth: 0,
    clientsLastMonth: 0,
    costThisMonth: 0,
    bookedCost: cost * capacity * fill,
    bookedClients: capacity * fill,
    markup,
    fee: cost * (1 + markup),
  };
  outfit.exploitative = willingToSell(st, outfit);
  st.outfits.push(outfit);
  st.outfitPools[smugglerMode(professional)].push(outfit);
  st.outfitsEver[smugglerMode(professional)].push(outfit);
  return outfit;
}

/** An entrant's estimate of its cost per client, from this month's conditions (it has no books yet). */
export function expectedCostPerClient(st: SimState, mode: SmugglerMode): number {
  const p = st.params;
  const odds = st.cond.apprehension[mode];
  const corridor = odds[Corridor.Urban] < odds[Corridor.Remote] ? Corridor.Urban : Corridor.Remote;
  const attempts = 1 / (1 - odds[corridor]);
  const perAttempt = attemptCost(st, mode === Mode.Professional, corridor === Corridor.Remote);
  return attempts * perAttempt + (attempts - 1) * p['behaviour.smugglerLossPerApprehensionUsd'];
}

function attemptCost(st: SimState, professional: boolean, remote: boolean): number {
  const p = st.params;
  const base = professional ? p['behaviour.networkCostUsd'] : p['behaviour.guideCostUsd'];
  return base * (remote ? 1 + p['behaviour.remoteRouteExtraCost'] : 1);
}

/** Rebuilds the lists of outfits in business, by kind (guides, professionals). */
export function refreshOutfitPools(st: SimState): void {
  st.outfitPools = {
    [Mode.Guide]: st.outfits.filter((o) => o.active && !o.professional),
    [Mode.Professional]: st.outfits.filter((o) => o.active && o.professional),
  };
}

const smugglerMode = (professional: boolean): SmugglerMode => (professional ? Mode.Professional : Mode.Guide);

/** Hires an outfit of the chosen kind (the cheapest with room among those heard of, counting for a network
 *  the risk of being sold times `lossIfSold`, what the migrant would lose) and settles the fee: paid from
 *  savings, or owed to a professional. */
export function hireSmuggler(st: SimState, id: number, mode: Mode, lossIfSold = 0): void {
  const a = st.migrants;
  setU8(a, id, U8.Mode, mode);
  if (mode !== Mode.Guide && mode !== Mode.Professional) {
    setI32(a, id, I32.Smuggler, -1);
    if (isTracked(st, id)) record(st, id, { kind: 'crossing_alone' });
    return;
  }
  const professional = mode === Mode.Professional;
  const outfit = pickOutfit(st, id, professional, lossIfSold);
  outfit.clientsThisMonth += st.scale;
  noteClient(st, outfit, id);
  setI32(a, id, I32.Smuggler, outfit.id);
  const fee = outfit.fee;
  const upfront = Math.min(fee, getF32(a, id, F32.Savings) * (professional ? K.NETWORK_UPFRONT_SHARE.value : 1));
  setF32(a, id, F32.Savings, getF32(a, id, F32.Savings) - upfront);
  // Guides are paid the rest by family on arrival; professionals lend it.
  const owed = professional ? fee - upfront : 0;
  if (owed > 0) takeOnDebt(st, id, owed);
  st.tally.smuggler_clients++;
  st.tally.smuggling_fees_usd += fee;
  if (professional) st.tally.professional_clients++;
  countClient(st, id, outfit);
  if (isTracked(st, id))
    record(st, id, { kind: 'hired_smuggler', mode, feeUsd: Math.round(fee), owedUsd: owed > 0 ? Math.round(owed) : null });
}

/** The month an outfit's own draws are keyed to (not a real month). */
const OUTFIT_MONTH = PERSON_ID_LIMITS.monthMin;

/** The range of places quotes are drawn from: the smallest power of two holding every outfit ever set up. */
function placesFor(ever: readonly Outfit[]): number {
  // 2^ceil(log2(n)) in integer operations (a power and a logarithm per quote showed in the profile).
  return 2 ** (32 - Math.clz32(Math.max(2, ever.length) - 1));
}

/** One outfit a migrant hears of: the first outfit still in business in the key's sequence of places in
 *  the list of every outfit of the kind ever set up (the n-th one set up is the same outfit under two
 *  policies while both have it in business). The range is a power of two, so it rarely differs between policies. */
function hearOfOutfit(key: number, quote: number, ever: readonly Outfit[], pool: readonly Outfit[], range: number): Outfit {
  // Quote q reads draws q * (PICK_TRIES + 1) onwards, apart from the other quotes' draws.
  const first = quote * (PICK_TRIES + 1);
  for (let t = first; t < first + PICK_TRIES; t++) {
    const place = Math.floor(drawAt(key, t) * range);
    if (place < ever.length && ever[place].active) return ever[place];
  }
  return pool[Math.floor(drawAt(key, first + PICK_TRIES) * pool.length)];
}

/** Tallies who hires whom: women and minors, and clients with contacts going to networks that have sold. */
function countClient(st: SimState, id: number, outfit: Outfit): void {
  const a = st.migrants;
  const vulnerable = getU8(a, id, U8.Female) || getU8(a, id, U8.Minor);
  if (vulnerable) st.tally.smuggler_clients_vulnerable++;
  if (!outfit.professional) return;
  if (vulnerable) st.tally.professional_clients_vulnerable++;
  if (!getU8(a, id, U8.Network)) return;
  st.tally.professional_clients_contacts++;
  if (outfit.salesMade >= K.SELLER_RECORD.value) st.tally.professional_clients_contacts_sellers++;
}

/** The outfit a migrant hires among those heard of: the cheapest with room, a network's price counting what
 *  the migrant expects to lose to its record of selling. */
function pickOutfit(st: SimState, id: number, professional: boolean, lossIfSold: number): Outfit {
  const pool = st.outfitPools[smugglerMode(professional)];
  if (pool.length === 0) return addOutfit(st, professional);
  const key = personKey(st, Stream.SmugglingQuotes, id);
  const ever = st.outfitsEver[smugglerMode(professional)];
  const range = placesFor(ever);
  let best: Outfit | undefined;
  let bestFull: Outfit | undefined;
  let bestPrice = Infinity;
  let bestFullPrice = Infinity;
  const capacity = capacityFor(st, professional);
  for (let i = 0; i < K.QUOTES_HEARD.value; i++) {
    const o = hearOfOutfit(key, i, ever, pool, range);
    const full = o.clientsThisMonth >= capacity;
    const price = o.fee + (professional ? outfitSaleRisk(st, o, id) * lossIfSold : 0);
    if (!full && (!best || price < bestPrice)) [best, bestPrice] = [o, price];
    if (full && (!bestFull || price < bestFullPrice)) [bestFull, bestFullPrice] = [o, price];
  }
  return best ?? bestFull!;
}

/** The outfit serving a client, if the client has one still in business. */
function outfitOf(st: SimState, id: number): Outfit | undefined {
  const o = getI32(st.migrants, id, I32.Smuggler);
  return o >= 0 ? st.outfits[o] : undefined;
}

/** Books the cost of one crossing attempt to the client's outfit (fees cover retries). */
export function chargeAttempt(st: SimState, id: number, remote: boolean): void {
  const o = outfitOf(st, id);
  if (o) o.costThisMonth += st.scale * attemptCost(st, o.professional, remote);
}

/** Books what an apprehended client costs the outfit: guides held or replaced, vehicles lost, or the bribe that avoided it. */
export function chargeApprehension(st: SimState, id: number): void {
  const o = outfitOf(st, id);
  if (o) o.costThisMonth += st.scale * st.params['behaviour.smugglerLossPerApprehensionUsd'];
}

/** Monthly market round: each outfit closes its books and reprices; outfits enter where demand outruns capacity and leave where they sit idle. */
export function updateSmugglingMarket(st: SimState): void {
  const p = st.params;
  for (const o of st.outfits) if (o.active) repriceOutfit(o, capacityFor(st, o.professional), p['behaviour.markupResponse']);
  reviseOutfitStrategies(st);
  for (const professional of [false, true]) {
    const active = st.outfitPools[smugglerMode(professional)].filter((o) => o.active);
    const capacity = capacityFor(st, professional);
    const clients = active.reduce((sum, o) => sum + o.clientsThisMonth, 0);
    const shortfall = clients - K.FULL_UTILISATION.value * capacity * active.length;
    if (shortfall > 0) {
      // At least one entrant, however few are in business.
      const entrants = Math.min(Math.ceil(shortfall / capacity), Math.ceil(p['behaviour.outfitEntryRate'] * active.length) + 1);
      for (let i = 0; i < entrants; i++) addOutfit(st, professional);
    }
    let open = active.length;
    for (const o of active) {
      if (
        open > K.MIN_OUTFITS.value &&
        o.clientsThisMonth + o.clientsLastMonth < K.IDLE_SHARE.value * capacity &&
        drawAt(entityKey(st, Stream.SmugglingOutfit, o.id), OutfitDraw.Exit) < p['behaviour.outfitExitRate']
      ) {
        o.active = false;
        open--;
      }
    }
  }
  for (const o of st.outfits) {
    o.clientsLastMonth = o.clientsThisMonth;
    o.clientsThisMonth = 0;
    o.costThisMonth = 0;
  }
  refreshOutfitPools(st);
  quoteMarketFees(st);
}

/** Some networks in business change hands or strategy each month and decide afresh whether to keep buyers
 *  within reach, on this month's prices, the courts' record and organized crime (sale.ts): the segment that
 *  sells grows while selling pays and shrinks when convictions or full markets make it not pay. */
function reviseOutfitStrategies(st: SimState): void {
  const share = K.OUTFIT_REVISION_RATE.value;
  for (const o of st.outfitPools[Mode.Professional]) {
    if (o.active && drawAt(entityKey(st, Stream.SmugglingOutfit, o.id), OutfitDraw.Revise) < share) o.exploitative = willingToSell(st, o);
  }
}

/** An outfit's fee: its running cost per client from its own books, times a markup set by how full it
 *  is: up when busier than FULL_UTILISATION, down (undercutting rivals) when it has room. */
function repriceOutfit(o: Outfit, capacity: number, markupResponse: number): void {
  const weight = K.BOOKS_WEIGHT.value;
  o.bookedCost = (1 - weight) * o.bookedCost + weight * o.costThisMonth;
  o.bookedClients = (1 - weight) * o.bookedClients + weight * o.clientsThisMonth;
  const utilisation = o.bookedClients / capacity;
  o.markup = Math.min(K.MARKUP_MAX.value, Math.max(0, o.markup + markupResponse * (utilisation - K.FULL_UTILISATION.value)));
  if (o.bookedClients > 1) o.fee = (o.bookedCost / o.bookedClients) * (1 + o.markup);
}

/** The going fee of each kind (client-weighted mean of outfits' fees): what migrants hear and plan with. */
export function quoteMarketFees(st: SimState): void {
  for (const mode of [Mode.Guide, Mode.Professional] as const) {
    let fees = 0;
    let weights = 0;
    let cost = 0;
    let clients = 0;
    for (const o of st.outfitPools[mode]) {
      const w = o.clientsLastMonth + 1;
      fees += o.fee * w;
      weights += w;
      cost += o.bookedCost;
      clients += o.bookedClients;
    }
    if (weights > 0) st.cond.fee[mode] = fees / weights;
    if (clients > 0) st.smugglingCostPerClient[mode] = cost / clients;
  }
}

/** Outfits in business, by kind. */
export function outfitCounts(st: SimState): { guides: number; networks: number } {
  return { guides: st.outfitPools[Mode.Guide].length, networks: st.outfitPools[Mode.Professional].length };
}
