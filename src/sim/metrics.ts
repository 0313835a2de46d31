// The model's outputs, declared once: each metric says how its monthly value is computed -- a
// counter the behaviour increments, a ratio of counters, or a named function of the state -- and
// that fixes how months combine into a year. The recorder, the CLI, the UI's charts and the docs
// read this list. A new metric is one declaration in its mechanism (mechanisms/) plus the increments where the behaviour happens.
import type { MetricSpec } from './mechanism';
import { inPublishedOrder, MECHANISMS, PUBLISHED_METRIC_ORDER, type DeclaredMetric } from './mechanisms';

export type { Computation, MetricSpec, MetricUnit, YearlyRule } from './mechanism';

/** Every metric, assembled from the mechanisms' declarations (mechanisms/), in the order published (the series' columns). */
export const METRICS = inPublishedOrder<DeclaredMetric>(
  MECHANISMS.flatMap((m): readonly DeclaredMetric[] => m.metrics),
  (m) => m.name,
  PUBLISHED_METRIC_ORDER,
) satisfies readonly MetricSpec[];

export type MetricName = (typeof METRICS)[number]['name'];
export const METRIC_NAMES: readonly MetricName[] = METRICS.map((m) => m.name);

type Declared = (typeof METRICS)[number];
/** The counters the behaviour code increments: one per counted metric. */
export type CounterName = Extract<Declared, { computed: { kind: 'count' } }>['name'];
/** Metrics that are functions of the state (each has a function of that name in model/measures.ts). */
export type StateMetricName = Extract<Declared, { computed: { kind: 'state' } }>['name'];
type RatioTerm = Extract<Declared, { computed: { kind: 'ratio' } }>['computed'] extends infer R
  ? R extends { numerator: infer N; denominator: readonly (infer D)[] }
    ? N | D
    : never
  : never;
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
  if (c.kind === 'count')
    return `${spec.unit === 'USD' ? "sum over the month's events" : "count of the month's events"}${'real' in c ? ' (real units, not times the scale)' : ''}`;
  if (c.kind === 'state') return `end of month: ${c.of}`;
  const over = c.denominator.length === 1 ? `\`${c.denominator[0]}\`` : `(${c.denominator.map((d) => `\`${d}\``).join(' + ')})`;
  return `\`${c.numerator}\` / ${over}${c.per === 1 ? '' : ` x ${c.per.toLocaleString('en-US')}`}; none when the denominator is 0`;
}

/** Metrics that rank outcomes first: the headline of tables and comparisons. */
export const HEADLINE_METRICS: readonly MetricName[] = [
  'victims_new_total',
  'victims_detected',
  'deaths',
  'victims_deported_unidentified',
  'convictions_us',
  'convictions_mexico',
  'smuggler_use_share',
  'smuggling_fee_mean_usd',
];

const byName = new Map<string, MetricSpec>(METRICS.map((m) => [m.name, m]));

/** The declaration of a metric, or undefined if there is none. */
export function findMetric(name: string): MetricSpec | undefined {
  return byName.get(name);
}
