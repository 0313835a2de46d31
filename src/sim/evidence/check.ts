// Compares runs with the evidence: each run's months combined into fiscal or calendar years (whole
// years only), the model's measure per observation and per change between periods, and a verdict
// per comparison (hit, miss, or why it is not scored). Every comparison is returned; none is hidden.
import { findMetric, METRIC_NAMES, type MetricName } from '../metrics';
import { combineMonths } from '../output';
import type { RunResult } from '../run';
import { summarize } from '../experiment/stats';
import { csvCell, csvLine, statCell } from '../experiment/tables';
import {
  CALIBRATION_YEARS,
  EVIDENCE,
  EVIDENCE_CHANGES,
  findEvidence,
  type EvidenceSeries,
  type Grade,
  type ModelMeasure,
  type YearBasis,
} from './series';

/** One run's whole years by basis: year -> metric -> value (by the metric's yearly rule). */
export type YearTable = Map<number, Record<MetricName, number>>;

/** The year a month belongs to: the calendar year, or the fiscal year (October starts the next FY). */
function yearOf(date: string, basis: YearBasis): number {
  const year = Number(date.slice(0, 4));
  return basis === 'fiscal' && Number(date.slice(5, 7)) >= 10 ? year + 1 : year;
}

/** A run's complete years (12 months) on a basis. */
export function wholeYears(result: RunResult, basis: YearBasis): YearTable {
  const months = new Map<number, number[]>();
  result.dates.forEach((date, t) => {
    const year = yearOf(date, basis);
    months.set(year, [...(months.get(year) ?? []), t]);
  });
  const table: YearTable = new Map();
  for (const [year, ticks] of months) {
    if (ticks.length !== 12) continue;
    // A year's months are consecutive ticks (calendar or fiscal), so combine them as a range.
    table.set(
      year,
      Object.fromEntries(METRIC_NAMES.map((m) => [m, combineMonths(findMetric(m)!, result.series, ticks[0], ticks[11] + 1)])) as Record<
        MetricName,
        number
      >,
    );
  }
  return table;
}

/** The model's value of a measure over years from..to (mean of yearly values; a ratio sums both flows); NaN when no year is covered. */
export function measureOver(measure: ModelMeasure, years: YearTable, from: number, to: number): number {
  const rows = [];
  for (let y = from; y <= to; y++) if (years.has(y)) rows.push(years.get(y)!);
  if (rows.length === 0) return NaN;
  if ('metric' in measure) return rows.reduce((a, r) => a + r[measure.metric], 0) / rows.length;
  const numerator = rows.reduce((a, r) => a + r[measure.numerator], 0);
  const denominator = rows.reduce((a, r) => a + r[measure.denominator], 0);
  return denominator > 0 ? (numerator / denominator) * measure.factor : NaN;
}

export type Verdict = 'hit' | 'miss' | 'input' | 'input-bound' | 'unverified' | 'not comparable' | 'not covered';

/** One comparison of the model with the evidence, tidy: a level in a period, or a change between two periods. */
export interface EvidenceComparison {
  kind: 'level' | 'change';
  id: string;
  series: string;
  label: string;
  period: string;
  basis: YearBasis;
  grade: Grade;
  evidenceValue: number;
  evidenceLow: number;
  evidenceHigh: number;
  n: number;
  modelMean: number;
  modelP5: number;
  modelP95: number;
  verdict: Verdict;
  /** below/above the band when missed. */
  direction: '' | 'below' | 'above';
  window: 'in-sample' | 'out-of-sample';
  /** Years of the period the run covered (e.g. 1992-1993 of 1990-1993). */
  covered: string;
  source: string;
  caveat: string;
}

const span = (from: number, to: number) => (from === to ? String(from) : `${from}-${to}`);

function windowOf(...periods: [number, number][]): 'in-sample' | 'out-of-sample' {
  const [a, b] = CALIBRATION_YEARS;
  return periods.some(([from, to]) => from <= b && to >= a) ? 'in-sample' : 'out-of-sample';
}

function coveredSpan(years: YearTable[], from: number, to: number): [number, number] | null {
  const have = [];
  for (let y = from; y <= to; y++) if (years.every((t) => t.has(y))) have.push(y);
  return have.length ? [have[0], have[have.length - 1]] : null;
}

