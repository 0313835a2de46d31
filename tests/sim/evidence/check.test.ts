// Comparisons with the evidence score outcomes (never inputs, nor what an input caps), with fiscal
// years read as October to September and whole years only.
import { describe, expect, it } from 'vitest';
import { compareWithEvidence, wholeYears } from '../../../src/sim/evidence/check';
import { METRIC_NAMES, type MetricName } from '../../../src/sim/metrics';
import type { RunResult } from '../../../src/sim/run';
import { monthLabel, monthIndex } from '../../../src/sim/engine/calendar';
import { findScenario } from '../../../src/sim/library';

/** A run whose every metric is `monthly(metric, date)` each month, from `start` for `months` months. */
function syntheticRun(start: string, months: number, monthly: (metric: MetricName, date: string) => number): RunResult {
  const dates = Array.from({ length: months }, (_, t) => monthLabel(monthIndex(start) + t));
  const series = Object.fromEntries(METRIC_NAMES.map((m) => [m, dates.map((d) => monthly(m, d))])) as Record<MetricName, number[]>;
  return { scenario: findScenario('baseline-2003')!, seed: 1, version: 'test', dates, series };
}

describe('comparison with the evidence', () => {
  it('reads fiscal years as October to September and keeps whole years only', () => {
    const run = syntheticRun('1999-07', 24, (_m, date) => (date >= '1999-10' && date <= '2000-09' ? 1 : 0));
    const fiscal = wholeYears(run, 'fiscal');
    expect([...fiscal.keys()]).toEqual([2000]);
    expect(fiscal.get(2000)!.apprehensions).toBe(12);
    expect([...wholeYears(run, 'calendar').keys()]).toEqual([2000]);
  });

  it('scores a level inside its band as a hit, outside as a miss with a direction, and never scores inputs or what an input caps', () => {
    const perMonth = 1643679 / 12;
    const run = syntheticRun('1999-10', 24, (m, date) => (m === 'apprehensions' ? (date < '2000-10' ? perMonth : perMonth / 2) : 0));
    const rows = compareWithEvidence([run, run]);
    const fy2000 = rows.find((r) => r.id === 'sw_apprehensions@2000')!;
    expect(fy2000.verdict).toBe('hit');
    const fy2001 = rows.find((r) => r.id === 'sw_apprehensions@2001')!;
    expect(fy2001.verdict).toBe('miss');
    expect(fy2001.direction).toBe('below');
    expect(rows.find((r) => r.id === 'sw_apprehensions@1995')!.verdict).toBe('not covered');
    expect(rows.filter((r) => r.series === 'sw_agents').every((r) => r.verdict === 'input')).toBe(true);
    expect(rows.filter((r) => r.series === 'unauthorized_stock' && r.kind === 'level').every((r) => r.verdict === 'not comparable')).toBe(
      true,
    );
    const capped = rows.filter((r) => r.series === 'us_prosecutions' && r.kind === 'level');
    expect(capped.length).toBeGreaterThan(0);
    expect(capped.every((r) => r.verdict === 'input-bound')).toBe(true);
  });
});
