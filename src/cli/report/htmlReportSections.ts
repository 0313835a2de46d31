// What the HTML report shows for each kind of experiment directory: sections of tables (HTML text)
// and charts (Chart.js configurations as JSON), built from the directory's files. Colours, number
// formats and chart conventions are the pages' (src/presentation), so a report reads like the simulator.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findMetric, HEADLINE_METRICS, METRIC_NAMES } from '../../sim/metrics';
import { POLICY_WINDOW, WHOLE_RUN } from '../../sim/experiment/summary';
import { ScenarioError } from '../../sim/scenario';
import { OKABE_ITO, SERIES_COLOURS, withAlpha } from '../../presentation/palette';
import { formatDifference, formatInUnit } from '../../presentation/format';
import { unlistedLabel } from '../../presentation/chartStyle';
import { betaMeanInterval, gammaMeanInterval } from '../../sim/experiment/gammaInterval';
import { readCsv, type Row } from './reportCsv';
import type { ReportChart } from './htmlReportPage';
import type { HistoryFile } from '../run/historyFiles';
import type { CalibrationFile } from '../run/calibrationFiles';

/** One part of the report: a heading, an explanation, tables and charts. */
export interface ReportSection {
  title: string;
  intro: string;
  tables: string[];
  charts: (ReportChart & { title: string; note?: string })[];
}

/** Escapes text for HTML. */
export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const num = (cell: string | number | null | undefined): number | null => {
  if (cell === null || cell === undefined || cell === '') return null;
  const v = Number(cell);
  return Number.isFinite(v) ? v : null;
};
const show = (value: number | null, unit = ''): string => (value === null ? '-' : formatInUnit(value, unit));

