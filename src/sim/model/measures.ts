// The metric recorder: turns a month's counters and the state into each metric's value, as the
// metric's declaration says (src/sim/metrics.ts). Metrics that are functions of the state are
// defined here, under the metric's name; counters and ratios need nothing here.
import { COUNTER_NAMES, METRICS, type CounterName, type MetricName, type StateMetricName, type Tally } from '../metrics';
import { EmployerType, MigrantState, Mode } from './enums';
import { countUsEmployers, type SimState } from './state';
import { expectedEarnings } from './conditions';
import { BuyerMarket, buyerVacancies, salePrice, saleConvictionRisk } from './sale';

/** Agents in the U.S. without status (the unauthorized population), from the state counts. */
function unauthorizedAgents(st: SimState): number {
  const c = st.stateCounts;
  return (
    c[MigrantState.JobSeeking] +
    c[MigrantState.Working] +
    c[MigrantState.ExploitedUsLabor] +
    c[MigrantState.ExploitedUsSex] +
    c[MigrantState.Protected]
  );
}

/** Each state metric's value at the end of the month, in real people or a share (NaN when undefined). */
const STATE_MEASURES: Record<StateMetricName, (st: SimState) => number> = {
  migrants_in_debt: (st) => st.inDebt * st.scale,
  victims_held: (st) => {
    const c = st.stateCounts;
    return (c[MigrantState.ExploitedUsLabor] + c[MigrantState.ExploitedUsSex] + c[MigrantState.ExploitedMexico]) * st.scale;
  },
  victims_held_us: (st) => (st.stateCounts[MigrantState.ExploitedUsLabor] + st.stateCounts[MigrantState.ExploitedUsSex]) * st.scale,
  unauthorized_population: (st) => unauthorizedAgents(st) * st.scale,
  women_share_unauthorized: (st) => share(st.womenInUs, unauthorizedAgents(st)),
  venues_us: (st) => st.employers.sexUs.length,
  venues_mexico: (st) => st.employers.sexMexico.length,
  smuggling_fee_guide_usd: (st) => st.cond.fee[Mode.Guide],
  smuggling_fee_network_usd: (st) => st.cond.fee[Mode.Professional],
  smuggling_cost_guide_usd: (st) => st.smugglingCostPerClient[Mode.Guide],
  smuggling_cost_network_usd: (st) => st.smugglingCostPerClient[Mode.Professional],
  smuggling_outfits_guides: (st) => st.outfitPools[Mode.Guide].length,
  smuggling_outfits_networks: (st) => st.outfitPools[Mode.Professional].length,
  smuggling_outfits_exploitative: (st) => exploitativeNetworks(st),
  coercive_employer_share: (st) => share(st.employers.usByType[EmployerType.Coercive].length, countUsEmployers(st.employers)),
  us_venue_vacancies: (st) => buyerVacancies(st, BuyerMarket.Venue),
  sale_price_venue_usd: (st) => salePrice(st, BuyerMarket.Venue),
  sale_price_labour_usd: (st) => salePrice(st, BuyerMarket.Labour),
  sale_conviction_risk: (st) => saleConvictionRisk(st),
  job_seekers: (st) => st.stateCounts[MigrantState.JobSeeking] * st.scale,
  job_finding_rate: (st) => st.cond.jobs.finding,
  expected_earnings_usd: (st) => expectedEarnings(st.cond.jobs),
};

/** Professional networks in business that sell clients. */
function exploitativeNetworks(st: SimState): number {
  let n = 0;
  for (const o of st.outfitPools[Mode.Professional]) if (o.exploitative) n++;
  return n;
}

/** part / whole, NaN (no value) when the whole is empty. */
function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : NaN;
}

/** Zeroes every counter (the one place counters are reset: the start of each month). */
export function resetTally(tally: Tally): void {
  for (const name of COUNTER_NAMES) tally[name] = 0;
}

/** Writes this month's value of every metric into `out`: counters times the scale (real units as
 *  tallied), ratios of counters
 *  (NaN when the denominator is zero), functions of the state. */
export function measureMonth(st: SimState, out: Record<MetricName, number>): void {
  const tally = st.tally;
  for (const spec of METRICS) {
    const c = spec.computed;
    if (c.kind === 'count') out[spec.name] = tally[spec.name as CounterName] * ('real' in c ? 1 : st.scale);
    else if (c.kind === 'state') out[spec.name] = STATE_MEASURES[spec.name as StateMetricName](st);
    else {
      let denominator = 0;
      for (const name of c.denominator) denominator += tally[name];
      out[spec.name] = denominator > 0 ? (tally[c.numerator] / denominator) * c.per : NaN;
    }
  }
}
