// The vocabulary a mechanism module is declared in (src/sim/mechanisms/): its levers, constants,
// random streams, metrics, state fields and phases. Pure data and types, with no model code, so every
// table (PARAMS, METRICS, CONSTANTS, the streams, the docs) can be assembled from the modules.

export type ParamGroup = 'border' | 'interior' | 'protection' | 'pathways' | 'justice' | 'corruption' | 'context' | 'behaviour';

export interface ParamSpec {
  /** Dot path, e.g. `border.agents`: a public name that scripts depend on. */
  path: string;
  group: ParamGroup;
  label: string;
  unit: string;
  kind: 'number' | 'integer' | 'boolean';
  min: number;
  max: number;
  default: number | boolean;
  description: string;
  source: string;
  /** Read only when the run starts (it shapes the initial population), so it cannot change mid-run. */
  startOnly?: boolean;
  /** input: set from evidence; calibrated: estimated by `frontera calibrate` within `prior`; assumption: neither. Unmarked: not yet classified. */
  role?: 'input' | 'calibrated' | 'assumption';
  /** Uniform prior range [low, high] of a calibrated parameter (inside min..max). */
  prior?: readonly [number, number];
}

/** Lever declarations; `const` type parameters keep each path a literal, so `ParamPath` and `Params` (params.ts) are exact. */
export const num = <const T extends Omit<ParamSpec, 'kind'>>(s: T) => ({ ...s, kind: 'number' as const });
export const int = <const T extends Omit<ParamSpec, 'kind'>>(s: T) => ({ ...s, kind: 'integer' as const });
export const bool = <const T extends Omit<ParamSpec, 'kind' | 'min' | 'max'>>(s: T) => ({ ...s, kind: 'boolean' as const, min: 0, max: 1 });

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
export const count = <N extends string>(name: N, label: string, description: string, unit: MetricUnit = 'people') =>
  ({ name, label, unit, yearly: 'sum', description, computed: { kind: 'count' } }) as const;
/** A counter of real units (cases, businesses, USD they pay): recorded as tallied, not times the scale. */
export const real = <N extends string>(name: N, label: string, description: string, unit: MetricUnit) =>
  ({ name, label, unit, yearly: 'sum', description, computed: { kind: 'count', real: true } }) as const;
/** numerator / (sum of the denominator counters) x per. */
export const ratio = <const N extends string, const C extends string>(
  name: N,
  label: string,
  unit: MetricUnit,
  description: string,
  numerator: C,
  denominator: readonly C[],
  per = 1,
) => ({ name, label, unit, yearly: 'ratio', description, computed: { kind: 'ratio', numerator, denominator, per } }) as const;
/** A function of the state at the end of the month (model/measures.ts, under the metric's name). */
export const state = <N extends string>(name: N, label: string, unit: MetricUnit, description: string, of: string) =>
  ({ name, label, unit, yearly: 'last', description, computed: { kind: 'state', of } }) as const;

export type ConstantBasis = 'evidence' | 'calibrated' | 'assumption';

export interface ModelConstant {
  value: number;
  unit: string;
  basis: ConstantBasis;
  /** Where the value comes from; for calibrated values, the target it was set to reach. */
  source: string;
  /** The module that reads it. */
  module:
    | 'conditions'
    | 'migrants'
    | 'smugglers'
    | 'sale'
    | 'reputation'
    | 'setup'
    | 'victims'
    | 'employers'
    | 'venues'
    | 'enforcement'
    | 'justice'
    | 'mexico'
    | 'outflows';
  /** Range the evidence gives, where it gives one. */
  range?: readonly [number, number];
}

/** A named constant: value, unit, basis, the module that reads it, source, and the range the evidence gives. */
export const constant = (
  value: number,
  unit: string,
  basis: ConstantBasis,
  module: ModelConstant['module'],
  source: string,
  range?: readonly [number, number],
): ModelConstant => (range ? { value, unit, basis, module, source, range } : { value, unit, basis, module, source });

/** A common-random-number stream: its name (what seeds it: never rename one, or every draw in it
 *  changes), what its draws are keyed by, and the decisions it draws for (by draw index). */
export interface StreamSpec {
  name: string;
  keyedBy: string;
  draws: string;
}

export const stream = (name: string, keyedBy: string, draws: string): StreamSpec => ({ name, keyedBy, draws });

/** One mechanism of the model, declared in one place: what it is in plain words, the levers and
 *  constants it reads, the random streams it draws from, the metrics it counts, the state it keeps and
 *  where it runs in the month (model/step.ts). The registry (mechanisms/index.ts) lists the modules;
 *  every lever, constant, stream and metric belongs to exactly one. */
export interface Mechanism {
  /** Machine name (snake_case). */
  id: string;
  title: string;
  /** The plain-language note of the simulator's "How this works" (null: bookkeeping, not shown), and the
   *  levers it names (dot paths, possibly other mechanisms' levers, checked to exist at compile time). */
  explanation: { text: readonly string[]; levers: readonly string[] } | null;
  levers: readonly ParamSpec[];
  constants: Readonly<Record<string, ModelConstant>>;
  /** Each stream by its key in `Stream` (model code reads `Stream.Key`). */
  streams: Readonly<Record<string, StreamSpec>>;
  metrics: readonly MetricSpec[];
  /** The SimState fields the mechanism keeps. */
  state: readonly string[];
  /** The functions model/step.ts calls for it, in the order of the month. */
  phases: readonly string[];
}

/** Declares a mechanism, keeping every name a literal type. */
export const mechanism = <const M extends Mechanism>(m: M): M => m;
