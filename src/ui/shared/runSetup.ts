// What defines a run in the UI: a base scenario (from the library or a file), the seed, scale and
// length, starting parameter overrides, and the changes made while it ran. Builds the validated
// Scenario the worker runs, so a link, a reset and an export all replay the same run.
import { findScenario } from '../../sim/library';
import {
  applyOverrides,
  parseScenario,
  RUN_SETTINGS,
  ScenarioError,
  type RunSetting,
  type Scenario,
  type TimelineEntry,
} from '../../sim/scenario';

/** The UI's default scale: fast enough for smooth play, changeable in the page. */
export const DEFAULT_UI_SCALE = 100;
export const DEFAULT_SCENARIO = 'baseline-2003';

export type ScenarioSource = { library: string } | { file: Scenario };

export interface RunSetup {
  source: ScenarioSource;
  seed: number;
  scale: number;
  years: number;
  /** Parameter values at the start that differ from the base scenario's. */
  set: Record<string, number | boolean>;
  /** Changes made during the run, in the order they were made. */
  changes: TimelineEntry[];
}

/** The base scenario a setup starts from; throws ScenarioError for an unknown library name. */
export function baseScenario(source: ScenarioSource): Scenario {
  if ('file' in source) return source.file;
  const found = findScenario(source.library);
  if (!found) throw new ScenarioError(`scenario = "${source.library}": expected a library scenario name`);
  return found;
}

/** A fresh setup for a base scenario, at the UI's default scale. */
export function setupFor(source: ScenarioSource, scale = DEFAULT_UI_SCALE): RunSetup {
  const base = baseScenario(source);
  return { source, seed: base.seed, scale, years: base.years, set: {}, changes: [] };
}

/** The validated scenario a setup describes; throws ScenarioError naming the bad field. */
export function buildScenario(setup: RunSetup): Scenario {
  const base = baseScenario(setup.source);
  const withOverrides = applyOverrides(base, { seed: setup.seed, scale: setup.scale, years: setup.years, set: setup.set });
  if (setup.changes.length === 0) return withOverrides;
  return parseScenario({ ...withOverrides, timeline: [...withOverrides.timeline, ...setup.changes] }, 'changes');
}

/** The name shown for a setup's scenario. */
export function sourceName(source: ScenarioSource): string {
  return 'file' in source ? source.file.name : source.library;
}

/** Gives every `data-run-setting` input on the page the range the scenario declares for it. */
export function applyRunSettingRanges(root: ParentNode = document): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-run-setting]')) {
    const spec = RUN_SETTINGS[input.dataset.runSetting as RunSetting];
    input.min = String(spec.min);
    input.max = String(spec.max);
    input.step = spec.whole ? '1' : 'any';
  }
}
