// The policy levers and context of the model, each declared once in its mechanism (mechanisms/): unit,
// range, default, meaning and source. The zod schema, the CLI's validation, the UI's controls and the docs all read this list.
import { z } from 'zod';
import type { ParamGroup, ParamSpec } from './mechanism';
import { inPublishedOrder, MECHANISMS, PUBLISHED_LEVER_ORDER, type DeclaredLever } from './mechanisms';

export type { ParamGroup, ParamSpec } from './mechanism';

/** Every lever, assembled from the mechanisms' declarations (mechanisms/), in the order published. */
export const PARAMS = inPublishedOrder<DeclaredLever>(
  MECHANISMS.flatMap((m): readonly DeclaredLever[] => m.levers),
  (p) => p.path,
  PUBLISHED_LEVER_ORDER,
) satisfies readonly ParamSpec[];

/** Every lever's dot path; a misspelt path does not compile. */
export type ParamPath = (typeof PARAMS)[number]['path'];
type SpecOf<P extends ParamPath> = Extract<(typeof PARAMS)[number], { path: P }>;
/** The value type of one lever: boolean for switches, number otherwise. */
export type ParamValueOf<P extends ParamPath> = SpecOf<P>['kind'] extends 'boolean' ? boolean : number;

type MustBeTrue<T extends true> = T;
type NamedInExplanations = NonNullable<(typeof MECHANISMS)[number]['explanation']>['levers'][number];
/** Compile-time check that every lever a mechanism's explanation names is declared (a misspelt path fails to compile). */
export type ExplanationsNameLevers = MustBeTrue<[NamedInExplanations] extends [ParamPath] ? true : false>;

export const PARAM_GROUPS: readonly ParamGroup[] = [
  'border',
  'interior',
  'protection',
  'pathways',
  'justice',
  'corruption',
  'context',
  'behaviour',
];

/** Flat record of every parameter by its dot path, each with its own value type. */
export type Params = { [P in ParamPath]: ParamValueOf<P> };
/** Some parameters by dot path (overrides, timeline changes), checked at run time. */
export type ParamOverrides = Partial<Record<string, number | boolean>>;

const byPath = new Map<string, ParamSpec>(PARAMS.map((p) => [p.path, p]));

/** The declaration for a dot path, or undefined if there is none. */
export function findParam(path: string): ParamSpec | undefined {
  return byPath.get(path);
}

function valueSchema(spec: ParamSpec): z.ZodType<number | boolean> {
  if (spec.kind === 'boolean') return z.boolean().describe(`${spec.label}. ${spec.description}`);
  let s = z.number().min(spec.min).max(spec.max);
  if (spec.kind === 'integer') s = s.int();
  return s.describe(`${spec.label} (${spec.unit}). ${spec.description} Source: ${spec.source}`);
}

/** zod schema of a partial parameter set keyed by dot path; unknown keys are rejected. */
export const paramOverridesSchema = z.strictObject(Object.fromEntries(PARAMS.map((p) => [p.path, valueSchema(p).optional()])));

/** A fresh parameter set holding every default. */
export function defaultParams(): Params {
  return Object.fromEntries(PARAMS.map((p) => [p.path, p.default])) as Params;
}

/** Why `value` is not acceptable for `path`, or null when it is. */
export function checkParamValue(path: string, value: unknown): string | null {
  const spec = byPath.get(path);
  if (!spec) return `unknown parameter "${path}" (expected one of: ${PARAMS.map((p) => p.path).join(', ')})`;
  if (spec.kind === 'boolean') return typeof value === 'boolean' ? null : `${path} = ${String(value)}: expected true or false`;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `${path} = ${String(value)}: expected a finite number in [${spec.min}, ${spec.max}]`;
  if (value < spec.min || value > spec.max) return `${path} = ${value}: expected a number in [${spec.min}, ${spec.max}] (${spec.unit})`;
  if (spec.kind === 'integer' && !Number.isInteger(value))
    return `${path} = ${value}: expected a whole number in [${spec.min}, ${spec.max}]`;
  return null;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A plain decimal number from text ("15000", "0.3", "1e4"), or NaN (hex, "Infinity", blanks, words). */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
}

/** Parses text (e.g. from `--set path=value` or a URL) into the parameter's type; throws a named error when it does not fit. */
export function parseParamText(path: string, text: string): number | boolean {
  const spec = byPath.get(path);
  if (!spec) throw new Error(checkParamValue(path, text)!);
  let value: number | boolean;
  if (spec.kind === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new Error(`${path} = ${text}: expected true or false`);
    value = text === 'true';
  } else {
    value = parseDecimal(text);
  }
  const problem = checkParamValue(path, value);
  if (problem) throw new Error(problem.replace(`${path} = ${String(value)}`, `${path} = ${text}`));
  return value;
}
