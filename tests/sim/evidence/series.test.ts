// The evidence as data: its inputs agree with themselves, the history replay is built from them,
// and comparisons score outcomes (never inputs) with fiscal years read as October to September.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EVIDENCE, EVIDENCE_CHANGES, SECTOR_AGENTS, SECTOR_FIRST_YEAR, findEvidence, inputValue, remoteAgentShare, wilsonInterval } from '../../../src/sim/evidence/series';
import { HISTORY_NAME, historyScenarioText } from '../../../src/sim/evidence/history';
import { compareWithEvidence, wholeYears } from '../../../src/sim/evidence/check';
import { evidenceOverlay } from '../../../src/sim/evidence/overlay';
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

describe('evidence data', () => {
  it('sector staffing adds up to the southwest total every fiscal year (FY2010 also counts the Special Operations Group)', () => {
    for (let i = 0; i < SECTOR_AGENTS['San Diego'].length; i++) {
      const fy = SECTOR_FIRST_YEAR + i;
      const sum = Object.values(SECTOR_AGENTS).reduce((a, counts) => a + counts[i], 0);
      const gap = inputValue('sw_agents', fy)! - sum;
      if (fy < 2010) expect(gap, `FY${fy}`).toBe(0);
      else expect(gap, `FY${fy}`).toBeGreaterThan(0);
    }
  });

  it('the remote-sector share is a share and rises after the Arizona shift', () => {
    expect(remoteAgentShare(1996)).toBeLessThan(remoteAgentShare(2005));
    expect(remoteAgentShare(2003)).toBeGreaterThan(0.25);
    expect(remoteAgentShare(2003)).toBeLessThan(0.4);
  });

  it('every change names a series that can be compared, and every series has a source and observations', () => {
    for (const series of EVIDENCE) {
      expect(series.source.length, series.id).toBeGreaterThan(10);
      expect(series.observations.length, series.id).toBeGreaterThan(0);
      for (const o of series.observations) expect(o.value !== undefined || o.low !== undefined || o.high !== undefined, series.id).toBe(true);
    }
    for (const change of EVIDENCE_CHANGES) expect(findEvidence(change.series).model, change.id).toBeDefined();
  });

  it('Wilson intervals contain the share and stay inside [0, 1]', () => {
    const [low, high] = wilsonInterval(1, 18);
    expect(high).toBe(1);
    expect(low).toBeGreaterThan(0.7);
    const [l2, h2] = wilsonInterval(0.5, 100);
    expect(l2).toBeLessThan(0.5);
    expect(h2).toBeGreaterThan(0.5);
  });
});

describe('the history replay', () => {
  it('is the scenario generated from the evidence (scenarios/ holds exactly that file)', () => {
    expect(readFileSync(`scenarios/${HISTORY_NAME}.json`, 'utf8')).toBe(historyScenarioText());
    expect(findScenario(HISTORY_NAME)).toBeDefined();
  });

  it('sets the agents of each fiscal year from the staffing series', () => {
    const scenario = JSON.parse(historyScenarioText());
    const fy2008 = scenario.timeline.find((e: { at: string }) => e.at === '2007-10');
    expect(fy2008.set['border.agents']).toBe(Math.round((13297 + 15442) / 2));
  });
});

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
    expect(rows.filter((r) => r.series === 'unauthorized_stock' && r.kind === 'level').every((r) => r.verdict === 'not comparable')).toBe(true);
    const capped = rows.filter((r) => r.series === 'us_prosecutions' && r.kind === 'level');
    expect(capped.length).toBeGreaterThan(0);
    expect(capped.every((r) => r.verdict === 'input-bound')).toBe(true);
  });
});

describe('the evidence overlay', () => {
  it('places fiscal years a quarter before the calendar year and labels each point with its grade', () => {
    const [apprehensions] = evidenceOverlay('apprehensions');
    const fy2000 = apprehensions.points.find((p) => p.label.startsWith('FY2000'))!;
    expect(fy2000.x).toBe(1999.75);
    expect(fy2000.y).toBe(1643679);
    expect(fy2000.label).toContain('grade A');
  });

  it('draws ranges at their middle and leaves out series whose levels do not compare', () => {
    const fee = evidenceOverlay('smuggling_fee_mean_usd')[0];
    const early = fee.points.find((p) => p.low === 600)!;
    expect(early.y).toBe(800);
    expect(evidenceOverlay('unauthorized_population')).toEqual([]);
    expect(evidenceOverlay('kidnappings')).toEqual([]);
  });
});
