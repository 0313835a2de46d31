// Scenario files: name, description, start month, length, scale, seed, parameter overrides and a
// timeline of policy changes. One zod schema validates them (with errors that name the field, the
// value and what was expected) and is turned into the JSON Schema editors use.
import { z } from 'zod';
import { checkParamValue, defaultParams, findParam, paramOverridesSchema, parseParamText, type Params } from './params';
import { isMonth, monthIndex, monthLabel } from './engine/calendar';
import { describeIssues, type Explain } from './validation';

const monthSchema = z.string().refine(isMonth, { message: 'expected a month as "YYYY-MM" (e.g. "2003-01")' });

/** The run settings' ranges, declared once: the scenario schema, the CLI options, the lesson files
 *  and the UI's links and inputs all read them. */
export const RUN_SETTINGS = {
  seed: { min: 0, max: 4294967295, whole: true, description: 'Random seed: the same seed gives the same run.' },
  scale: { min: 1, max: 100000, whole: false, description: 'Real people per simulated migrant (1 = one agent per person).' },
  years: { min: 1, max: 60, whole: true, description: 'Length of the run in years.' },
} as const;

export type RunSetting = keyof typeof RUN_SETTINGS;

/** The zod schema of one run setting (a number in its range; whole where it must be). */
export function runSettingSchema(name: RunSetting) {
  const spec = RUN_SETTINGS[name];
  return (spec.whole ? z.number().int() : z.number()).min(spec.min).max(spec.max).describe(spec.description);
}

/** Whether `value` fits a run setting's range. */
export function fitsRunSetting(name: RunSetting, value: number): boolean {
  const spec = RUN_SETTINGS[name];
  return Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.whole || Number.isInteger(value));
}

/** What a run setting expects, for messages: "a whole number from 1 to 60". */
export function runSettingExpectation(name: RunSetting): string {
  const spec = RUN_SETTINGS[name];
  return `${spec.whole ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
}

export const timelineEntrySchema = z.strictObject({
  at: monthSchema.describe('Month the change takes effect, "YYYY-MM".'),
  set: paramOverridesSchema.describe('Parameters to change, by dot path.'),
  note: z.string().max(300).optional().describe('What happened then (shown as an annotation).'),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'expected letters, digits, spaces, ".", "_" or "-"')
    .describe('Short name (the file name in the library).'),
  description: z.string().max(4000).describe('What the scenario represents, for a student.'),
  start: monthSchema.describe('First simulated month, "YYYY-MM".'),
  years: runSettingSchema('years'),
  scale: runSettingSchema('scale'),
  seed: runSettingSchema('seed'),
  params: paramOverridesSchema.default({}).describe('Parameter values that differ from the defaults, by dot path.'),
  timeline: z.array(timelineEntrySchema).max(500).default([]).describe('Policy changes during the run.'),
});

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
/** A validated scenario; `params` holds only what differs from the defaults until resolved. */
export type Scenario = z.output<typeof scenarioSchema>;

/** Bad scenario input, with a one-line message naming the field, the value and what was expected. */
export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

/** A parameter's own range message, when the issue is about a parameter value. */
const explainParam: Explain = (path, value) => {
  const paramPath = path.length >= 2 ? String(path[path.length - 1]) : '';
  const problem = paramPath.includes('.') && value !== undefined ? checkParamValue(paramPath, value) : null;
  return problem ? problem.replace(/^.*?: /, '') : null;
};

/** Validates parsed JSON as a scenario; throws ScenarioError naming the first problems. */
export function parseScenario(input: unknown, origin = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (!result.success) {
    throw new ScenarioError(
      describeIssues(
        origin,
        input,
        result.error.issues,
        explainParam,
        ' (not a declared field; see `frontera params` for parameter names)',
      ),
    );
  }
  const scenario = result.data;
  const start = monthIndex(scenario.start);
  scenario.timeline.forEach((entry, i) => {
    if (monthIndex(entry.at) < start)
      throw new ScenarioError(`${origin}: timeline[${i}].at = "${entry.at}": expected a month on or after the start (${scenario.start})`);
    for (const path of Object.keys(entry.set)) {
      if (findParam(path)?.startOnly)
        throw new ScenarioError(`${origin}: timeline[${i}].set["${path}"]: ${path} only takes effect at the start; set it in "params"`);
    }
  });
  return scenario;
}

/** Parses scenario text (JSON); throws ScenarioError for malformed JSON or invalid content. */
export function parseScenarioText(text: string, origin = 'scenario'): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ScenarioError(`${origin}: not valid JSON (${(err as Error).message})`);
  }
  return parseScenario(data, origin);
}

/** Changes a caller may make on top of a scenario (CLI flags, UI controls, links). */
export interface Overrides {
  seed?: number;
  years?: number;
  scale?: number;
  /** Parameter values by dot path, already typed. */
  set?: Record<string, number | boolean>;
}

/** A scenario with overrides applied, validated again as a whole. */
export function applyOverrides(scenario: Scenario, overrides: Overrides = {}): Scenario {
  const merged = {
    ...scenario,
    ...(overrides.seed !== undefined && { seed: overrides.seed }),
    ...(overrides.years !== undefined && { years: overrides.years }),
    ...(overrides.scale !== undefined && { scale: overrides.scale }),
    params: { ...scenario.params, ...(overrides.set ?? {}) },
  };
  return parseScenario(merged, 'overrides');
}

/** The scenario with the given parameters held for the whole run: timeline changes to them are
 *  dropped (entries left empty go too). Used for `--set`, sweeps and screening, so a value set there
 *  is the value the whole run sees. */
export function holdParams(scenario: Scenario, paths: readonly string[]): Scenario {
  if (paths.length === 0) return scenario;
  const held = new Set(paths);
  const timeline = scenario.timeline
    .map((entry) => ({ ...entry, set: Object.fromEntries(Object.entries(entry.set).filter(([path]) => !held.has(path))) }))
    .filter((entry) => Object.keys(entry.set).length > 0);
  return { ...scenario, timeline };
}

/** Parses `path=value` text into a typed override; throws a message naming the path and value. */
export function parseSetArgument(text: string): [string, number | boolean] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new ScenarioError(`--set ${text}: expected path=value (e.g. border.agents=15000)`);
  const path = text.slice(0, eq).trim();
  try {
    return [path, parseParamText(path, text.slice(eq + 1).trim())];
  } catch (err) {
    throw new ScenarioError(`--set ${(err as Error).message}`);
  }
}

/** Every parameter's value at the start of the run: defaults, then the scenario's own values. */
export function resolveParams(scenario: Scenario): Params {
  return { ...defaultParams(), ...scenario.params } as Params;
}

/** The scenario as run: every parameter filled in, so the file alone reproduces the run. */
export function scenarioAsRun(scenario: Scenario): Scenario {
  return { ...scenario, params: resolveParams(scenario) as Scenario['params'] };
}

/** The last simulated month of a scenario, "YYYY-MM". */
export function endMonth(scenario: Scenario): string {
  return monthLabel(monthIndex(scenario.start) + scenario.years * 12 - 1);
}

/** JSON Schema for scenario files, generated from the zod schema. */
export function scenarioJsonSchema(): object {
  return z.toJSONSchema(scenarioSchema, { io: 'input' });
}
