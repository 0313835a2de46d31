// The model's outputs, declared once: each metric is recorded every month, in real people
// (agents x scale), USD or a share. The CLI, the UI's charts and the docs read this list.

export type MetricUnit = 'people' | 'USD' | 'share' | 'cases' | 'visas' | 'per 100,000';
/** How months combine into a year: flows add up, stocks take the year's last month, prices and shares average. */
export type YearlyRule = 'sum' | 'last' | 'mean';

export interface MetricSpec {
  name: string;
  label: string;
  unit: MetricUnit;
  yearly: YearlyRule;
  description: string;
}

const flow = (name: string, label: string, description: string, unit: MetricUnit = 'people'): MetricSpec =>
  ({ name, label, unit, yearly: 'sum', description });
const stock = (name: string, label: string, description: string): MetricSpec =>
  ({ name, label, unit: 'people', yearly: 'last', description });
const average = (name: string, label: string, unit: MetricUnit, description: string): MetricSpec =>
  ({ name, label, unit, yearly: 'mean', description });

export const METRICS = [
  flow('attempts', 'Crossing attempts', 'Irregular attempts to cross the border this month (a person may try several times).'),
  flow('apprehensions', 'Apprehensions', 'Crossing attempts stopped by the Border Patrol.'),
  flow('entries', 'Irregular entries', 'Crossing attempts that got through.'),
  flow('legal_entries', 'Legal entries', 'Migrants who entered with a temporary work visa.'),
  flow('deaths', 'Deaths at the border', 'People who died while crossing (heat, cold, drowning, accidents).'),
  flow('trips_abandoned', 'Trips abandoned', 'People who stopped trying this month (gave up after apprehension, or were removed and did not set out again).'),
  flow('returns_home', 'Returns home', 'Migrants who went home of their own accord (from the U.S. or after giving up at the border).'),
  average('apprehension_rate', 'Apprehension probability per attempt', 'share', 'Apprehensions divided by attempts.'),
  average('remote_route_share', 'Remote-route share', 'share', 'Share of crossing attempts through remote desert or mountain corridors.'),
  average('smuggler_use_share', 'Smuggler use', 'share', 'Share of migrants setting out this month (legal and irregular) who hired a smuggler for their first attempt.'),
  flow('smuggler_clients', 'Smuggler clients', 'Migrants who hired a smuggler this month (including people who first tried alone).'),
  average('smuggling_fee_mean_usd', 'Mean smuggling fee', 'USD', 'Mean fee agreed by smuggler clients this month.'),
  average('professional_smuggler_share', 'Professional network share', 'share', 'Share of smuggler clients served by professional networks rather than community guides.'),
  average('smuggling_debt_mean_usd', 'Mean new smuggling debt', 'USD', 'Mean amount owed by clients who took on a debt to a professional network this month.'),
  stock('migrants_in_debt', 'Migrants in debt to smugglers', 'Migrants who still owe a smuggler part of the fee.'),
  flow('kidnappings', 'Kidnappings for ransom', 'Migrants held for ransom by smugglers or rival gangs (in transit or in border cities).'),
  flow('victims_new_labor', 'New victims: forced labour', 'People newly held in forced labour or debt bondage.'),
  flow('victims_new_sexual', 'New victims: sexual exploitation', 'People newly held in commercial sexual exploitation.'),
  flow('victims_new_total', 'New trafficking victims', 'New victims of both forms, in both countries.'),
  flow('victims_new_minor', 'New victims under 18', 'New victims who are minors (both forms, both countries).'),
  flow('victims_new_via_smugglers', 'New victims handed over by smugglers', 'New victims whose smuggling network handed them to an exploiter to settle a debt (the rest were trapped by employers, kidnappers or recruiters).'),
  flow('victims_new_us', 'New victims in the U.S.', 'New victims exploited in the U.S. (both forms).'),
  flow('victims_new_mexico', 'New victims in Mexico', 'New victims exploited in Mexico\'s border cities (both forms).'),
  average('victims_per_100k_migrants', 'New victims per 100,000 migrants', 'per 100,000', 'New victims this month per 100,000 migrants who entered the U.S. this month (irregularly or with a visa): incidence relative to the flow.'),
  stock('victims_held', 'Victims currently held', 'People held in trafficking at the end of the month (both countries).'),
  flow('victims_detected', 'Victims detected', 'Victims who came to the attention of authorities (inspections, investigations, reports).'),
  flow('victims_identified', 'Victims identified', 'Detected victims recognised as victims rather than treated as offenders.'),
  flow('victims_cooperating', 'Victims cooperating', 'Identified victims who agreed to assist investigators.'),
  flow('t_visas_granted', 'T-visas granted', 'T-visas granted to trafficking victims.', 'visas'),
  flow('deportations', 'Deportations', 'People removed from the U.S. after interior enforcement or formal removal at the border.'),
  flow('victims_deported_unidentified', 'Victims deported unidentified', 'Trafficking victims deported as immigration offenders because nobody recognised them as victims.'),
  flow('prosecutions', 'Prosecutions', 'Trafficking cases opened against employers or smugglers (U.S. and Mexico).', 'cases'),
  flow('convictions', 'Convictions', 'Trafficking cases ending in a conviction.', 'cases'),
  flow('prosecutions_us', 'Prosecutions in the U.S.', 'Trafficking cases U.S. attorneys took on (limited by justice.prosecutionCapacity).', 'cases'),
  flow('convictions_us', 'Convictions in the U.S.', 'U.S. trafficking cases ending in a conviction.', 'cases'),
  flow('bribes', 'Bribes', 'Encounters with officials bought off (both countries).', 'cases'),
  stock('unauthorized_population', 'Unauthorized population', 'Unauthorized migrants in the U.S. (modelled origins only).'),
  average('women_share_unauthorized', 'Women among the unauthorized', 'share', 'Share of women in the unauthorized population (modelled origins).'),
  average('coercive_employer_share', 'Coercive employers', 'share', 'Share of employers of unauthorized workers who coerce them.'),
] as const satisfies readonly MetricSpec[];

export type MetricName = (typeof METRICS)[number]['name'];
export const METRIC_NAMES: readonly MetricName[] = METRICS.map((m) => m.name);

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
