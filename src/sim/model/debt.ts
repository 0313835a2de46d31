// Smuggling debts and debt bondage: a debt is taken on when a professional network lends part of
// the fee; a free worker repays it from wages; a network that sells a client sells the debt with
// them (the buyer adds its price); an exploiter holds a person while the debt lasts, crediting
// little of their work against it; release does not clear it, identification and protection do.
import type { SimState } from './state';
import type { ReleaseReason } from './events';
import { isTracked, record, setDebt } from './population';
import { F32, getF32 } from './record';

/** A client owes a professional network the part of the fee they could not pay up front. */
export function takeOnDebt(st: SimState, id: number, usd: number): void {
  setDebt(st, id, getF32(st.migrants, id, F32.Debt) + usd);
  st.tally.smuggling_debt_new_usd += usd;
  st.tally.clients_in_new_debt++;
}

/** A network sells an indebted client: the buyer takes over the debt and adds what it paid for them. */
export function sellDebt(st: SimState, id: number): void {
  const owed = getF32(st.migrants, id, F32.Debt) * (1 + st.params['behaviour.debtResaleMarkup']);
  setDebt(st, id, owed);
  if (isTracked(st, id)) record(st, id, { kind: 'debt_sold', owedUsd: Math.round(owed) });
}

/** A month of work in bondage: the exploiter credits a little against the debt. Returns true if it is now paid off. */
export function workOffDebt(st: SimState, id: number): boolean {
  const left = getF32(st.migrants, id, F32.Debt) - st.params['behaviour.bondageCreditUsd'];
  setDebt(st, id, Math.max(0, left));
  return left <= 0;
}

/** A month held: the debt is worked off (the exploiter lets them go once it is paid), or the person
 *  gets away (`u` is their draw), less often while they owe (threats to family, papers kept). Returns why they were let go, or null. */
export function monthInBondage(st: SimState, id: number, getAway: number, u: number): ReleaseReason | null {
  const indebted = getF32(st.migrants, id, F32.Debt) > 0;
  if (indebted && workOffDebt(st, id)) return 'debt_worked_off';
  const chance = indebted ? getAway * (1 - st.params['behaviour.debtControl']) : getAway;
  return u < chance ? 'got_away' : null;
}

/** A court or victim protection voids what the exploiters claim is owed. */
export function voidDebt(st: SimState, id: number): void {
  if (getF32(st.migrants, id, F32.Debt) > 0 && isTracked(st, id)) record(st, id, { kind: 'debt_voided' });
  setDebt(st, id, 0);
}