/** An HTML table; cells are escaped unless given as { html }. It scrolls sideways in its own box on a narrow screen (tabindex: by keyboard too). */
export function htmlTable(header: string[], rows: (string | { html: string })[][], caption?: string): string {
  const cell = (c: string | { html: string }) => (typeof c === 'string' ? esc(c) : c.html);
  return (
    `<table tabindex="0">${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  );
}

/** A table of named values (e.g. the provenance): each row's name is its header cell, no empty header row above. */
export function keyValueTable(rows: [string, string][], caption: string): string {
  return `<table class="key-values" tabindex="0"><caption>${esc(caption)}</caption><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`;
}

function readText(dir: string, name: string): string {
  const file = join(dir, name);
  if (!existsSync(file)) throw new ScenarioError(`report: ${dir} has no ${name}: expected the files its experiment command writes`);
  return readFileSync(file, 'utf8');
}

/** A JSON file of the directory; a ScenarioError naming it when it does not parse. */
export function readJson<T>(dir: string, name: string): T {
  try {
    return JSON.parse(readText(dir, name)) as T;
  } catch (err) {
    if (err instanceof ScenarioError) throw err;
    throw new ScenarioError(`report: ${join(dir, name)} is not valid JSON (${(err as Error).message})`);
  }
}

const SUMMARY_COLUMNS = ['metric', 'period', 'n', 'mean', 'sd', 'p5', 'p95'];
const COMPARISON_COLUMNS = [
  'scenario',
  'metric',
  'period',
  'mean_baseline',
  'mean',
  'mean_diff',
  'paired_ci_low',
  'paired_ci_high',
  'unpaired_ci_low',
  'unpaired_ci_high',
  'variance_reduction',
];
const MORRIS_COLUMNS = ['metric', 'rank', 'parameter', 'mu', 'mu_star', 'sigma'];

/** The 95% interval of a summary row's mean: every outcome is non-negative, so a gamma interval, and a beta one for a share (see INTERVAL_NOTE). */
function meanInterval(r: Row): { low: number | null; high: number | null } {
  const mean = num(r.mean);
  const sd = num(r.sd);
  const n = num(r.n);
  if (mean === null || sd === null || n === null) return { low: null, high: null };
  const { low, high } = (metricUnit(r.metric) === 'share' ? betaMeanInterval : gammaMeanInterval)(mean, sd, n);
  return { low: num(low), high: num(high) };
}

/** How the report's intervals of a mean are made, said once wherever one is shown. */
export const INTERVAL_NOTE =
  "The 95% interval of a mean is a gamma interval (Fay & Feuer 1997): the gamma distribution with the replicates' mean and the variance of the mean, " +
  'widened by (t/z)\u00b2 so that far from zero it equals the t interval. Every outcome here is a count, a price, a share or a rate, never below zero, ' +
  "and so is the interval: for a small count it is longer above the mean than below, as a symmetric t interval (summary.csv's ci_low and ci_high) is not. " +
  'A share gets the beta interval made the same way, so it stays between 0% and 100%.';

let chartCount = 0;
const chartId = () => `chart-${++chartCount}`;

const yearAxis = (title = 'year') => ({ type: 'linear', isYear: true, title: { display: true, text: title }, ticks: { stepSize: 1 } });
const valueAxis = (title: string) => ({ type: 'linear', beginAtZero: true, title: { display: true, text: title } });
const lineOptions = (xTitle: string, yTitle: string) => ({
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  parsing: false,
  spanGaps: false,
  elements: { point: { radius: 2 }, line: { borderWidth: 2, tension: 0 } },
  scales: { x: yearAxis(xTitle), y: valueAxis(yTitle) },
});

/** How each arm's line is drawn besides its colour: a dash and a marker of its own, the first arm widest
 *  and drawn underneath, so a policy whose values equal the baseline's still shows on top of it (and in print). */
const ARM_STYLES = [
  { borderDash: [], pointStyle: 'circle', borderWidth: 4.5, pointRadius: 3 },
  { borderDash: [8, 4], pointStyle: 'triangle', borderWidth: 2, pointRadius: 4 },
  { borderDash: [2, 3], pointStyle: 'rect', borderWidth: 2, pointRadius: 3.5 },
  { borderDash: [12, 3, 3, 3], pointStyle: 'rectRot', borderWidth: 2, pointRadius: 4 },
] as const;

/** A mean line with a shaded band (its edges hidden from the legend); band edges are drawn in the arm's
 *  colour and dash so overlapping bands stay apart where their fills blend. */
function bandDatasets(
  label: string,
  colour: string,
  arm: number,
  x: number[],
  mean: (number | null)[],
  low: (number | null)[],
  high: (number | null)[],
): Record<string, unknown>[] {
  const style = ARM_STYLES[arm % ARM_STYLES.length];
  const order = -arm;
  const edge = {
    borderWidth: 1,
    pointRadius: 0,
    borderDash: style.borderDash.length ? style.borderDash : [4, 3],
    borderColor: withAlpha(colour, 0.85),
    backgroundColor: withAlpha(colour, 0.12),
    order,
  };
  return [
    { ...edge, label: unlistedLabel(`${label} high`), data: x.map((xi, i) => ({ x: xi, y: high[i] })), fill: '+1' },
    { ...edge, label: unlistedLabel(`${label} low`), data: x.map((xi, i) => ({ x: xi, y: low[i] })), fill: false },
    {
      ...style,
      borderDash: [...style.borderDash],
      label,
      data: x.map((xi, i) => ({ x: xi, y: mean[i] })),
      borderColor: colour,
      backgroundColor: colour,
      fill: false,
      order,
    },
  ];
}

function lineChart(
  title: string,
  unit: string,
  xTitle: string,
  datasets: Record<string, unknown>[],
  note?: string,
): ReportSection['charts'][number] {
  return { id: chartId(), title, note, unit, config: { type: 'line', data: { datasets }, options: lineOptions(xTitle, unit) } };
}

const metricUnit = (metric: string) => findMetric(metric)?.unit ?? '';
const metricLabel = (metric: string) => findMetric(metric)?.label ?? metric;
const REPORT_METRICS = [...new Set([...HEADLINE_METRICS, 'attempts', 'apprehensions', 'entries', 'unauthorized_population'])].filter((m) =>
  METRIC_NAMES.includes(m as never),
);

/** Yearly mean with its 95% CI per arm, one chart per metric (batch, compare, history). */
/** The calendar years a run covers in full, from its start month ('YYYY-MM') and length in years. */
export function wholeCalendarYears(start: string, years: number): Set<string> {
  const [year, month] = start.split('-').map(Number);
  const first = month === 1 ? year : year + 1;
  const endMonth = year * 12 + (month - 1) + years * 12; // first month after the run, counted from year 0
  return new Set(Array.from({ length: Math.max(0, Math.floor(endMonth / 12) - first) }, (_, i) => String(first + i)));
}

function yearlyCharts(summary: Row[], armKey: string | null, whole?: Set<string>): ReportSection {
  const arms = armKey ? [...new Set(summary.map((r) => r[armKey]))] : [''];
  const charts = REPORT_METRICS.map((metric) => {
    const datasets = arms.flatMap((arm, a) => {
      // A partial first or last year would draw as a dip (its flows sum fewer months): whole years only.
      const rows = summary.filter(
        (r) => r.metric === metric && /^\d{4}$/.test(r.period) && (!whole || whole.has(r.period)) && (!armKey || r[armKey] === arm),
      );
      const x = rows.map((r) => Number(r.period));
      const intervals = rows.map(meanInterval);
      return bandDatasets(
        armKey ? arm : 'mean',
        SERIES_COLOURS[a % SERIES_COLOURS.length],
        a,
        x,
        rows.map((r) => num(r.mean)),
        intervals.map((i) => i.low),
        intervals.map((i) => i.high),
      );
    });
    return lineChart(metricLabel(metric), metricUnit(metric), 'year', datasets);
  });
  return {
    title: 'Outcomes by year',
    intro: `Mean over replicates per calendar year${whole ? ' (whole calendar years of the run only)' : ''}; the shaded band, outlined in the line's colour and dash, is the 95% interval of the mean. Flows are yearly sums, stocks year-end values, prices and shares yearly means. ${INTERVAL_NOTE}`,
    tables: [],
    charts,
  };
}

