// The registry of the model's mechanisms: one module each (declared with sim/mechanism.ts), in the
// order the simulator explains them. PARAMS, METRICS, CONSTANTS, the random streams, the docs' tables
// and the simulator's "How this works" are assembled from this list; a new mechanism is one module here.
import { borderCities } from './borderCities';
import { corruption } from './corruption';
import { crossing } from './crossing';
import { employment } from './employment';
import { migration } from './migration';
import { population } from './population';
import { prosecution } from './prosecution';
import { protection } from './protection';
import { sale } from './sale';
import { smuggling } from './smuggling';
import { staying } from './staying';

export const MECHANISMS = [
  population,
  migration,
  crossing,
  smuggling,
  sale,
  employment,
  staying,
  borderCities,
  protection,
  prosecution,
  corruption,
] as const;

type Declared = (typeof MECHANISMS)[number];
export type MechanismId = Declared['id'];
/** Every lever's declaration, as declared (literal types). */
export type DeclaredLever = Declared['levers'][number];
/** Every metric's declaration, as declared (literal types). */
export type DeclaredMetric = Declared['metrics'][number];

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every named constant, by name, from all mechanisms. */
export type DeclaredConstants = Intersection<Declared['constants']>;
/** Every random stream, by its key, from all mechanisms. */
export type DeclaredStreams = Intersection<Declared['streams']>;

export { inPublishedOrder, PUBLISHED_LEVER_ORDER, PUBLISHED_METRIC_ORDER } from './publishedOrder';
