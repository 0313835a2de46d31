// Per-person differences between policies (`frontera compare --persons N`): the same followed people
// under every scenario of a comparison on one seed, a sample of them chosen by a hash of their person
// id, each one's outcome under the reference and under each other scenario, whether they became a
// trafficking victim under one and not the other, and the first event where their stories part.
import { crnStream, uniform } from '../engine/crn';
import { Simulation } from '../run';
import type { Scenario } from '../scenario';
import { firstDifference, personName, personOutcome, wasVictim, type PersonOutcome, type StoryEvent } from '../story';
import { runScenarioOf, runSpec, type ExperimentPlan } from './plan';
import { csvCell, csvLine } from './tables';

/** Life stories of the people a run followed (still in the model or gone), by person id. */
export type Stories = Map<number, StoryEvent[]>;

/** Runs a scenario following `follow` people at a time and returns everyone it followed. */
export function followedStories(scenario: Scenario, follow: number): Stories {
  const run = new Simulation(scenario, { trackAgents: follow }).run();
  // The sample only: people followed because they became a victim are followed under one policy and
  // not another, from the month they were taken, so their stories cannot be lined up.
  const stories: Stories = new Map(
    run
      .finishedHistories()
      .filter((f) => !f.asVictim)
      .map((f) => [f.pid, f.events]),
  );
  for (const person of run.snapshot()) if (!person.asVictim) stories.set(person.pid, run.historyOf(person.pid) ?? []);
  return stories;
}

/** The `count` people followed under any of the runs whose id hashes lowest: a sample that does not depend on the policy. */
export function samplePersons(stories: readonly Stories[], count: number, seed: number): number[] {
  const stream = crnStream(seed, 'persons.sample');
  const pids = [...new Set(stories.flatMap((s) => [...s.keys()]))];
  const rank = new Map(pids.map((pid) => [pid, uniform(stream, 0, pid)]));
  return pids
    .sort((a, b) => rank.get(a)! - rank.get(b)! || a - b)
    .slice(0, count)
    .sort((a, b) => a - b);
}

/** The scenarios of replicate 0 of a comparison plan (one per arm, all on that replicate's seed). */
export function firstReplicateScenarios(plan: ExperimentPlan): Scenario[] {
  return plan.arms.map((_, arm) => runScenarioOf(plan, runSpec(plan, arm * plan.replicates)));
}

/** Followed stories under each scenario: following `count` people at a time, and more (up to 3 doublings) until at least `count` were followed. */
export function storiesForSample(scenarios: readonly Scenario[], count: number): Stories[] {
  let follow = count;
  for (let round = 0; ; round++) {
    const stories = scenarios.map((s) => followedStories(s, follow));
    const everyone = new Set(stories.flatMap((s) => [...s.keys()])).size;
    if (everyone >= count || round === 3) return stories;
    follow *= 2;
  }
}

const OUTCOME_FIELDS = [
  'crossing',
  'entries',
  'apprehensions',
  'kidnappings',
  'exploitation',
  'identified',
  'exit',
] as const satisfies readonly (keyof PersonOutcome)[];

/** Header of persons.csv. */
export const PERSONS_HEADER = [
  'seed',
  'pid',
  'person',
  'reference',
  'policy',
  'followed_reference',
  'followed_policy',
  ...OUTCOME_FIELDS.flatMap((f) => [`${f}_reference`, `${f}_policy`]),
  'victim_reference',
  'victim_policy',
  'victim_change',
  'stories_identical',
  'first_difference_month',
  'first_difference_reference',
  'first_difference_policy',
];

function outcomeCells(o: PersonOutcome | null, field: (typeof OUTCOME_FIELDS)[number]): string {
  if (!o) return '';
  const value = o[field];
  return csvCell(value === null ? 'in_model' : typeof value === 'boolean' ? String(value) : value);
}

/** Who became a victim under which side: same, only under the policy, only under the reference; empty unless followed under both. */
function victimChange(reference: PersonOutcome | null, policy: PersonOutcome | null): string {
  if (!reference || !policy) return '';
  const [a, b] = [wasVictim(reference), wasVictim(policy)];
  return a === b ? 'same' : b ? 'only_policy' : 'only_reference';
}

/** persons.csv: one row per sampled person and scenario after the first (the reference). */
export function personsCsv(
  names: readonly string[],
  start: string,
  seed: number,
  stories: readonly Stories[],
  pids: readonly number[],
): string {
  const lines = [csvLine(PERSONS_HEADER)];
  for (const pid of pids) {
    const reference = stories[0].get(pid) ?? null;
    const referenceOutcome = reference ? personOutcome(reference) : null;
    for (let p = 1; p < names.length; p++) {
      const story = stories[p].get(pid) ?? null;
      const outcome = story ? personOutcome(story) : null;
      const difference = reference && story ? firstDifference(reference, story) : null;
      const both = reference !== null && story !== null;
      lines.push(
        csvLine([
          String(seed),
          String(pid),
          csvCell(personName(pid, start)),
          csvCell(names[0]),
          csvCell(names[p]),
          String(reference !== null),
          String(story !== null),
          ...OUTCOME_FIELDS.flatMap((f) => [outcomeCells(referenceOutcome, f), outcomeCells(outcome, f)]),
          referenceOutcome ? String(wasVictim(referenceOutcome)) : '',
          outcome ? String(wasVictim(outcome)) : '',
          victimChange(referenceOutcome, outcome),
          both ? String(difference === null) : '',
          difference?.date ?? '',
          csvCell(difference?.first ?? ''),
          csvCell(difference?.second ?? ''),
        ]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Counts of victims who differ between the reference and each other scenario, for the command's summary. */
export function victimChanges(
  stories: readonly Stories[],
  pids: readonly number[],
): { onlyPolicy: number; onlyReference: number; both: number }[] {
  return stories.slice(1).map((policy) => {
    const counts = { onlyPolicy: 0, onlyReference: 0, both: 0 };
    for (const pid of pids) {
      const [a, b] = [stories[0].get(pid), policy.get(pid)];
      if (!a || !b) continue;
      counts.both++;
      const change = victimChange(personOutcome(a), personOutcome(b));
      if (change === 'only_policy') counts.onlyPolicy++;
      if (change === 'only_reference') counts.onlyReference++;
    }
    return counts;
  });
}