/** Headline outcomes per arm over one period (the whole run unless told). */
function wholeRunTable(summary: Row[], armKey: string | null, period = WHOLE_RUN, label = 'whole run'): string {
  const rows = summary.filter((r) => r.period === period && (HEADLINE_METRICS as readonly string[]).includes(r.metric));
  return htmlTable(
    [...(armKey ? [armKey] : []), `outcome (${label})`, 'n', 'mean', '95% interval of the mean (gamma)', '5th-95th percentile'],
    rows.map((r) => {
      const unit = metricUnit(r.metric);
      const { low, high } = meanInterval(r);
      return [
        ...(armKey ? [r[armKey]] : []),
        metricLabel(r.metric),
        r.n,
        show(num(r.mean), unit),
        `${show(low, unit)} to ${show(high, unit)}`,
        `${show(num(r.p5), unit)} to ${show(num(r.p95), unit)}`,
      ];
    }),
  );
}

export function batchSections(dir: string, run?: { start: string; years: number }): ReportSection[] {
  const summary = readCsv(dir, 'summary.csv', SUMMARY_COLUMNS);
  const yearly = yearlyCharts(summary, null, run ? wholeCalendarYears(run.start, run.years) : undefined);
  return [
    {
      title: 'Headline outcomes',
      intro: `Whole run, across replicates. ${INTERVAL_NOTE}`,
      tables: [wholeRunTable(summary, null)],
      charts: [],
    },
    yearly,
  ];
}

/** A comparison's totals: from the policies' start when the files have that window (older ones: the whole run). */
function comparisonPeriod(rows: Row[]): { period: string; label: string } {
  const policy = rows.find((r) => r.period === POLICY_WINDOW);
  return policy
    ? { period: POLICY_WINDOW, label: `${policy.window_start} to ${policy.window_end}, from the policies' start` }
    : { period: WHOLE_RUN, label: 'whole run' };
}

export function compareSections(dir: string): ReportSection[] {
  const summary = readCsv(dir, 'summary.csv', SUMMARY_COLUMNS);
  const all = readCsv(dir, 'comparison.csv', COMPARISON_COLUMNS);
  const { period, label } = comparisonPeriod(all);
  const comparison = all.filter((r) => r.period === period && (HEADLINE_METRICS as readonly string[]).includes(r.metric));
  const interval = (low: string, high: string, unit: string) =>
    `${formatDifference(num(low) ?? NaN, unit)} to ${formatDifference(num(high) ?? NaN, unit)}`;
  const paired = htmlTable(
    [
      'scenario',
      `outcome (${label})`,
      'baseline mean',
      'scenario mean',
      'difference',
      'paired 95% CI',
      'unpaired 95% CI',
      'variance reduction by pairing*',
    ],
    comparison.map((r) => {
      const unit = metricUnit(r.metric);
      const excludesZero = (num(r.paired_ci_low) ?? 0) > 0 || (num(r.paired_ci_high) ?? 0) < 0;
      const difference = esc(formatDifference(num(r.mean_diff) ?? NaN, unit));
      return [
        r.scenario,
        metricLabel(r.metric),
        show(num(r.mean_baseline), unit),
        show(num(r.mean), unit),
        { html: excludesZero ? `<strong>${difference}</strong>` : difference },
        interval(r.paired_ci_low, r.paired_ci_high, unit),
        interval(r.unpaired_ci_low, r.unpaired_ci_high, unit),
        varianceReduction(num(r.variance_reduction)),
      ];
    }),
  );
  return [
    {
      title: 'Paired differences',
      intro: `Each replicate runs every scenario on the same seed (common random numbers). Differences are scenario minus the first scenario over ${label}, shares in percentage points (pts); bold where the paired 95% CI excludes zero. Differences may be negative, so their intervals are the paired and unpaired t intervals.`,
      tables: [paired, VARIANCE_REDUCTION_NOTE],
      charts: [],
    },
    {
      title: 'Headline outcomes',
      intro: `${label[0].toUpperCase()}${label.slice(1)}, across replicates. ${INTERVAL_NOTE}`,
      tables: [wholeRunTable(summary, 'scenario', period, label)],
      charts: [],
    },
    yearlyCharts(summary, 'scenario'),
  ];
}

