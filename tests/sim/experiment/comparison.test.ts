// Summary and comparison tables on hand-made outcomes: the right replicates feed the right rows.
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, type MetricName } from '../../../src/sim/metrics';
import { findScenario } from '../../../src/sim/library';
import { comparePlan } from '../../../src/sim/experiment/experiments';
import { compareArms, comparisonCsv, policyStart } from '../../../src/sim/experiment/comparison';
import { planWindow, runOutcome, summaryCsv, type RunOutcome } from '../../../src/sim/experiment/summary';
import { applyOverrides, parseScenario, resolveParams } from '../../../src/sim/scenario';
import { tickDate } from '../../../src/sim/engine/calendar';
import type { RunResult } from '../../../src/sim/run';

/** An outcome whose every metric has the given value in its one year and in the whole run. */
function outcome(deaths: number): RunOutcome {
  const values = Object.fromEntries(METRIC_NAMES.map((m) => [m, [0, 0]])) as Record<MetricName, number[]>;
  values.deaths = [deaths, deaths];
  return { periods: ['2003', 'all'], values };
}

describe('comparison tables', () => {
  const plan = comparePlan([findScenario('baseline-2003')!, findScenario('border-surge')!], 3, 1);
  // Runs are arm-major: baseline replicates 0..2, then border-surge replicates 0..2.
  const outcomes = [1, 2, 3, 2, 4, 3].map(outcome);

  it('pairs replicate r of each scenario', () => {
    const row = compareArms(plan, outcomes).find((r) => r.metric === 'deaths' && r.period === 'all')!;
    expect(row).toMatchObject({ scenario: 'border-surge', baseline: 'baseline-2003', n: 3, meanBase: 2, meanOther: 3, meanDiff: 1 });
    expect(row.pairedHigh - row.meanDiff).toBeCloseTo(2.484138, 5);
    expect(row.varianceReduction).toBeCloseTo(0.5, 12);
    expect(comparisonCsv(plan, [row]).split('\n')[1]).toMatch(
      /^border-surge,baseline-2003,deaths,all,2003-01,2012-12,3,2,3,1,-1\.48414,3\.48414,-1\.26696,3\.26696,0\.5$/,
    );
  });

  it('summarises each scenario separately, with empty cells for undefined statistics', () => {
    const lines = summaryCsv(plan, outcomes).trim().split('\n');
    expect(lines[0]).toBe('scenario,metric,period,window_start,window_end,n,mean,sd,ci_low,ci_high,p5,p50,p95');
    expect(lines).toContain('baseline-2003,deaths,all,2003-01,2012-12,3,2,1,-0.484138,4.48414,1.1,2,2.9');
    expect(lines).toContain('border-surge,deaths,all,2003-01,2012-12,3,3,1,0.515862,5.48414,2.1,3,3.9');
    expect(lines).toContain('border-surge,deaths,2003,2003-01,2003-12,3,3,1,0.515862,5.48414,2.1,3,3.9');
    const single = comparePlan([findScenario('baseline-2003')!, findScenario('border-surge')!], 1, 1);
    expect(summaryCsv(single, [outcome(5), outcome(6)])).toContain('baseline-2003,deaths,all,2003-01,2012-12,1,5,,,,5,5,5');
  });
});

describe("the policies' start", () => {
  const baseline = findScenario('baseline-2003')!;
  const surge = findScenario('border-surge')!;
  const withTimeline = (timeline: { at: string; set: Record<string, number> }[]) =>
    parseScenario({ ...baseline, name: 'custom', timeline });

  it("is the first month any scenario's parameters differ from the first scenario's", () => {
    expect(policyStart([baseline, surge])).toBe('2005-01');
    expect(policyStart([surge, baseline])).toBe('2005-01');
    expect(policyStart([baseline, surge, withTimeline([{ at: '2004-07', set: { 'border.agents': 12000 } }])])).toBe('2004-07');
  });

  it('ignores a timeline entry that sets a parameter to the value it already has', () => {
    const same = withTimeline([
      {
        at: '2004-01',
        set: { 'border.agents': Number(resolveParams(baseline)['border.agents' as keyof ReturnType<typeof resolveParams>]) },
      },
      { at: '2006-03', set: { 'border.agents': 15000 } },
    ]);
    expect(policyStart([baseline, same])).toBe('2006-03');
  });

  it('is the first month when the scenarios differ from the start, or never within the run', () => {
    expect(policyStart([baseline, applyOverrides(surge, { set: { 'corruption.us': 0.5 } })])).toBe('2003-01');
    expect(policyStart([baseline, { ...surge, scale: 20 }])).toBe('2003-01');
    expect(policyStart([applyOverrides(baseline, { years: 2 }), applyOverrides(surge, { years: 2 })])).toBe('2003-01');
  });

  it("starts the comparison's totals, which leave out the months before it", () => {
    const plan = comparePlan([applyOverrides(baseline, { years: 3 }), applyOverrides(surge, { years: 3 })], 2, 1);
    expect(plan.design).toMatchObject({ policyStart: '2005-01', wholeRun: false });
    expect(planWindow(plan)).toEqual({ from: 24, wholeRun: false });
    // Deaths are a count: one death a month gives 12 in the policy window (2005) and 36 over the whole run.
    const dates = Array.from({ length: 36 }, (_, t) => tickDate('2003-01', t));
    const series = Object.fromEntries(METRIC_NAMES.map((m) => [m, dates.map(() => (m === 'deaths' ? 1 : 0))])) as Record<
      MetricName,
      number[]
    >;
    const result: RunResult = { scenario: plan.scenarios[0], seed: 1, version: 'test', dates, series };
    const policyOnly = runOutcome(result, planWindow(plan));
    expect(policyOnly.periods).toEqual(['2003', '2004', '2005', 'policy']);
    expect(policyOnly.values.deaths).toEqual([12, 12, 12, 12]);
    const both = runOutcome(result, { from: 24, wholeRun: true });
    expect(both.periods.slice(3)).toEqual(['policy', 'all']);
    expect(both.values.deaths.slice(3)).toEqual([12, 36]);
    expect(runOutcome(result).periods.slice(3)).toEqual(['all']);
    const outcomes = [
      runOutcome(result, planWindow(plan)),
      runOutcome(result, planWindow(plan)),
      runOutcome(result, planWindow(plan)),
      runOutcome(result, planWindow(plan)),
    ];
    const csv = comparisonCsv(plan, compareArms(plan, outcomes));
    expect(csv).toContain('border-surge,baseline-2003,deaths,policy,2005-01,2005-12,2,12,12,0,');
    expect(csv).toContain('border-surge,baseline-2003,deaths,2004,2004-01,2004-12,2,12,12,0,');
    expect(csv).not.toMatch(/,all,/);
  });
});