/** The band counted as a hit: the evidence range, or the point value +/- the declared tolerance. */
export function hitBand(
  value: number | undefined,
  low: number | undefined,
  high: number | undefined,
  tolerance: number | undefined,
): [number, number] {
  if (low !== undefined || high !== undefined) return [low ?? -Infinity, high ?? Infinity];
  if (value === undefined) return [NaN, NaN];
  const half = Math.abs(value) * (tolerance ?? 0);
  return [value - half, value + half];
}

function judge(mean: number, band: [number, number]): { verdict: Verdict; direction: '' | 'below' | 'above' } {
  if (!Number.isFinite(mean)) return { verdict: 'not covered', direction: '' };
  if (mean < band[0]) return { verdict: 'miss', direction: 'below' };
  if (mean > band[1]) return { verdict: 'miss', direction: 'above' };
  return { verdict: 'hit', direction: '' };
}

interface Scored {
  values: number[];
  covered: string | null;
}

function base(series: EvidenceSeries) {
  return { series: series.id, basis: series.basis, source: series.source };
}

function row(
  fields: Omit<EvidenceComparison, 'n' | 'modelMean' | 'modelP5' | 'modelP95' | 'verdict' | 'direction' | 'covered'>,
  scored: Scored,
  band: [number, number],
  unscored: Verdict | null,
): EvidenceComparison {
  const s = summarize(scored.values.filter(Number.isFinite));
  const judged = unscored
    ? { verdict: unscored, direction: '' as const }
    : scored.covered
      ? judge(s.mean, band)
      : { verdict: 'not covered' as const, direction: '' as const };
  return { ...fields, n: s.n, modelMean: s.mean, modelP5: s.p5, modelP95: s.p95, ...judged, covered: scored.covered ?? '' };
}

function unscoredReason(series: EvidenceSeries, kind: 'level' | 'change'): Verdict | null {
  if (series.role === 'input') return 'input';
  if (kind === 'level' && series.boundBy) return 'input-bound';
  if (series.grade === 'U') return 'unverified';
  if (!series.model) return 'not comparable';
  if (kind === 'level' && series.levelsComparable === false) return 'not comparable';
  return null;
}

/** Every evidence comparison for a set of runs (one replicate each). */
export function compareWithEvidence(runs: readonly RunResult[]): EvidenceComparison[] {
  const tables = { fiscal: runs.map((r) => wholeYears(r, 'fiscal')), calendar: runs.map((r) => wholeYears(r, 'calendar')) };
  const out: EvidenceComparison[] = [];
  for (const series of EVIDENCE) {
    const years = tables[series.basis];
    for (const o of series.observations) {
      const covered = coveredSpan(years, o.from, o.to);
      const values = series.model && covered ? years.map((t) => measureOver(series.model!, t, covered[0], covered[1])) : [];
      out.push(
        row(
          {
            kind: 'level',
            id: `${series.id}@${span(o.from, o.to)}`,
            label: series.label,
            period: span(o.from, o.to),
            grade: series.grade,
            evidenceValue: o.value ?? NaN,
            evidenceLow: o.low ?? NaN,
            evidenceHigh: o.high ?? NaN,
            window: windowOf([o.from, o.to]),
            caveat: [o.note, series.caveat].filter(Boolean).join(' '),
            ...base(series),
          },
          { values, covered: covered && span(...covered) },
          hitBand(o.value, o.low, o.high, series.tolerance),
          unscoredReason(series, 'level'),
        ),
      );
    }
  }
  for (const change of EVIDENCE_CHANGES) {
    const series = findEvidence(change.series);
    const years = tables[series.basis];
    const top = coveredSpan(years, ...change.numerator);
    const bottom = coveredSpan(years, ...change.denominator);
    const values =
      series.model && top && bottom
        ? years.map((t) => measureOver(series.model!, t, ...top) / measureOver(series.model!, t, ...bottom))
        : [];
    out.push(
      row(
        {
          kind: 'change',
          id: change.id,
          label: change.label,
          period: `${span(...change.numerator)} / ${span(...change.denominator)}`,
          grade: change.grade,
          evidenceValue: change.value ?? NaN,
          evidenceLow: change.low ?? NaN,
          evidenceHigh: change.high ?? NaN,
          window: windowOf(change.numerator, change.denominator),
          caveat: change.caveat ?? '',
          ...base(series),
          source: change.source,
        },
        { values, covered: top && bottom ? `${span(...top)} / ${span(...bottom)}` : null },
        hitBand(change.value, change.low, change.high, 0.25),
        unscoredReason({ ...series, grade: change.grade }, 'change'),
      ),
    );
  }
  return out;
}

