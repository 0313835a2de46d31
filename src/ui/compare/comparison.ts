// What a comparison is: 2 to 4 policies (a scenario plus lever settings, each with a label) run on
// one seed, scale and length, optionally over N paired seeds, with bookmarks of moments to point
// at. Builds and checks each policy's scenario with the simulator's run setup.
import type { Scenario } from '../../sim/scenario';
import { ScenarioError } from '../../sim/scenario';
import { buildScenario, type RunSetup, type ScenarioSource } from '../shared/runSetup';
import { findLesson, MAX_POLICIES, MAX_SEEDS, MIN_POLICIES, type Bookmark, type Lesson } from './lessons';

export interface PolicySetup {
  label: string;
  source: ScenarioSource;
  /** Lever values at the start that differ from the scenario's. */
  set: Record<string, number | boolean>;
}

export interface ComparisonSetup {
  /** The lesson whose teaching note is shown (null for a comparison built by hand). */
  lesson: string | null;
  policies: PolicySetup[];
  seed: number;
  scale: number;
  years: number;
  /** Paired seeds for the difference band; 1 = the live run only. */
  seeds: number;
  /** Moments the instructor added (scenario notes and lesson bookmarks are added automatically). */
  bookmarks: Bookmark[];
}

export { MAX_SEEDS };

/** The comparison a lesson describes. */
export function comparisonFromLesson(lesson: Lesson): ComparisonSetup {
  return {
    lesson: lesson.name,
    seed: lesson.seed,
    scale: lesson.scale,
    years: lesson.years,
    seeds: lesson.seeds,
    bookmarks: [],
    policies: lesson.policies.map((p) => ({ label: p.label, source: { library: p.scenario }, set: definedValues(p.set) })),
  };
}

function definedValues(set: Record<string, number | boolean | undefined>): Record<string, number | boolean> {
  return Object.fromEntries(Object.entries(set).filter((entry): entry is [string, number | boolean] => entry[1] !== undefined));
}

/** The simulator's run setup for policy `index`: its scenario and levers on the shared seed, scale and length. */
export function policyRunSetup(comparison: ComparisonSetup, index: number): RunSetup {
  const policy = comparison.policies[index];
  return { source: policy.source, seed: comparison.seed, scale: comparison.scale, years: comparison.years, set: policy.set, changes: [] };
}

/** Every policy's validated scenario; throws ScenarioError naming the policy and the problem. */
export function buildPolicyScenarios(comparison: ComparisonSetup): Scenario[] {
  const count = comparison.policies.length;
  if (count < MIN_POLICIES || count > MAX_POLICIES) {
    throw new ScenarioError(`policies: ${count}: expected ${MIN_POLICIES} to ${MAX_POLICIES} policies to compare`);
  }
  if (!Number.isInteger(comparison.seeds) || comparison.seeds < 1 || comparison.seeds > MAX_SEEDS) {
    throw new ScenarioError(`seeds = ${comparison.seeds}: expected a whole number from 1 to ${MAX_SEEDS}`);
  }
  const scenarios = comparison.policies.map((policy, i) => {
    if (policy.label.trim() === '' || policy.label.length > 60)
      throw new ScenarioError(`policy ${i + 1} label = "${policy.label.slice(0, 60)}": expected 1 to 60 characters`);
    try {
      return buildScenario(policyRunSetup(comparison, i));
    } catch (err) {
      throw new ScenarioError(`policy ${i + 1} (${policy.label}): ${(err as Error).message}`);
    }
  });
  scenarios.forEach((s, i) => {
    if (s.start !== scenarios[0].start) {
      throw new ScenarioError(
        `policy ${i + 1} (${comparison.policies[i].label}) starts ${s.start}: expected the same start as policy 1 (${scenarios[0].start}) so months line up`,
      );
    }
  });
  return scenarios;
}

/** Moments to mark: the lesson's bookmarks, the scenarios' timeline notes (merged per month) and the instructor's own, within the run. */
export function comparisonBookmarks(comparison: ComparisonSetup, scenarios: readonly Scenario[], dates: readonly string[]): Bookmark[] {
  const lesson = comparison.lesson ? findLesson(comparison.lesson) : undefined;
  const notes = scenarios.flatMap((s) => s.timeline.flatMap((e) => (e.note ? [{ at: e.at, label: e.note }] : [])));
  const byMonth = new Map<string, string[]>();
  for (const mark of [...(lesson?.bookmarks ?? []), ...notes, ...comparison.bookmarks]) {
    if (!dates.includes(mark.at)) continue;
    const labels = byMonth.get(mark.at) ?? [];
    if (!labels.includes(mark.label)) labels.push(mark.label);
    byMonth.set(mark.at, labels);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([at, labels]) => ({ at, label: labels.join(' · ') }));
}
