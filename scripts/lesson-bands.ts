// Prints every lesson's differences over its own paired seeds (whole run, paired 90% interval, and
// whether each is beyond noise), marking the lesson's headline differences:
// `nice -n 5 npx tsx scripts/lesson-bands.ts [lesson-name ...]`.
import { runScenario } from '../src/sim/run';
import { lessonBands } from '../src/ui/compare/lessonBands';
import { LESSONS } from '../src/ui/compare/lessons';

const wanted = process.argv.slice(2);
const shown = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));
for (const lesson of LESSONS.filter((l) => wanted.length === 0 || wanted.includes(l.name))) {
  process.stdout.write(`\n${lesson.name} (${lesson.seeds} seeds from seed ${lesson.seed}, scale ${lesson.scale}, ${lesson.years} years)\n`);
  for (const band of lessonBands(lesson, (s) => runScenario(s).series)) {
    const { mean, lo, hi } = band.interval;
    const headline = lesson.headline.some((h) => h.policy === band.policy + 1 && h.metric === band.metric) ? ' (headline)' : '';
    process.stdout.write(
      `  ${band.label.padEnd(44)} ${band.metric.padEnd(30)} reference ${shown(band.reference).padStart(8)}  difference ${shown(mean).padStart(8)} [${shown(lo)}, ${shown(hi)}] ${band.verdict}${headline}\n`,
    );
  }
}
