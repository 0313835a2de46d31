// Readable terminal tables of experiment results: a batch's headline outcomes with intervals, a
// paired comparison against the first scenario, and the Morris ranking of parameters.
import { findMetric, HEADLINE_METRICS, type MetricName } from '../sim/metrics';
import { armSample, WHOLE_RUN, type RunOutcome } from '../sim/experiment/summary';
import { summarize } from '../sim/experiment/stats';
import type { ComparisonRow } from '../sim/experiment/comparison';
import type { ExperimentPlan } from '../sim/experiment/plan';
import type { MorrisEffect } from '../sim/experiment/morris';
import { readable, table } from './format';

const SHORT_LABELS: Partial<Record<MetricName, string>> = {
  victims_new_total: 'victims',
  victims_detected: 'detected',
  deaths: 'deaths',
  victims_deported_unidentified: 'deported unid.',
  convictions_us: 'conv. U.S.',
  convictions_mexico: 'conv. Mexico',
  smuggler_use_share: 'smuggler',
  smuggling_fee_mean_usd: 'fee USD',
};

function show(value: number, metric: MetricName): string {
  return Number.isFinite(value) ? readable(value, findMetric(metric)!.unit) : '-';
}

function interval(low: number, high: number, metric: MetricName): string {
  return Number.isFinite(low) ? `${show(low, metric)} to ${show(high, metric)}` : '-';
}

function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '-';
}

/** Whole-run headline outcomes of arm 0: mean, 95% CI and the 5th to 95th percentile range. */
export function batchTable(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): string {
  const period = outcomes[0].periods.indexOf(WHOLE_RUN);
  const rows = HEADLINE_METRICS.map((metric) => {
    const s = summarize(armSample(plan, outcomes, 0, metric, period));
    return [findMetric(metric)!.label, show(s.mean, metric), interval(s.ciLow, s.ciHigh, metric), interval(s.p5, s.p95, metric)];
  });
  return table(['whole run', 'mean', '95% CI of mean', '5th to 95th percentile'], rows);
}

/** Headline differences of each scenario from the first over one period (`policy` or `all`), paired and unpaired;
 *  `window` names the period's months in the header. */
export function comparisonTable(rows: readonly ComparisonRow[], period: string, window: string): string {
  const wanted = rows
    .filter((r) => r.period === period && HEADLINE_METRICS.includes(r.metric))
    .sort((a, b) => HEADLINE_METRICS.indexOf(a.metric) - HEADLINE_METRICS.indexOf(b.metric));
  return table(
    ['scenario', window, 'baseline', 'scenario mean', 'difference', 'paired 95% CI', 'unpaired 95% CI', 'var. reduction'],
    wanted.map((r) => [
      r.scenario,
      findMetric(r.metric)!.label,
      show(r.meanBase, r.metric),
      show(r.meanOther, r.metric),
      show(r.meanDiff, r.metric),
      interval(r.pairedLow, r.pairedHigh, r.metric),
      interval(r.unpairedLow, r.unpairedHigh, r.metric),
      percent(r.varianceReduction),
    ]),
  );
}

/** Parameters ranked by mu* on the first headline metric, with mu* of every headline metric. */
export function morrisTable(results: readonly { metric: MetricName; effects: (MorrisEffect & { rank: number })[] }[]): string {
  const headline = HEADLINE_METRICS.map((m) => results.find((r) => r.metric === m)!);
  const order = headline[0].effects.map((e) => e.factor);
  const rows = order.map((factor, i) => [
    String(i + 1),
    factor,
    ...headline.map((r) => show(r.effects.find((e) => e.factor === factor)!.muStar, r.metric)),
  ]);
  return table(['rank', 'parameter', ...headline.map((r) => `mu* ${SHORT_LABELS[r.metric] ?? r.metric}`)], rows);
}