/** What the variance reduction column means, under the table. */
const VARIANCE_REDUCTION_NOTE =
  '<p class="note" id="variance-reduction">* Variance reduction by pairing = 1 &minus; var(paired difference) / var(unpaired difference): ' +
  "the share of the difference's sampling variance removed by running both scenarios on the same seeds. Near 100%: the seeds' luck cancels and the paired interval is much " +
  "narrower than the unpaired one. Negative (e.g. &minus;65%): on these seeds the two scenarios' outcomes moved in opposite directions, so pairing made the difference noisier; " +
  'the paired interval is still valid, and wider than the unpaired one. With few replicates the figure itself is noisy.</p>';

/** The variance reduction as a percentage, saying so when pairing added noise. */
function varianceReduction(value: number | null): string {
  if (value === null) return '-';
  const percent = `${Math.round(value * 100)}%`.replace('-', '\u2212');
  return value < 0 ? `${percent} (pairing added noise)` : percent;
}

export function sweepSections(dir: string, factors: { path: string }[]): ReportSection[] {
  const summary = readCsv(dir, 'summary.csv', SUMMARY_COLUMNS).filter((r) => r.period === WHOLE_RUN);
  const charts = factors.slice(0, 3).flatMap((factor, f) =>
    HEADLINE_METRICS.map((metric) => {
      const rows = summary.filter((r) => r.metric === metric).sort((a, b) => Number(a[factor.path]) - Number(b[factor.path]));
      const data = rows.map((r) => ({ x: Number(r[factor.path]), y: num(r.mean), yMin: meanInterval(r).low, yMax: meanInterval(r).high }));
      const colour = SERIES_COLOURS[f % SERIES_COLOURS.length];
      const chart = lineChart(`${metricLabel(metric)} against ${factor.path}`, metricUnit(metric), factor.path, [
        {
          label: `mean over replicates (95% CI)`,
          data,
          borderColor: colour,
          backgroundColor: colour,
          showLine: factors.length === 1,
          errorBars: true,
          pointRadius: 3,
        },
      ]);
      (chart.config.options.scales as Record<string, unknown>).x = { type: 'linear', title: { display: true, text: factor.path } };
      return chart;
    }),
  );
  return [
    {
      title: 'Response curves',
      intro: `Whole-run mean at each design point against each varied parameter, with the 95% interval of the mean. With several varied parameters, each point also differs in the others (points are not joined). ${INTERVAL_NOTE}`,
      tables: [],
      charts,
    },
  ];
}