/** Hits and misses per series (scored comparisons only), for the summary table. */
export function scoreBySeries(
  rows: readonly EvidenceComparison[],
): { series: string; label: string; grade: Grade; hits: number; scored: number; misses: string[] }[] {
  const bySeries = new Map<string, { series: string; label: string; grade: Grade; hits: number; scored: number; misses: string[] }>();
  for (const r of rows) {
    if (r.verdict !== 'hit' && r.verdict !== 'miss') continue;
    const key = r.kind === 'change' ? r.id : r.series;
    const entry = bySeries.get(key) ?? { series: key, label: r.label, grade: r.grade, hits: 0, scored: 0, misses: [] };
    entry.scored++;
    if (r.verdict === 'hit') entry.hits++;
    else entry.misses.push(`${r.period} (${r.direction})`);
    bySeries.set(key, entry);
  }
  return [...bySeries.values()];
}

const COLUMNS = [
  'kind',
  'id',
  'series',
  'label',
  'period',
  'basis',
  'grade',
  'evidence_value',
  'evidence_low',
  'evidence_high',
  'n',
  'model_mean',
  'model_p5',
  'model_p95',
  'verdict',
  'direction',
  'window',
  'covered',
  'source',
  'caveat',
];

/** evidence.csv: one row per comparison. */
export function evidenceCsv(rows: readonly EvidenceComparison[]): string {
  const lines = rows.map((r) =>
    csvLine([
      r.kind,
      csvCell(r.id),
      r.series,
      csvCell(r.label),
      csvCell(r.period),
      r.basis,
      r.grade,
      ...[r.evidenceValue, r.evidenceLow, r.evidenceHigh].map(statCell),
      String(r.n),
      ...[r.modelMean, r.modelP5, r.modelP95].map(statCell),
      r.verdict,
      r.direction,
      r.window,
      csvCell(r.covered),
      csvCell(r.source),
      csvCell(r.caveat),
    ]),
  );
  return [csvLine(COLUMNS), ...lines].join('\n') + '\n';
}

/** One evidence series drawn against the model: yearly model mean and 90% band across runs, and the observations. */
export interface EvidenceChart {
  series: string;
  label: string;
  unit: string;
  basis: YearBasis;
  grade: Grade;
  role: EvidenceSeries['role'];
  source: string;
  years: number[];
  mean: number[];
  low: number[];
  high: number[];
  observations: EvidenceSeries['observations'];
  levelsComparable: boolean;
}

/** Per series with a model measure: the model's yearly mean and 5th-95th percentile band over the runs, with the evidence. */
export function evidenceCharts(runs: readonly RunResult[]): EvidenceChart[] {
  const tables = { fiscal: runs.map((r) => wholeYears(r, 'fiscal')), calendar: runs.map((r) => wholeYears(r, 'calendar')) };
  return EVIDENCE.filter((s) => s.model).map((series) => {
    const years = [...(tables[series.basis][0]?.keys() ?? [])]
      .filter((y) => tables[series.basis].every((t) => t.has(y)))
      .sort((a, b) => a - b);
    const stats = years.map((y) => summarize(tables[series.basis].map((t) => measureOver(series.model!, t, y, y)).filter(Number.isFinite)));
    return {
      series: series.id,
      label: series.label,
      unit: series.unit,
      basis: series.basis,
      grade: series.grade,
      role: series.role,
      source: series.source,
      years,
      mean: stats.map((s) => s.mean),
      low: stats.map((s) => s.p5),
      high: stats.map((s) => s.p95),
      observations: series.observations,
      levelsComparable: series.levelsComparable !== false,
    };
  });
}
