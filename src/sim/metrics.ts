// The model's outputs, declared once: each metric says how its monthly value is computed -- a
// counter the behaviour increments, a ratio of counters, or a named function of the state -- and
// that fixes how months combine into a year. The recorder, the CLI, the UI's charts and the docs
// read this list. A new metric is one declaration plus the increments where the behaviour happens.

export type MetricUnit = 'people' | 'USD' | 'share' | 'cases' | 'visas' | 'per 100,000';

/** How a metric's monthly value is computed. Counters are tallied in agents during the month and
 *  recorded times the scale; a ratio has no value (NaN: an empty CSV cell, a gap in a chart) in a
 *  month whose denominator is zero. */
export type Computation =
  | { kind: 'count' }
  | { kind: 'ratio'; numerator: string; denominator: readonly string[]; per: number }
  | { kind: 'state'; of: string };

/** How months combine into a year, from the computation: counts add up, a ratio is the ratio of the
 *  year's sums, a function of the state takes the year's last month. */
export type YearlyRule = 'sum' | 'ratio' | 'last';

export interface MetricSpec {
  name: string;
  label: string;
  unit: MetricUnit;
  yearly: YearlyRule;
  description: string;
  computed: Computation;
}

/** A counter: +1 (or + an amount in USD) each time the behaviour sees the event. */
const count = <N extends string>(name: N, label: string, description: string, unit: MetricUnit = 'people') =>
  ({ name, label, unit, yearly: 'sum', description, computed: { kind: 'count' } }) as const;
/** numerator / (sum of the denominator counters) x per. */
const ratio = <const N extends string, const C extends string>(name: N, label: string, unit: MetricUnit, description: string,
  numerator: C, denominator: readonly C[], per = 1) =>
  ({ name, label, unit, yearly: 'ratio', description, computed: { kind: 'ratio', numerator, denominator, per } }) as const;
/** A function of the state at the end of the month (model/measures.ts, under the metric's name). */
const state = <N extends string>(name: N, label: string, unit: MetricUnit, description: string, of: string) =>
  ({ name, label, unit, yearly: 'last', description, computed: { kind: 'state', of } }) as const;

export const METRICS = [
  count('attempts', 'Crossing attempts', 'Irregular attempts to cross the border this month (a person may try several times).'),
  count('apprehensions', 'Apprehensions', 'Crossing attempts stopped by the Border Patrol.'),
  count('entries', 'Irregular entries', 'Crossing attempts that got through.'),
  count('legal_entries', 'Legal entries', 'Migrants who entered with a temporary work visa.'),
  count('deaths', 'Deaths at the border', 'People who died while crossing (heat, cold, drowning, accidents).'),
  count('trips_abandoned', 'Trips abandoned', 'People who stopped trying this month (gave up after apprehension, or were removed and did not set out again).'),
  count('returns_home', 'Returns home', 'Migrants who went home of their own accord (from the U.S. or after giving up at the border).'),
  ratio('apprehension_rate', 'Apprehension probability per attempt', 'share', 'Apprehensions divided by attempts.', 'apprehensions', ['attempts']),
  count('remote_attempts', 'Remote-corridor attempts', 'Crossing attempts through remote desert or mountain corridors.'),
  ratio('remote_route_share', 'Remote-route share', 'share', 'Share of crossing attempts through remote desert or mountain corridors.', 'remote_attempts', ['attempts']),
  count('departures', 'Departures', 'Migrants setting out this month: the first crossing attempt of a trip, or entry with a work visa.'),
  count('departures_with_smuggler', 'Departures with a smuggler', 'Departures whose first crossing attempt was with a hired smuggler.'),
  ratio('smuggler_use_share', 'Smuggler use', 'share', 'Share of migrants setting out this month (legal and irregular) who hired a smuggler for their first attempt.', 'departures_with_smuggler', ['departures']),
  count('smuggler_clients', 'Smuggler clients', 'Migrants who hired a smuggler this month (including people who first tried alone).'),
  count('smuggling_fees_usd', 'Smuggling fees agreed', 'Sum of the fees smuggler clients agreed this month.', 'USD'),
  ratio('smuggling_fee_mean_usd', 'Mean smuggling fee', 'USD', 'Mean fee agreed by smuggler clients this month.', 'smuggling_fees_usd', ['smuggler_clients']),
  count('professional_clients', 'Clients of professional networks', 'Smuggler clients served by professional networks this month.'),
  ratio('professional_smuggler_share', 'Professional network share', 'share', 'Share of smuggler clients served by professional networks rather than community guides.', 'professional_clients', ['smuggler_clients']),
  count('smuggling_debt_new_usd', 'New smuggling debt', 'Sum of the debts clients took on to professional networks this month.', 'USD'),
  count('clients_in_new_debt', 'Clients taking on debt', 'Smuggler clients who took on a debt to a professional network this month.'),
  ratio('smuggling_debt_mean_usd', 'Mean new smuggling debt', 'USD', 'Mean amount owed by clients who took on a debt to a professional network this month.', 'smuggling_debt_new_usd', ['clients_in_new_debt']),
  state('migrants_in_debt', 'Migrants in debt to smugglers', 'people', 'Migrants who still owe a smuggler part of the fee.', 'migrants whose smuggling debt is above zero'),
  count('kidnappings', 'Kidnappings for ransom', 'Migrants held for ransom by smugglers or rival gangs (in transit or in border cities).'),
  count('victims_new_labor', 'New victims: forced labour', 'People newly held in forced labour or debt bondage.'),
  count('victims_new_sexual', 'New victims: sexual exploitation', 'People newly held in commercial sexual exploitation.'),
  count('victims_new_total', 'New trafficking victims', 'New victims of both forms, in both countries.'),
  count('victims_new_minor', 'New victims under 18', 'New victims who are minors (both forms, both countries).'),
  count('victims_new_via_smugglers', 'New victims handed over by smugglers', 'New victims whose smuggling network handed them to an exploiter to settle a debt (the rest were trapped by employers, kidnappers or recruiters).'),
  count('victims_new_us', 'New victims in the U.S.', 'New victims exploited in the U.S. (both forms).'),
  count('victims_new_mexico', 'New victims in Mexico', 'New victims exploited in Mexico\'s border cities (both forms).'),
  ratio('victims_per_100k_migrants', 'New victims per 100,000 migrants', 'per 100,000', 'New victims this month per 100,000 migrants who entered the U.S. this month (irregularly or with a visa): incidence relative to the flow.',
    'victims_new_total', ['entries', 'legal_entries'], 100000),
  state('victims_held', 'Victims currently held', 'people', 'People held in trafficking at the end of the month (both countries).', 'migrants in forced labour or sexual exploitation in the U.S. or in Mexico'),
  count('victims_detected', 'Victims detected', 'Victims who came to the attention of authorities (inspections, investigations, reports).'),
  count('victims_identified', 'Victims identified', 'Detected victims recognised as victims rather than treated as offenders.'),
  count('victims_cooperating', 'Victims cooperating', 'Identified victims who agreed to assist investigators.'),
  count('t_visas_granted', 'T-visas granted', 'T-visas granted to trafficking victims.', 'visas'),
  count('deportations', 'Deportations', 'People removed from the U.S. after interior enforcement or formal removal at the border.'),
  count('victims_deported_unidentified', 'Victims deported unidentified', 'Trafficking victims deported as immigration offenders because nobody recognised them as victims.'),
  count('prosecutions', 'Prosecutions', 'Trafficking cases opened against employers or smugglers (U.S. and Mexico).', 'cases'),
  count('convictions', 'Convictions', 'Trafficking cases ending in a conviction.', 'cases'),
  count('prosecutions_us', 'Prosecutions in the U.S.', 'Trafficking cases U.S. attorneys took on (limited by justice.prosecutionCapacity).', 'cases'),
  count('convictions_us', 'Convictions in the U.S.', 'U.S. trafficking cases ending in a conviction.', 'cases'),
  count('bribes', 'Bribes', 'Encounters with officials bought off (both countries).', 'cases'),
  state('unauthorized_population', 'Unauthorized population', 'people', 'Unauthorized migrants in the U.S. (modelled origins only).', 'migrants in the U.S. without status: seeking work, working, held in the U.S., or protected awaiting a T-visa'),
  state('women_share_unauthorized', 'Women among the unauthorized', 'share', 'Share of women in the unauthorized population (modelled origins).', 'women in the unauthorized population / the unauthorized population'),
  state('coercive_employer_share', 'Coercive employers', 'share', 'Share of employers of unauthorized workers who coerce them.', 'coercive U.S. employers / all U.S. employers of unauthorized workers'),
] as const satisfies readonly MetricSpec[];

