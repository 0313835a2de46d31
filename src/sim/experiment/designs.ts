// Experiment designs over declared parameters: parsing `path=from:to:steps` (or `path=a,b,c`),
// full factorial grids, Latin hypercube samples and the value rounding that keeps every design
// value exactly what the output files print. Randomness comes from a named seeded stream.
import { checkParamValue, findParam, parseParamText, type ParamSpec } from '../params';
import { formatValue } from '../output';
import { ScenarioError } from '../scenario';
import type { Rng } from '../engine/rng';

export type ParamValue = number | boolean;
/** Parameter values of one design point, by dot path. */
export type DesignPoint = Record<string, ParamValue>;

/** One varied parameter: a range (for grids with `steps`, or for sampling) or an explicit list. */
export interface Vary {
  path: string;
  from: ParamValue;
  to: ParamValue;
  steps?: number;
  values?: ParamValue[];
}

/** The declaration of a parameter named on the command line, or a ScenarioError naming the flag. */
export function requireParam(flag: string, path: string): ParamSpec {
  const spec = findParam(path);
  if (!spec) throw new ScenarioError(`${flag} ${path}: ${checkParamValue(path, 0)}`);
  return spec;
}

function parseValue(flag: string, argument: string, text: string, path: string): ParamValue {
  try {
    return parseParamText(path, text);
  } catch (err) {
    throw new ScenarioError(`${flag} ${argument}: ${(err as Error).message}`);
  }
}

/** Parses `path=from:to[:steps]` or `path=v1,v2,...`; values are checked against the parameter's declared range. */
export function parseVary(text: string, flag = '--vary'): Vary {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new ScenarioError(`${flag} ${text}: expected path=from:to:steps or path=v1,v2,... (e.g. border.agents=5000:20000:4)`);
  const path = text.slice(0, eq).trim();
  const spec = requireParam(flag, path);
  const body = text.slice(eq + 1).trim();
  if (body.includes(',')) {
    const values = body.split(',').map((v) => parseValue(flag, text, v.trim(), path));
    return { path, from: values[0], to: values[values.length - 1], values };
  }
  const parts = body.split(':');
  if (parts.length < 2 || parts.length > 3)
    throw new ScenarioError(`${flag} ${text}: expected path=from:to:steps or path=v1,v2,... (e.g. ${path}=${spec.min}:${spec.max}:3)`);
  const from = parseValue(flag, text, parts[0].trim(), path);
  const to = parseValue(flag, text, parts[1].trim(), path);
  if (parts.length === 2) return { path, from, to };
  const steps = Number(parts[2]);
  if (!Number.isInteger(steps) || steps < 1 || steps > 10000)
    throw new ScenarioError(`${flag} ${text}: steps = ${parts[2]}: expected a whole number in [1, 10000]`);
  if (steps === 1 && from !== to) throw new ScenarioError(`${flag} ${text}: steps = 1 needs from = to; use 2 or more steps for a range`);
  return { path, from, to, steps };
}

/** A value at unit position u in [0, 1] of [from, to], rounded as the parameter's kind requires. */
export function valueAt(spec: ParamSpec, from: ParamValue, to: ParamValue, u: number): ParamValue {
  if (spec.kind === 'boolean') return u >= 0.5 ? to : from;
  const low = Number(from);
  const value = low + u * (Number(to) - low);
  return recordable(spec, value);
}

/** Rounds a value so the six significant digits the CSV prints reproduce it exactly (integers stay whole). */
export function recordable(spec: ParamSpec, value: number): number {
  if (spec.kind === 'integer') return Math.round(value);
  return Math.min(spec.max, Math.max(spec.min, Number(formatValue(value))));
}

/** The values a grid takes for one varied parameter (distinct, in order). */
export function gridValues(vary: Vary): ParamValue[] {
  if (vary.values) return vary.values;
  const spec = findParam(vary.path)!;
  if (vary.steps === undefined)
    throw new ScenarioError(`--vary ${vary.path}: a grid needs steps (path=from:to:steps) or a list (path=a,b,c)`);
  const steps = vary.steps;
  const values = Array.from({ length: steps }, (_, i) => valueAt(spec, vary.from, vary.to, steps === 1 ? 0 : i / (steps - 1)));
  return [...new Set(values)];
}

/** Full factorial design: every combination of every varied parameter's grid values (first parameter slowest). */
export function gridDesign(varies: readonly Vary[]): DesignPoint[] {
  let points: DesignPoint[] = [{}];
  for (const vary of varies) {
    const values = gridValues(vary);
    points = points.flatMap((point) => values.map((value) => ({ ...point, [vary.path]: value })));
  }
  return points;
}

/** A random permutation of 0..n-1 (Fisher-Yates) drawn from `rng`. */
export function permutation(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Latin hypercube design: `samples` points, each parameter's range cut into `samples` strata used once each. */
export function latinHypercubeDesign(varies: readonly Vary[], samples: number, rng: Rng): DesignPoint[] {
  const points: DesignPoint[] = Array.from({ length: samples }, () => ({}));
  for (const vary of varies) {
    if (vary.values) throw new ScenarioError(`--vary ${vary.path}: a Latin hypercube samples ranges (path=from:to), not lists`);
    const spec = findParam(vary.path)!;
    const strata = permutation(samples, rng);
    strata.forEach((stratum, i) => {
      points[i][vary.path] = valueAt(spec, vary.from, vary.to, (stratum + rng()) / samples);
    });
  }
  return points;
}
