// Summary and comparison tables on hand-made outcomes: the right replicates feed the right rows.
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, type MetricName } from '../../../src/sim/metrics';
import { findScenario } from '../../../src/sim/library';
import { comparePlan } from '../../../src/sim/experiment/experiments';
import { compareArms, comparisonCsv } from '../../../src/sim/experiment/comparison';
import { summaryCsv, type RunOutcome } from '../../../src/sim/experiment/summary';

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
    expect(comparisonCsv([row]).split('\n')[1]).toMatch(/^border-surge,baseline-2003,deaths,all,3,2,3,1,-1\.48414,3\.48414,-1\.26696,3\.26696,0\.5$/);
  });

  it('summarises each scenario separately, with empty cells for undefined statistics', () => {
    const lines = summaryCsv(plan, outcomes).trim().split('\n');
    expect(lines[0]).toBe('scenario,metric,period,n,mean,sd,ci_low,ci_high,p5,p50,p95');
    expect(lines).toContain('baseline-2003,deaths,all,3,2,1,-0.484138,4.48414,1.1,2,2.9');
    expect(lines).toContain('border-surge,deaths,all,3,3,1,0.515862,5.48414,2.1,3,3.9');
    const single = comparePlan([findScenario('baseline-2003')!, findScenario('border-surge')!], 1, 1);
    expect(summaryCsv(single, [outcome(5), outcome(6)])).toContain('baseline-2003,deaths,all,1,5,,,,5,5,5');
  });
});