export function sensitivitySections(dir: string): ReportSection[] {
  const morris = readCsv(dir, 'morris.csv', MORRIS_COLUMNS);
  const charts = HEADLINE_METRICS.map((metric, m) => {
    const rows = morris.filter((r) => r.metric === metric);
    const colour = SERIES_COLOURS[m % SERIES_COLOURS.length];
    const chart = lineChart(
      `${metricLabel(metric)}: Morris mu* and sigma`,
      metricUnit(metric),
      'mu* (mean |elementary effect| per full range)',
      [
        {
          label: 'parameters',
          data: rows.map((r) => ({ x: num(r.mu_star), y: num(r.sigma), label: r.parameter })),
          borderColor: colour,
          backgroundColor: colour,
          showLine: false,
          pointRadius: 4,
          pointLabels: true,
        },
      ],
    );
    chart.config.type = 'scatter';
    // Grace leaves room for the parameter names written to the right of the points.
    chart.config.options.scales = {
      x: { ...valueAxis('mu* (mean |elementary effect| per full range)'), grace: '25%' },
      y: { ...valueAxis('sigma (sd of the effects)'), grace: '10%' },
    };
    return chart;
  });
  const first = morris.filter((r) => r.metric === HEADLINE_METRICS[0]);
  return [
    {
      title: 'Morris screening',
      intro:
        'Each point is a parameter: far right = influential (mu*), high = non-linear or interacting (sigma). Effects are per full parameter range, so parameters compare directly.',
      tables: [
        htmlTable(
          ['rank', 'parameter', 'mu*', 'mu', 'sigma'],
          first.map((r) => [r.rank, r.parameter, show(num(r.mu_star)), show(num(r.mu)), show(num(r.sigma))]),
          `Ranking on ${metricLabel(HEADLINE_METRICS[0])}`,
        ),
      ],
      charts,
    },
  ];
}

const GRADE_NOTE =
  'Grades: A primary official table; B official report or peer-reviewed paper; C press or secondary summary; D arithmetic on A/B figures; U unverified (never scored).';

export function historySections(dir: string): ReportSection[] {
  const file = readJson<HistoryFile>(dir, 'evidence.json');
  const scored = file.comparisons.filter((r) => r.verdict === 'hit' || r.verdict === 'miss');
  const outOfSample = scored.filter((r) => r.window === 'out-of-sample');
  const hits = (rows: typeof scored) => rows.filter((r) => r.verdict === 'hit').length;
  const charts = file.charts.map((c, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
    const evidence = c.observations.map((o) => ({
      x: (o.from + o.to) / 2,
      y: o.value ?? (o.low !== undefined && o.high !== undefined ? (o.low + o.high) / 2 : (o.low ?? o.high ?? null)),
      yMin: o.low ?? null,
      yMax: o.high ?? null,
      label: `evidence ${o.from === o.to ? o.from : `${o.from}-${o.to}`} (grade ${c.grade}): ${o.value ?? `${o.low ?? ''}-${o.high ?? ''}`}`,
    }));
    const datasets = [
      ...bandDatasets('model (mean, 90% of runs)', colour, 0, c.years, c.mean, c.low, c.high),
      {
        label: `evidence, grade ${c.grade}`,
        data: evidence,
        borderColor: OKABE_ITO.black,
        backgroundColor: OKABE_ITO.black,
        showLine: false,
        pointRadius: 4,
        pointStyle: 'rectRot',
        errorBars: true,
      },
    ];
    return lineChart(
      `${c.label} (${c.basis === 'fiscal' ? 'fiscal years' : 'calendar years'})`,
      c.unit === 'share' || c.unit === 'USD' ? c.unit : '',
      c.basis === 'fiscal' ? 'fiscal year' : 'year',
      datasets,
      `${c.levelsComparable ? '' : 'Levels not comparable (the source covers other people); only changes are scored. '}Source: ${c.source}`,
    );
  });
  const scoreTable = htmlTable(
    ['series or change between periods', 'grade', 'hits / scored', 'misses'],
    file.scores.map((s) => [s.label, s.grade, `${s.hits} / ${s.scored}`, s.misses.join(', ') || '-']),
  );
  const all = htmlTable(
    ['comparison', 'period', 'grade', 'evidence', 'model mean (5th-95th pct.)', 'verdict', 'window', 'caveat'],
    file.comparisons
      .filter((r) => r.verdict !== 'input')
      .map((r) => {
        const evidence =
          r.evidenceLow !== null || r.evidenceHigh !== null ? `${show(r.evidenceLow)} to ${show(r.evidenceHigh)}` : show(r.evidenceValue);
        return [
          r.label,
          r.period,
          r.grade,
          evidence,
          `${show(r.modelMean)} (${show(r.modelP5)} to ${show(r.modelP95)})`,
          {
            html: `<span class="verdict-${esc(r.verdict.replace(/ /g, '-'))}">${esc(r.verdict)}${r.direction ? ` (${esc(r.direction)})` : ''}</span>`,
          },
          r.window,
          r.caveat,
        ];
      }),
  );
  return [
    {
      title: 'Validation against the evidence',
      intro: `${hits(scored)} of ${scored.length} scored comparisons inside the evidence's band; out of sample (no year in the 2003-2005 calibration window): ${hits(outOfSample)} of ${outOfSample.length}. A hit means the mean over replicates lies inside the evidence's range, or within the declared tolerance of its value. ${GRADE_NOTE}`,
      tables: [scoreTable],
      charts: [],
    },
    {
      title: 'Series against the model',
      intro:
        'Model: mean over replicates by year with the 5th-95th percentile band across runs. Evidence: diamonds with ranges as error bars, at the middle of the period they describe.',
      tables: [],
      charts,
    },
    {
      title: 'Every comparison',
      intro: 'All comparisons except the inputs (inputs drive the replay and are never scored). Nothing is left out.',
      tables: [all],
      charts: [],
    },
  ];
}

