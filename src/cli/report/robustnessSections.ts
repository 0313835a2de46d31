// What the HTML report shows for the robustness experiments: policy effects across posterior draws
// (compare --posterior) and Sobol' indices (sobol), as tables built from their JSON files.
import { findMetric, HEADLINE_METRICS, type MetricName } from '../../sim/metrics';
import type { PosteriorEffect } from '../../sim/experiment/posterior';
import type { SobolMetricResult } from '../../sim/experiment/sobolPlan';
import { formatInUnit } from '../../presentation/format';
import { htmlTable, readJson, type ReportSection } from './htmlReportSections';

const label = (metric: MetricName) => findMetric(metric)?.label ?? metric;
const show = (value: number | null, metric: MetricName) =>
  value === null || !Number.isFinite(value) ? '-' : formatInUnit(value, findMetric(metric)?.unit ?? '');
const share = (value: number | null) => (value === null || !Number.isFinite(value) ? '-' : `${Math.round(value * 100)}%`);
const index = (value: number | null, conf: number | null) =>
  `${value === null || !Number.isFinite(value) ? '-' : value.toFixed(2)} ± ${conf === null || !Number.isFinite(conf) ? '-' : conf.toFixed(2)}`;

/** compare --posterior: each policy's headline effects across the draws, and every outcome in a second table. */
export function posteriorSections(dir: string): ReportSection[] {
  const file = readJson<{ method: string; posterior: string; draws: number; replicates: number; effects: PosteriorEffect[] }>(
    dir,
    'posterior-effects.json',
  );
  const rows = (effects: PosteriorEffect[]) =>
    effects.map((e) => [
      e.scenario,
      label(e.metric),
      e.period,
      show(e.median, e.metric),
      `${show(e.p5, e.metric)} to ${show(e.p95, e.metric)}`,
      share(e.sharePositive),
      share(e.shareNegative),
      share(e.parameterShare),
    ]);
  const header = [
    'scenario',
    'outcome',
    'period',
    'median effect',
    '90% interval',
    'draws with a rise',
    'draws with a fall',
    'spread from parameters',
  ];
  const headline = file.effects.filter((e) => HEADLINE_METRICS.includes(e.metric));
  return [
    {
      title: 'Effects across plausible worlds',
      intro: `${file.draws} parameter sets drawn from the calibration's final population (${file.posterior}), each running every scenario on ${file.replicates} paired seeds of its own. Effects are scenario minus the first scenario; the 90% interval is over every (draw, seed) difference, so it holds parameter and seed uncertainty; "draws with a rise" counts draws whose mean effect is above zero; "spread from parameters" is the between-draw share of the variance (one-way random-effects ANOVA). Period "policy" runs from the policies' start to the end.`,
      tables: [htmlTable(header, rows(headline))],
      charts: [],
    },
    { title: 'Every outcome', intro: file.method, tables: [htmlTable(header, rows(file.effects))], charts: [] },
  ];
}

/** sobol: each metric's first- and total-order indices, ranked by the total-order index. */
export function sobolSections(dir: string): ReportSection[] {
  const file = readJson<{ method: string; output: string; window: { start: string; end: string }; metrics: SobolMetricResult[] }>(
    dir,
    'sobol.json',
  );
  return file.metrics.map((m) => ({
    title: `Sobol' indices: ${label(m.metric)}`,
    intro: `${file.output}, ${file.window.start} to ${file.window.end}; ${m.n} base points. S1: the share of the output's variance a parameter explains alone; ST: with its interactions; ± a 95% bootstrap half-width. ${file.method}.`,
    tables: [
      htmlTable(
        ['rank', 'parameter', 'S1', 'ST'],
        m.indices.map((x) => [String(x.rank), x.parameter, index(x.S1, x.S1_conf), index(x.ST, x.ST_conf)]),
      ),
    ],
    charts: [],
  }));
}
