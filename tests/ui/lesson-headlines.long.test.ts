// Each lesson opens on settings where its headline differences are real: over the lesson's own paired
// seeds (the seeds the comparison page runs in the background), the paired 90% interval of each
// headline difference over the whole run lies on the side of zero its teaching note states.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/sim/run';
import { lessonBands } from '../../src/ui/compare/lessonBands';
import { LESSONS } from '../../src/ui/compare/lessons';

describe("lessons' headline differences over their own paired seeds", () => {
  it.each(LESSONS.map((l) => [l.name, l] as const))(
    '%s: every headline difference is beyond noise in the stated direction',
    (_, lesson) => {
      expect(lesson.headline.length).toBeGreaterThan(0);
      const bands = lessonBands(lesson, (s) => runScenario(s).series);
      for (const h of lesson.headline) {
        const band = bands.find((b) => b.policy === h.policy - 1 && b.metric === h.metric)!;
        const { mean, lo, hi } = band.interval;
        const shown = `${band.label} ${h.metric}: ${mean} [${lo}, ${hi}]`;
        expect(band.verdict, shown).toBe('beyond');
        expect(h.direction === 'up' ? lo > 0 : hi < 0, shown).toBe(true);
      }
    },
    1_800_000,
  );
});
