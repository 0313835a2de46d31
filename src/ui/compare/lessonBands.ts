// A lesson's differences over its own paired seeds: every policy against the first, for each headline
// outcome over the whole run, with the 90% interval and the verdict the comparison page shows. Used
// to check that a lesson opens on settings where its headline difference is beyond noise.
import type { SeriesByMetric } from '../../sim/output';
import { replicateSeed } from '../../sim/experiment/seeds';
import type { Scenario } from '../../sim/scenario';
import { buildPolicyScenarios, comparisonFromLesson } from './comparison';
import type { Lesson } from './lessons';
import { mean, present } from '../../sim/experiment/stats';
import { noiseVerdict, OUTCOMES, runningInterval, runningValue, type NoiseVerdict, type PairedInterval } from './outcomes';

/** Policy `policy` (0-based, 1 or more) minus the first on `metric`: the first's mean over the seeds, and the paired interval. */
export interface LessonBand {
  policy: number;
  label: string;
  metric: string;
  reference: number;
  interval: PairedInterval;
  verdict: NoiseVerdict;
}

/** Runs every policy of `lesson` on its paired seeds (the page's background seeds) with `run` and returns each difference's band. */
export function lessonBands(lesson: Lesson, run: (scenario: Scenario) => SeriesByMetric): LessonBand[] {
  const comparison = comparisonFromLesson(lesson);
  const scenarios = buildPolicyScenarios(comparison);
  const seeds = Array.from({ length: comparison.seeds }, (_, i) => replicateSeed(comparison.seed, i));
  const runs = scenarios.map((s) => seeds.map((seed) => run({ ...s, seed })));
  const months = comparison.years * 12;
  return scenarios.slice(1).flatMap((_, i) =>
    OUTCOMES.map((metric) => {
      const interval = runningInterval(metric, runs[0], runs[i + 1], months);
      const reference = mean(present(runs[0].map((r) => runningValue(metric, r, months))));
      return { policy: i + 1, label: comparison.policies[i + 1].label, metric, reference, interval, verdict: noiseVerdict(interval) };
    }),
  );
}
