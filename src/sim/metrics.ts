// The model's outputs, declared once: each metric says how its monthly value is computed -- a
// counter the behaviour increments, a ratio of counters, or a named function of the state -- and
// that fixes how months combine into a year. The recorder, the CLI, the UI's charts and the docs
// read this list. A new metric is one declaration plus the increments where the behaviour happens.

export type MetricUnit = 'people' | 'USD' | 'share' | 'cases' | 'visas' | 'per 100,000' | 'businesses' | 'outfits';

/** How a metric's monthly value is computed. Counters are tallied in agents during the month and
 *  recorded times the scale, except counters of real units (cases, businesses, USD paid by
 *  businesses), which are simulated one for one whatever the scale and recorded as tallied; a ratio has no value (NaN: an empty CSV cell, a gap in a chart) in a
 *  month whose denominator is zero. */
export type Computation =
  | { kind: 'count'; real?: true }
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
/** A counter of real units (cases, businesses, USD they pay): recorded as tallied, not times the scale. */
const real = <N extends string>(name: N, label: string, description: string, unit: MetricUnit) =>
  ({ name, label, unit, yearly: 'sum', description, computed: { kind: 'count', real: true } }) as const;
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
  count('returns_from_us', 'Returns home from the U.S.', 'Unauthorized workers in the U.S. who went home this month (for good or for a season).'),
  ratio('apprehension_rate', 'Apprehension probability per attempt', 'share', 'Apprehensions divided by attempts.', 'apprehensions', ['attempts']),
  count('attempts_alone', 'Attempts alone', 'Crossing attempts by people crossing alone.'),
  count('apprehensions_alone', 'Apprehensions of people alone', 'Attempts alone stopped by the Border Patrol.'),
  ratio('apprehension_rate_alone', 'Apprehension probability: alone', 'share', 'Share of attempts by people crossing alone that ended in apprehension.', 'apprehensions_alone', ['attempts_alone']),
  count('attempts_guide', 'Attempts with a guide', 'Crossing attempts led by community guides.'),
  count('apprehensions_guide', 'Apprehensions with a guide', 'Attempts led by community guides stopped by the Border Patrol.'),
  ratio('apprehension_rate_guide', 'Apprehension probability: community guide', 'share', 'Share of attempts led by community guides that ended in apprehension.', 'apprehensions_guide', ['attempts_guide']),
  count('attempts_professional', 'Attempts with a network', 'Crossing attempts run by professional networks.'),
  count('apprehensions_professional', 'Apprehensions with a network', 'Attempts run by professional networks stopped by the Border Patrol (a bribe that got the client through is not an apprehension).'),
  ratio('apprehension_rate_professional', 'Apprehension probability: professional network', 'share', 'Share of attempts run by professional networks that ended in apprehension.', 'apprehensions_professional', ['attempts_professional']),
  count('remote_attempts', 'Remote-corridor attempts', 'Crossing attempts through remote desert or mountain corridors.'),
  ratio('remote_route_share', 'Remote-route share', 'share', 'Share of crossing attempts through remote desert or mountain corridors.', 'remote_attempts', ['attempts']),
  count('departures', 'Departures', 'Irregular crossers setting out this month: the first crossing attempt of a trip (visa holders are not counted).'),
  count('departures_with_smuggler', 'Departures with a smuggler', 'Departures whose first crossing attempt was with a hired smuggler.'),
  ratio('smuggler_use_share', 'Smuggler use', 'share', 'Share of irregular crossers setting out this month who hired a smuggler for their first attempt (visa holders excluded).', 'departures_with_smuggler', ['departures']),
  count('smuggler_clients', 'Smuggler clients', 'Migrants who hired a smuggler this month (including people who first tried alone).'),
  count('smuggling_fees_usd', 'Smuggling fees agreed', 'Sum of the fees smuggler clients agreed this month.', 'USD'),
  ratio('smuggling_fee_mean_usd', 'Mean smuggling fee', 'USD', 'Mean fee agreed by smuggler clients this month.', 'smuggling_fees_usd', ['smuggler_clients']),
  count('professional_clients', 'Clients of professional networks', 'Smuggler clients served by professional networks this month.'),
  ratio('professional_smuggler_share', 'Professional network share', 'share', 'Share of smuggler clients served by professional networks rather than community guides.', 'professional_clients', ['smuggler_clients']),
  state('smuggling_fee_guide_usd', 'Going fee: community guides', 'USD', 'Client-weighted mean fee quoted by community guides (what migrants hear and plan with).', 'guides\' fees weighted by last month\'s clients'),
  state('smuggling_fee_network_usd', 'Going fee: professional networks', 'USD', 'Client-weighted mean fee quoted by professional networks.', 'networks\' fees weighted by last month\'s clients'),
  state('smuggling_cost_guide_usd', 'Guides\' cost per client', 'USD', 'Cost per client on community guides\' books (attempts including retries, longer remote routes, losses and bribes when clients are apprehended): what their fees are set from.', 'guides\' running costs / their running clients'),
  state('smuggling_cost_network_usd', 'Networks\' cost per client', 'USD', 'Cost per client on professional networks\' books.', 'networks\' running costs / their running clients'),
  state('smuggling_outfits_guides', 'Community guides in business', 'outfits', 'Community guides operating (real outfits, not scaled): they enter when demand outruns capacity and leave when idle.', 'guides in business'),
  state('smuggling_outfits_networks', 'Professional networks in business', 'outfits', 'Professional smuggling networks operating (real outfits, not scaled).', 'networks in business'),
  state('smuggling_outfits_exploitative', 'Exploitative networks in business', 'outfits', 'Professional networks in business that sell indebted clients to exploiters (real outfits, not scaled): each decides afresh about once a year, under organized crime and recent convictions of networks.', 'exploitative networks in business'),
  count('smuggling_debt_new_usd', 'New smuggling debt', 'Sum of the debts clients took on to professional networks this month.', 'USD'),
  count('clients_in_new_debt', 'Clients taking on debt', 'Smuggler clients who took on a debt to a professional network this month.'),
  ratio('smuggling_debt_mean_usd', 'Mean new smuggling debt', 'USD', 'Mean amount owed by clients who took on a debt to a professional network this month.', 'smuggling_debt_new_usd', ['clients_in_new_debt']),
  state('migrants_in_debt', 'Migrants in debt to smugglers', 'people', 'Migrants who still owe a smuggler part of the fee.', 'migrants whose smuggling debt is above zero'),
  count('kidnappings', 'Kidnappings for ransom', 'Migrants held for ransom by smugglers or rival gangs (in transit or in border cities).'),
  count('victims_new_labor', 'New victims: forced labour', 'People held in forced labour or debt bondage for the first time (persons: re-trafficking is counted apart).'),
  count('victims_new_sexual', 'New victims: sexual exploitation', 'People held in commercial sexual exploitation for the first time.'),
  count('victims_new_total', 'New trafficking victims', 'People taken into trafficking for the first time, both forms, both countries (each person counted once; see victims_retrafficked).'),
  count('victims_new_minor', 'New victims under 18', 'New victims (first episode) who are minors (both forms, both countries).'),
  count('victims_new_via_smugglers', 'New victims handed over by smugglers', 'New victims whose smuggling network handed them to an exploiter to settle a debt (the rest were trapped by employers, kidnappers or recruiters).'),
  count('victims_new_us', 'New victims in the U.S.', 'New victims (first episode) exploited in the U.S. (both forms).'),
  count('victims_new_mexico', 'New victims in Mexico', 'New victims (first episode) exploited in Mexico\'s border cities (both forms).'),
  count('victims_retrafficked', 'Victims re-trafficked', 'People taken into trafficking again after an earlier episode ended (not counted among new victims).'),
  count('victims_new_entrants', 'New victims among irregular entrants', 'New victims in the U.S. who crossed irregularly during the run (not visa holders, not the population settled before the run).'),
  ratio('victims_per_100k_entrants', 'New victims per 100,000 irregular entrants', 'per 100,000', 'New victims among irregular entrants per 100,000 irregular entries: incidence relative to the flow it comes from.',
    'victims_new_entrants', ['entries'], 100000),
  count('victims_new_residents', 'New victims among border-city residents', 'Residents of Mexico\'s border cities taken into trafficking for the first time.'),
  count('border_city_resident_years', 'Border-city resident-years', 'Exposure for the local incidence rate: the population of Mexico\'s border cities lived through this month, in person-years.'),
  ratio('victims_per_100k_residents', 'New local victims per 100,000 border-city residents', 'per 100,000', 'Border-city residents taken into trafficking per 100,000 resident-years (a yearly incidence rate).',
    'victims_new_residents', ['border_city_resident_years'], 100000),
  state('victims_held', 'Victims currently held', 'people', 'People held in trafficking at the end of the month (both countries).', 'migrants in forced labour or sexual exploitation in the U.S. or in Mexico'),
  state('victims_held_us', 'Victims currently held in the U.S.', 'people', 'People held in forced labour or sexual exploitation in the U.S. at the end of the month.', 'migrants in forced labour or sexual exploitation in the U.S.'),
  count('victims_detected', 'Victims detected', 'Victims who came to the attention of authorities (inspections, investigations, reports).'),
  count('victims_identified', 'Victims identified', 'Detected victims recognised as victims rather than treated as offenders.'),
  count('victims_cooperating', 'Victims cooperating', 'Identified victims who agreed to assist investigators.'),
  count('t_visas_granted', 'T-visas granted', 'T-visas granted to trafficking victims.', 'visas'),
  count('deportations', 'Deportations', 'People removed from the U.S. after interior enforcement or formal removal at the border.'),
  count('victims_deported_unidentified', 'Victims deported unidentified', 'Trafficking victims deported as immigration offenders because nobody recognised them as victims.'),
  count('victims_reporting', 'Victims coming forward', 'Held victims in the U.S. who contacted a hotline, NGO or the police this month (their own decision).'),
  count('continued_presence_granted', 'Continued presence granted', 'Identified victims allowed to stay while their case runs (a yearly number of grants, for witnesses).'),
  real('prosecutions', 'Prosecutions', 'Trafficking cases prosecuted against identifiable offenders (employers, venues, smuggling outfits), U.S. and Mexico, each a real case whatever the scale.', 'cases'),
  real('convictions', 'Convictions', 'Prosecuted cases ending in a conviction, U.S. and Mexico.', 'cases'),
  real('prosecutions_us', 'Prosecutions in the U.S.', 'Trafficking cases U.S. attorneys took on (limited by justice.prosecutionCapacity).', 'cases'),
  real('convictions_us', 'Convictions in the U.S.', 'U.S. trafficking cases ending in a conviction.', 'cases'),
  real('prosecutions_us_witnessed', 'U.S. prosecutions with a witness', 'U.S. prosecutions in which at least one victim testifies (most end in guilty pleas).', 'cases'),
  real('convictions_us_witnessed', 'U.S. convictions with a witness', 'U.S. prosecutions with a testifying victim that end in a conviction.', 'cases'),
  real('prosecutions_mexico', 'Prosecutions in Mexico', 'Cases against border-city venues Mexican prosecutors took on (limited by justice.mexicoProsecutionCapacity).', 'cases'),
  real('convictions_mexico', 'Convictions in Mexico', 'Mexican cases ending in a conviction (corruption in Mexico lowers the chance).', 'cases'),
  real('employers_closed', 'Employers and venues closed', 'Employers and venues closed after a conviction (real businesses).', 'businesses'),
  real('sanctions_paid_usd', 'Sanctions paid', 'Fines paid by employers found hiring unauthorized workers in employer-focused inspections.', 'USD'),
  real('bribes_businesses', 'Inspections and raids bought off', 'Worksite inspections, investigations and venue raids that an employer or venue bought off.', 'cases'),
  count('bribes', 'Bribes', 'Encounters of migrants and smugglers with officials bought off (both countries); businesses\' bribes are counted in bribes_businesses.', 'cases'),
  state('unauthorized_population', 'Unauthorized population', 'people', 'Unauthorized migrants in the U.S. (modelled origins only).', 'migrants in the U.S. without status: seeking work, working, held in the U.S., or protected awaiting a T-visa'),
  state('women_share_unauthorized', 'Women among the unauthorized', 'share', 'Share of women in the unauthorized population (modelled origins).', 'women in the unauthorized population / the unauthorized population'),
  state('venues_us', 'Venues (U.S.)', 'businesses', 'Commercial sex venues in the U.S. exploiting migrants, open at the end of the month (real venues).', 'open U.S. venues'),
  state('venues_mexico', 'Venues (Mexico)', 'businesses', 'Venues in Mexico\'s border cities exploiting women and minors, open at the end of the month (real venues).', 'open border-city venues'),
  state('coercive_employer_share', 'Coercive employers', 'share', 'Share of employers of unauthorized workers who coerce them.', 'coercive U.S. employers / all U.S. employers of unauthorized workers'),
  state('job_seekers', 'Job seekers', 'people', 'Unauthorized migrants in the U.S. looking for work at the end of the month.', 'migrants in the U.S. seeking work'),
  state('job_finding_rate', 'Chance of finding work', 'share', 'Chance an unauthorized job seeker finds work in a month: an opening (finite, set by U.S. labour demand) and an employer that does not turn them away.', 'chance of meeting an opening x share of approaches that end in a job'),
  state('expected_earnings_usd', 'Expected monthly earnings of the unauthorized', 'USD', 'What an unauthorized worker can expect to earn a month over a stay, as contacts in the U.S. report it: the wage (less the penalty of being screened out) times the share of the stay in work.', 'wage x chance of finding work / (chance of finding work + JOB_SEPARATION_RATE)'),
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
  if (c.kind === 'count') return `${spec.unit === 'USD' ? 'sum over the month\'s events' : 'count of the month\'s events'}${'real' in c ? ' (real units, not times the scale)' : ''}`;
  if (c.kind === 'state') return `end of month: ${c.of}`;
  const over = c.denominator.length === 1 ? `\`${c.denominator[0]}\`` : `(${c.denominator.map((d) => `\`${d}\``).join(' + ')})`;
  return `\`${c.numerator}\` / ${over}${c.per === 1 ? '' : ` x ${c.per.toLocaleString('en-US')}`}; none when the denominator is 0`;
}

/** Metrics that rank outcomes first: the headline of tables and comparisons. */
export const HEADLINE_METRICS: readonly MetricName[] = [
  'victims_new_total', 'victims_detected', 'deaths', 'victims_deported_unidentified', 'convictions_us', 'convictions_mexico',
  'smuggler_use_share', 'smuggling_fee_mean_usd',
];

const byName = new Map<string, MetricSpec>(METRICS.map((m) => [m.name, m]));

/** The declaration of a metric, or undefined if there is none. */
export function findMetric(name: string): MetricSpec | undefined {
  return byName.get(name);
}
