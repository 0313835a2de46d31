// Smugglers: community guides and professional networks. Migrants choose how to cross by weighing
// the chance of getting through against the fee and the risk; professionals take deferred payment
// (debt), and exploitative networks sell some indebted clients to coercive employers or venues.
// Outfits enter when business is good and leave when it is not; convictions dismantle them.
import { Corridor, EmployerType, Form, Mode, type Outfit, type SimState, type SmugglerMode } from './state';
import { holdVictim } from './employers';
import { record, setDebt } from './population';

const MODE_TEXT: Record<Mode, string> = {
  [Mode.None]: '', [Mode.Visa]: 'a work visa', [Mode.Alone]: 'alone', [Mode.Guide]: 'a community guide', [Mode.Professional]: 'a professional smuggling network',
};
/** Real clients a month one outfit can serve before a new one enters, and below which one leaves. */
const ENTRY_CLIENTS = 400;
const EXIT_CLIENTS = 40;

/** Starting outfits: a market of guides and professional networks. */
export function createOutfits(st: SimState): Outfit[] {
  const outfits: Outfit[] = [];
  st.outfits = outfits;
  st.outfitPools = { [Mode.Guide]: [], [Mode.Professional]: [] };
  for (let i = 0; i < 60; i++) addOutfit(st, false);
  for (let i = 0; i < 30; i++) addOutfit(st, true);
  return outfits;
}

function addOutfit(st: SimState, professional: boolean): Outfit {
  const rng = st.rng.smuggling;
  const crime = st.params['context.organizedCrime'];
  const deterrence = outfitConvictionRisk(st);
  const exploitative = professional ? rng() < crime * 0.6 * (1 - deterrence) : rng() < 0.02;
  const outfit: Outfit = { id: st.outfits.length, professional, exploitative, active: true, clientsThisMonth: 0, clientsLastMonth: 0 };
  st.outfits.push(outfit);
  st.outfitPools[smugglerMode(professional)].push(outfit);
  return outfit;
}

/** Rebuilds the lists of outfits in business, by kind (guides, professionals). */
export function refreshOutfitPools(st: SimState): void {
  st.outfitPools = {
    [Mode.Guide]: st.outfits.filter((o) => o.active && !o.professional),
    [Mode.Professional]: st.outfits.filter((o) => o.active && o.professional),
  };
}

const smugglerMode = (professional: boolean): SmugglerMode => (professional ? Mode.Professional : Mode.Guide);

function outfitConvictionRisk(st: SimState): number {
  const convictions = st.recentOutfitConvictions.reduce((a, b) => a + b, 0);
  const active = st.outfits.filter((o) => o.active && o.professional).length;
  return Math.min(1, (convictions * 10) / Math.max(1, active));
}

/** Cost in USD of each apprehension to the person (lost wages, lost belongings, time), before removal. */
const APPREHENSION_COST = 900;
/** Extra cost of being formally removed (sent home, months lost, a record). */
const REMOVAL_COST = 3000;
/** How a person values their own life in the choice, USD (scaled by their risk aversion). */
const DEATH_VALUE = 300000;
/** Spread of unobserved tastes in the choice, USD. */
const CHOICE_SCALE = 600;
/** Unobserved advantages of each mode in USD (smugglers also arrange transport, lodging and contacts). */
const MODE_BIAS: Record<Mode, number> = { [Mode.None]: 0, [Mode.Visa]: 0, [Mode.Alone]: 0, [Mode.Guide]: 1600, [Mode.Professional]: 2300 };

/** Expected cost in USD of getting across with a mode: fee, expected apprehensions and their consequences, and the risk of death. */
export function expectedTripCost(st: SimState, mode: Mode, riskAversion: number): number {
  const c = st.cond;
  const corridor = c.apprehension[mode][Corridor.Urban] < c.apprehension[mode][Corridor.Remote] ? Corridor.Urban : Corridor.Remote;
  const attempts = 1 / (1 - c.apprehension[mode][corridor]);
  const removal = st.params['border.formalRemovalShare'];
  const fee = mode === Mode.Alone ? 0 : c.fee[mode];
  return fee + (attempts - 1) * (APPREHENSION_COST + removal * REMOVAL_COST)
    + attempts * c.death[mode][corridor] * DEATH_VALUE * riskAversion;
}