/** Histogram of a parameter's accepted values (weighted by their importance weights) against its uniform prior. */
function posteriorChart(p: CalibrationFile['posterior'][number], colour: string): ReportSection['charts'][number] {
  const bins = 10;
  const width = (p.priorHigh - p.priorLow) / bins;
  const weights = p.weights ?? p.values.map(() => 1 / Math.max(1, p.values.length));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const shares = Array.from(
    { length: bins },
    (_, b) =>
      p.values.reduce((a, v, i) => a + (Math.min(bins - 1, Math.floor((v - p.priorLow) / width)) === b ? weights[i] : 0), 0) / total,
  );
  const data = shares.flatMap((y, b) => [
    { x: p.priorLow + b * width, y },
    { x: p.priorLow + (b + 1) * width, y },
  ]);
  const chart = lineChart(
    `Posterior of ${p.parameter}`,
    'share',
    p.parameter,
    [
      {
        label: 'accepted points (weighted share per bin)',
        data,
        borderColor: colour,
        backgroundColor: withAlpha(colour, 0.4),
        fill: 'origin',
        pointRadius: 0,
      },
      {
        label: 'uniform prior',
        data: [
          { x: p.priorLow, y: 1 / bins },
          { x: p.priorHigh, y: 1 / bins },
        ],
        borderColor: OKABE_ITO.grey,
        borderDash: [6, 3],
        pointRadius: 0,
        fill: false,
      },
    ],
    `${p.identification}: posterior sd / prior sd = ${show(p.sdRatio)}; median ${show(p.p50)}, 90% interval ${show(p.p5)} to ${show(p.p95)}`,
  );
  chart.config.options.scales = {
    x: { type: 'linear', min: p.priorLow, max: p.priorHigh, offset: false, title: { display: true, text: p.parameter } },
    y: valueAxis('share of accepted points'),
  };
  return chart;
}

/** SMC only: the rounds, the tolerance by round, the correlations and the check of defaults against the estimate. */
function smcParts(file: CalibrationFile): { tables: string[]; charts: ReportSection['charts'] } {
  if (!file.rounds || !file.check || !file.correlations) return { tables: [], charts: [] };
  const rounds = htmlTable(
    ['round', 'points', 'runs', 'tolerance (distance)', 'accepted', 'effective sample size', 'closest point'],
    file.rounds.map((r) => [
      String(r.round),
      String(r.samples),
      String(r.runs),
      show(r.epsilon),
      String(r.accepted),
      show(r.ess),
      show(r.bestDistance),
    ]),
    'Rounds of the sequential Monte Carlo',
  );
  const names = file.posterior.map((p) => p.parameter);
  // Columns numbered, rows named: eight parameter names side by side do not fit a page.
  const correlations = htmlTable(
    ['parameter', ...names.map((_, j) => `(${j + 1})`)],
    file.correlations.map((row, i) => [`(${i + 1}) ${names[i]}`, ...row.map((c, j) => (i === j ? '1' : show(c)))]),
    'Correlations of the parameters in the final population (weighted)',
  );
  const arms = file.check.arms;
  const check = htmlTable(
    ['target', 'range', ...arms.map((a) => `${a.label}: mean (5th-95th pct.)`), ...arms.map((a) => `${a.label}: verdict`)],
    arms[0].targets.map((t, i) => [
      t.quantity,
      Number.isFinite(t.low) ? `${show(t.low)} to ${show(t.high)}` : '-',
      ...arms.map((a) => `${show(a.targets[i].mean)} (${show(a.targets[i].p5)} to ${show(a.targets[i].p95)})`),
      ...arms.map((a) => a.targets[i].verdict),
    ]),
    `Check on ${file.check.replicates} seeds the rounds never used: distance ${arms.map((a) => `${a.label} ${show(a.distance)}`).join(', ')}`,
  );
  const tolerance = lineChart('Tolerance by round', '', 'round', [
    {
      label: 'tolerance (distance of the last accepted point)',
      data: file.rounds.map((r) => ({ x: r.round, y: r.epsilon })),
      borderColor: SERIES_COLOURS[0],
      backgroundColor: SERIES_COLOURS[0],
      pointRadius: 4,
    },
    {
      label: 'closest point',
      data: file.rounds.map((r) => ({ x: r.round, y: r.bestDistance })),
      borderColor: SERIES_COLOURS[1],
      backgroundColor: SERIES_COLOURS[1],
      pointRadius: 4,
    },
  ]);
  tolerance.config.options.scales = {
    x: { type: 'linear', title: { display: true, text: 'round' }, ticks: { stepSize: 1 } },
    y: valueAxis('distance (range widths)'),
  };
  return { tables: [rounds, check, correlations], charts: [tolerance] };
}