export type MetricName = (typeof METRICS)[number]['name'];
export const METRIC_NAMES: readonly MetricName[] = METRICS.map((m) => m.name);

type Declared = (typeof METRICS)[number];
/** The counters the behaviour code increments: one per counted metric. */
export type CounterName = Extract<Declared, { computed: { kind: 'count' } }>['name'];
/** Metrics that are functions of the state (each has a function of that name in model/measures.ts). */
export type StateMetricName = Extract<Declared, { computed: { kind: 'state' } }>['name'];
type RatioTerm = Extract<Declared, { computed: { kind: 'ratio' } }>['computed'] extends infer R
  ? R extends { numerator: infer N; denominator: readonly (infer D)[] } ? N | D : never : never;
type MustBeTrue<T extends true> = T;
/** Compile-time check that every ratio is made of declared counters (a misspelt counter fails to compile). */
export type RatiosUseCounters = MustBeTrue<[RatioTerm] extends [CounterName] ? true : false>;

/** One month's counters, in agents (USD sums per agent for the USD counters). */
export type Tally = Record<CounterName, number>;
export const COUNTER_NAMES: readonly CounterName[] = METRICS.filter((m) => m.computed.kind === 'count').map((m) => m.name as CounterName);

/** A zeroed tally (the recorder creates one per run and zeroes it at the start of every month). */
export function createTally(): Tally {
  return Object.fromEntries(COUNTER_NAMES.map((n) => [n, 0])) as Tally;
}

/** How a metric is computed, in words (the docs and `frontera metrics` print this). */
export function formulaOf(spec: MetricSpec): string {
  const c = spec.computed;
  if (c.kind === 'count') return spec.unit === 'USD' ? 'sum over the month\'s events' : 'count of the month\'s events';
  if (c.kind === 'state') return `end of month: ${c.of}`;
  const over = c.denominator.length === 1 ? `\`${c.denominator[0]}\`` : `(${c.denominator.map((d) => `\`${d}\``).join(' + ')})`;
  return `\`${c.numerator}\` / ${over}${c.per === 1 ? '' : ` x ${c.per.toLocaleString('en-US')}`}; none when the denominator is 0`;
}

/** Metrics that rank outcomes first: the headline of tables and comparisons. */
export const HEADLINE_METRICS: readonly MetricName[] = [
  'victims_new_total', 'victims_detected', 'deaths', 'victims_deported_unidentified', 'convictions',
  'smuggler_use_share', 'smuggling_fee_mean_usd',
];

const byName = new Map<string, MetricSpec>(METRICS.map((m) => [m.name, m]));

/** The declaration of a metric, or undefined if there is none. */
export function findMetric(name: string): MetricSpec | undefined {
  return byName.get(name);
}
