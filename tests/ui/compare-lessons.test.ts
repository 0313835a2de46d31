// Node tests of the comparison's pure parts: lesson files, comparison links, running values,
// differences, the paired band and the difference table. Expectations are computed at test time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairedDifference } from '../../src/sim/experiment/stats';
import { METRICS } from '../../src/sim/metrics';
import { LinkError } from '../../src/ui/shared/link';
import { decodeComparison, encodeComparison } from '../../src/ui/compare/compareLink';
import { buildPolicyScenarios, comparisonBookmarks, comparisonFromLesson, type ComparisonSetup } from '../../src/ui/compare/comparison';
import { differenceCsv } from '../../src/ui/compare/differenceTable';
import { findLesson, LESSONS, LessonError, parseLesson, parseLessonText } from '../../src/ui/compare/lessons';
import { outcomeSeries, pairedBand, runningValue } from '../../src/ui/compare/outcomes';

const LESSON_DIR = resolve(import.meta.dirname, '../../lessons');

describe('lesson files', () => {
  it('every file in lessons/ is a valid, shipped lesson whose policies build and share a start', () => {
    const files = readdirSync(LESSON_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const lesson = parseLessonText(readFileSync(join(LESSON_DIR, file), 'utf8'), file);
      expect(`${lesson.name}.json`).toBe(file);
      expect(findLesson(lesson.name)).toEqual(lesson);
      expect(buildPolicyScenarios(comparisonFromLesson(lesson)).length).toBe(lesson.policies.length);
    }
  });

  it.each([
    [{ policies: [] }, 'policies'],
    [{ seed: -1 }, 'seed = -1'],
    [
      {
        policies: [
          { label: 'a', scenario: 'nope' },
          { label: 'b', scenario: 'border-surge' },
        ],
      },
      'policies[0].scenario = "nope": expected a library scenario name',
    ],
    [
      {
        policies: [
          { label: 'a', scenario: 'baseline-2003', set: { 'border.agents': -5 } },
          { label: 'b', scenario: 'border-surge' },
        ],
      },
      'border.agents',
    ],
    [{ extra: 1 }, 'unknown key "extra"'],
    [{ headline: [{ policy: 4, metric: 'deaths', direction: 'up' }] }, "expected each headline policy to be one of the lesson's policies"],
    [{ headline: [{ policy: 2, metric: 'attempts', direction: 'up' }] }, 'headline[0].metric'],
  ])('rejects %j with a message naming the field', (change, named) => {
    const bad = { ...structuredClone(LESSONS[0]), ...change };
    expect(() => parseLesson(bad, 'bad.json')).toThrow(LessonError);
    expect(() => parseLesson(bad, 'bad.json')).toThrow(named);
  });

  it('reports unreadable JSON', () => {
    expect(() => parseLessonText('{', 'broken.json')).toThrow(/broken.json: not valid JSON/);
  });
});