export function calibrationSections(dir: string): ReportSection[] {
  const file = readJson<CalibrationFile>(dir, 'calibration.json');
  const charts = file.posterior.map((p, i) => posteriorChart(p, SERIES_COLOURS[i % SERIES_COLOURS.length]));
  const sorted = [...file.distances].sort((a, b) => a - b);
  const distanceChart = lineChart(
    `Distance to the targets, all points${file.rounds ? ' of the last round' : ''} (sorted)`,
    '',
    'point rank',
    [
      {
        label: 'distance (range widths)',
        data: sorted.map((d, i) => ({ x: i + 1, y: Number.isFinite(d) ? d : null })),
        borderColor: SERIES_COLOURS[0],
        backgroundColor: SERIES_COLOURS[0],
        pointRadius: 2,
      },
      {
        label: `acceptance threshold ${show(file.epsilon)}`,
        data: [
          { x: 1, y: file.epsilon },
          { x: sorted.length, y: file.epsilon },
        ],
        borderColor: OKABE_ITO.vermillion,
        borderDash: [6, 3],
        pointRadius: 0,
      },
    ],
  );
  distanceChart.config.options.scales = { x: { type: 'linear', title: { display: true, text: 'point rank' } }, y: valueAxis('distance') };
  const posterior = htmlTable(
    ['parameter', 'prior', 'posterior median', '5th-95th pct. (90% interval)', 'best point', 'sd / prior sd', 'identification'],
    file.posterior.map((p) => [
      p.parameter,
      `${show(p.priorLow)} to ${show(p.priorHigh)}`,
      show(p.p50),
      `${show(p.p5)} to ${show(p.p95)}`,
      show(p.best),
      show(p.sdRatio),
      p.identification,
    ]),
  );
  const fit = htmlTable(
    ['target', 'range', 'best point', 'accepted 5th-95th pct.', 'accepted inside', 'all points (prior) mean', 'verdict', 'source'],
    file.fit.map((r) => [
      r.quantity,
      r.low === null ? '-' : `${show(r.low)} to ${show(r.high)}`,
      show(r.best),
      `${show(r.acceptedP5)} to ${show(r.acceptedP95)}`,
      r.role === 'scored' ? `${Math.round(r.acceptedInside * 100)}%` : '-',
      show(r.priorMean),
      r.verdict,
      r.source,
    ]),
  );
  const smc = smcParts(file);
  const intro = file.rounds
    ? `${file.method}. ${file.rounds.map((r) => `Round ${r.round}: ${r.samples} points x ${file.replicates} replicates, ${r.accepted} accepted (tolerance ${show(r.epsilon)})`).join('; ')}. Inputs, input-bound quantities and reference rows are shown but never scored.`
    : `${file.samples} Latin hypercube points from uniform priors x ${file.replicates} replicates; the ${file.accepted} closest (${Math.round(file.accept * 100)}%, distance <= ${show(file.epsilon)}) are the posterior sample. ${file.method}. Inputs, input-bound quantities and reference rows are shown but never scored.`;
  return [
    {
      title: file.rounds ? 'Calibration (ABC-SMC)' : 'Calibration (ABC rejection)',
      intro,
      tables: [posterior, ...smc.tables, fit],
      charts: [...charts, ...smc.charts, distanceChart],
    },
  ];
}