/** A migrant at the border chooses how to cross (alone, a community guide, a professional network) by expected cost. */
export function chooseCrossingMode(st: SimState, id: number): Mode {
  const a = st.migrants;
  const c = st.cond;
  const network = a.network[id] === 1;
  const budget = a.savings[id] + (network ? 1500 : 0);
  const utility = (mode: Mode) => (MODE_BIAS[mode] - expectedTripCost(st, mode, a.riskAversion[id])) / CHOICE_SCALE;
  // A community guide wants most of the fee up front (family in the U.S. may pay on arrival); professionals lend.
  const guideAffordable = budget >= 0.6 * c.fee[Mode.Guide];
  const alone = Math.exp(utility(Mode.Alone));
  const guide = guideAffordable ? Math.exp(utility(Mode.Guide) + (network ? 0.4 : 0)) : 0;
  const professional = Math.exp(utility(Mode.Professional));
  const draw = st.rng.migration() * (alone + guide + professional);
  if (draw < alone) return Mode.Alone;
  return draw < alone + guide ? Mode.Guide : Mode.Professional;
}

/** Hires an outfit of the chosen kind and settles the fee: paid from savings, or owed as debt to a professional. */
export function hireSmuggler(st: SimState, id: number, mode: Mode): void {
  const a = st.migrants;
  const rng = st.rng.smuggling;
  a.mode[id] = mode;
  if (mode === Mode.Alone) {
    a.smuggler[id] = -1;
    if (st.tracked.has(id)) record(st, id, 'Set out to cross alone.');
    return;
  }
  const professional = mode === Mode.Professional;
  const pool = st.outfitPools[smugglerMode(professional)];
  const outfit = pool.length > 0 ? pool[Math.floor(rng() * pool.length)] : addOutfit(st, professional);
  outfit.clientsThisMonth++;
  a.smuggler[id] = outfit.id;
  const fee = st.cond.fee[mode];
  const upfront = Math.min(fee, a.savings[id] * (professional ? 0.8 : 1));
  a.savings[id] -= upfront;
  // Guides are paid the rest by family on arrival; professionals lend it.
  if (professional && fee > upfront) {
    setDebt(st, id, fee - upfront);
    st.tally.smuggling_debt_new_usd += fee - upfront;
    st.tally.clients_in_new_debt++;
  }
  st.tally.smuggler_clients++;
  st.tally.smuggling_fees_usd += fee;
  if (professional) st.tally.professional_clients++;
  if (st.tracked.has(id)) {
    const owed = professional && fee > upfront ? `, owing USD ${Math.round(fee - upfront)}` : '';
    record(st, id, `Hired ${MODE_TEXT[mode]} for USD ${Math.round(fee)}${owed}.`);
  }
}

/** On arrival, an exploitative network may sell an indebted client to a coercive employer or venue. Returns true if it did. */
export function deliverIndebted(st: SimState, id: number): boolean {
  const a = st.migrants;
  const outfit = a.smuggler[id] >= 0 ? st.outfits[a.smuggler[id]] : undefined;
  if (!outfit || !outfit.active || !outfit.exploitative || a.debt[id] <= 0) return false;
  const rng = st.rng.smuggling;
  const vulnerability = 0.03 * (1 + a.female[id] + a.minor[id]) * (a.network[id] ? 0.4 : 1) * Math.min(2, a.debt[id] / 1500);
  if (rng() >= vulnerability) return false;
  const sexual = a.female[id] === 1 && rng() < 0.5;
  const employers = st.employers;
  const pool = sexual ? employers.sexUs : employers.usByType[EmployerType.Coercive];
  // A sale needs a buyer: the network sounds out a few off-the-books employers for one who coerces.
  if (pool.length === 0 || (!sexual && rng() >= buyerChance(st))) return false;
  if (holdVictim(st, id, pool[Math.floor(rng() * pool.length)], sexual ? Form.Sexual : Form.Labor)) st.tally.victims_new_via_smugglers++;
  if (st.tracked.has(id)) record(st, id, 'The smuggling network handed them over to pay off the debt.');
  return true;
}

/** Chance that a network sounding out 20 off-the-books employers finds one that coerces. */
function buyerChance(st: SimState): number {
  const byType = st.employers.usByType;
  const offBooks = byType[EmployerType.Unregulated].length + byType[EmployerType.Coercive].length;
  const coerciveShare = offBooks > 0 ? byType[EmployerType.Coercive].length / offBooks : 0;
  return 1 - Math.pow(1 - coerciveShare, 20);
}

/** Monthly market turnover: outfits enter where demand outruns supply and leave where it dries up. */
export function updateSmugglingMarket(st: SimState): void {
  const rng = st.rng.smuggling;
  for (const professional of [false, true]) {
    const active = st.outfits.filter((o) => o.active && o.professional === professional);
    const clients = active.reduce((sum, o) => sum + o.clientsThisMonth, 0) * st.scale;
    const perOutfit = clients / Math.max(1, active.length);
    if (perOutfit > ENTRY_CLIENTS) addOutfit(st, professional);
    else if (perOutfit < EXIT_CLIENTS && active.length > 3) active[Math.floor(rng() * active.length)].active = false;
  }
  for (const o of st.outfits) {
    o.clientsLastMonth = o.clientsThisMonth;
    o.clientsThisMonth = 0;
  }
  refreshOutfitPools(st);
}