describe('comparison links', () => {
  const base = comparisonFromLesson(LESSONS[0]);
  const edited: ComparisonSetup = {
    ...base,
    seed: 42,
    years: 3,
    seeds: 5,
    policies: [
      ...base.policies.slice(0, 2),
      {
        label: 'Raids, & "more"',
        source: { library: 'interior-workers' },
        set: { 'interior.employerFocus': 0.2, 'protection.cooperationRequired': false },
      },
    ],
    bookmarks: [{ at: '2004-06', label: 'Look: fees, <b>not</b> markup' }],
  };

  it('round-trips a comparison with levers, labels, seeds and bookmarks', () => {
    expect(decodeComparison(`#${encodeComparison(edited)}`)).toEqual(edited);
    expect(decodeComparison('')).toBeNull();
  });

  it.each([
    ['lesson=nope', 'lesson = "nope"'],
    ['seed=abc&policy=scenario%3Dbaseline-2003&label=a&policy=scenario%3Dborder-surge&label=b', 'seed = "abc"'],
    ['policy=scenario%3Dbaseline-2003&label=only-one', 'expected 2 to 4 policies'],
    ['policy=scenario%3Dnope&label=a&policy=scenario%3Dborder-surge&label=b', 'policy 1'],
    ['policy=scenario%3Dbaseline-2003&label=a&policy=scenario%3Dhistory-1992-2010&label=b', 'expected the same start'],
    ['policy=scenario%3Dbaseline-2003&policy=scenario%3Dborder-surge&label=b', 'one label per policy'],
    ['mark=2005:x', 'mark = "2005:x"'],
    ['<script>=1', 'unknown part'],
  ])('rejects %s with a LinkError naming it', (fragment, named) => {
    expect(() => decodeComparison(fragment)).toThrow(LinkError);
    expect(() => decodeComparison(fragment)).toThrow(named);
  });

  it("bookmarks merge scenario notes per month and keep the instructor's own", () => {
    const scenarios = buildPolicyScenarios(edited);
    const dates = Array.from({ length: 36 }, (_, i) => `${2003 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const marks = comparisonBookmarks(edited, scenarios, dates);
    expect(marks.map((m) => m.at)).toEqual(['2004-06', '2005-01']);
    expect(marks[1].label).toContain(scenarios[1].timeline[0].note);
  });
});

describe('running values, differences and the paired band', () => {
  const dates = ['2003-01', '2003-02', '2003-03', '2003-04'];

  it("running values follow each metric's yearly rule", () => {
    expect(runningValue('deaths', { deaths: [1, 2, 3, 4] }, 3)).toBe(6);
    // The mean fee so far is all fees over all clients: (100 + 0 + 900) / (1 + 0 + 3).
    const fees = { smuggling_fees_usd: [100, 0, 900, 5000], smuggler_clients: [1, 0, 3, 5], smuggling_fee_mean_usd: [100, NaN, 300, 1000] };
    expect(runningValue('smuggling_fee_mean_usd', fees, 3)).toBe(250);
    expect(outcomeSeries('smuggling_fee_mean_usd', fees, dates, 'running', 3).y).toEqual([100, 100, 250]);
    expect(runningValue('smuggling_fee_mean_usd', { ...fees, smuggler_clients: [0, 0, 0, 0] }, 3)).toBeNaN();
    expect(runningValue('victims_held', { victims_held: [5, 6, 7, 8] }, 2)).toBe(6);
    expect(outcomeSeries('deaths', { deaths: [1, 2, 3, 4] }, dates, 'running', 4).y).toEqual([1, 3, 6, 10]);
  });

  it('the paired band is the 90% t-interval of the per-seed differences (matching src/sim/experiment)', () => {
    const base = [
      [1, 2],
      [2, 2],
      [4, 7],
    ].map((y) => ({ x: [0, 1], y, labels: ['a', 'b'] }));
    const other = [
      [2, 2],
      [4, 3],
      [5, 9],
    ].map((y) => ({ x: [0, 1], y, labels: ['a', 'b'] }));
    const band = pairedBand(base, other);
    const diffs = [1, 2, 1];
    expect(band.mean[0]).toBeCloseTo(diffs.reduce((a, b) => a + b) / 3);
    const at95 = pairedDifference(
      base.map((s) => s.y[0]),
      other.map((s) => s.y[0]),
    );
    expect(band.hi[0] - band.lo[0]).toBeLessThan(at95.pairedHigh - at95.pairedLow);
    expect(band.lo[0]).toBeLessThan(band.mean[0]);
    const same = pairedBand(base, base);
    expect([...same.mean, ...same.lo, ...same.hi].every((v) => v === 0)).toBe(true);
  });

  it('the difference table has one row per period, policy and metric, and zero differences for identical runs', () => {
    const run: Record<string, number[]> = { ...Object.fromEntries(METRICS.map((m) => [m.name, [0, 0, 0, 0]])), deaths: [1, 2, 3, 4] };
    const csv = differenceCsv(['a', 'b'], [run, run], dates, 4, null).trim().split('\n');
    expect(csv[0]).toBe('period,policy,reference,metric,unit,reference_value,value,difference');
    const deaths = csv.filter((l) => l.includes(',deaths,'));
    expect(deaths).toEqual(['2003,b,a,deaths,people,10,10,0', 'all,b,a,deaths,people,10,10,0']);
  });
});
