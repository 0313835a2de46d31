// The evidence a chart draws over its model lines: for each charted metric, the comparable evidence
// series (src/sim/evidence/overlay.ts) placed on the chart's time axis and put in the model line's
// units (a yearly total becomes a monthly mean in the monthly view), with the tooltip's words and
// how the run on the page compares over the same period (as `frontera history` scores it).
import { hitBand, measureOver, wholeYears } from '../../sim/evidence/check';
import { findEvidence, GRADE_MEANINGS, type Grade, type YearBasis } from '../../sim/evidence/series';
import type { SeriesByMetric } from '../../sim/output';
import type { RunResult } from '../../sim/run';
import { evidenceOverlay, type EvidenceOverlay, type OverlayPoint } from '../../sim/evidence/overlay';
import { findMetric, type MetricName } from '../../sim/metrics';
import type { ChartSpec } from './chartSpecs';
import { formatInUnit } from '../../presentation/format';
import { SERIES_COLOURS } from '../../presentation/palette';
import { monthToYear, type TimeView } from './series';

/** One observation on the chart: a marker, the period it covers on the x axis, and its range, in the chart's units. */
export interface EvidenceMark {
  x: number;
  y: number;
  /** The period on the x axis: from its first to its last month (monthly view) or year (yearly view). */
  x0: number;
  x1: number;
  low: number | null;
  high: number | null;
  /** The period and the value as stated, e.g. "FY2000 (Oct 1999 to Sep 2000): 1,643,679 a year = 136,973 a month". */
  text: string;
  /** Tooltip lines: series and grade, period and value, how to compare it with the model, source, caveat. */
  lines: string[];
  /** What the model's value over the same period is compared with. */
  period: MarkPeriod;
}

/** An observation's period and the band `frontera history` counts as a hit, in the evidence's (yearly) units. */
export interface MarkPeriod {
  metric: MetricName;
  basis: YearBasis;
  from: number;
  to: number;
  band: [number, number];
  unit: string;
  perYear: string;
  perMonth: boolean;
}

/** The months of a run so far (a store's dates up to its tick and its series). */
export interface RunSoFar {
  dates: readonly string[];
  series: SeriesByMetric;
}

/** One evidence series drawn against one model line (same colour and axis). */
export interface EvidenceLayer {
  series: string;
  label: string;
  grade: Grade;
  colour: string;
  axis: 'y' | 'y2';
  source: string;
  caveat: string;
  /** The model line it compares with. */
  modelLabel: string;
  marks: EvidenceMark[];
}

const TOOLTIP_WIDTH = 56;

/** Splits text into lines of at most `width` characters at spaces (tooltips have no wrapping of their own). */
export function wrapText(text: string, width = TOOLTIP_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The months an observation covers, as fractional years [first month, month after the last]. */
function periodOf(overlay: EvidenceOverlay, point: OverlayPoint): [number, number] {
  const shift = overlay.basis === 'fiscal' ? 0.25 : 0;
  return [point.from - shift, point.to + 1 - shift];
}

/** "FY2000 (Oct 1999 to Sep 2000)" or "1990-1993". */
function periodText(overlay: EvidenceOverlay, point: OverlayPoint): string {
  const years = point.from === point.to ? String(point.from) : `${point.from}-${point.to}`;
  if (overlay.basis === 'calendar') return years;
  return `FY${years} (Oct ${point.from - 1} to Sep ${point.to})`;
}

/** How this evidence compares with the model's line in this view, in one sentence. */
function comparisonText(overlay: EvidenceOverlay, perMonth: boolean, view: TimeView): string {
  const fiscal = overlay.basis === 'fiscal';
  if (perMonth)
    return `Drawn as the monthly mean (yearly figure / 12) across the ${fiscal ? "fiscal year's" : "year's"} months, to compare with the model's monthly counts.`;
  if (view === 'monthly') return "A yearly figure, drawn across its months: compare with the model's monthly values over the same months.";
  if (view === 'rolling')
    return `A yearly figure, drawn across its months: compare with the model's 12-month value at its last month (${fiscal ? 'September' : 'December'}).`;
  return fiscal
    ? "A fiscal-year figure, drawn a quarter-year left of the model's calendar-year points it overlaps."
    : "Compare with the model's point for the same calendar year.";
}

/** How a chart shows one metric's evidence: the view, and whether a yearly total becomes a monthly mean. */
interface Placement {
  view: TimeView;
  perMonth: boolean;
  unit: string;
  perYear: string;
}

/** One observation as a mark of the chart (position, range and words in the chart's units). */
function markOf(overlay: EvidenceOverlay, p: OverlayPoint, at: Placement, metric: MetricName): EvidenceMark {
  const [start, end] = periodOf(overlay, p);
  const shift = overlay.basis === 'fiscal' ? 0.25 : 0;
  // Monthly points sit at each month's start: the period runs from its first month's to its last month's.
  const [x0, x1] = at.view === 'yearly' ? [p.from - shift, p.to - shift] : [start, end - 1 / 12];
  const scale = at.perMonth ? 1 / 12 : 1;
  const show = (v: number) => formatInUnit(v, at.unit);
  const stated = p.value !== null ? show(p.value) : `${p.low === null ? '' : show(p.low)} to ${p.high === null ? '…' : show(p.high)}`;
  const range = p.value !== null && (p.low !== null || p.high !== null) ? ` (range ${show(p.low ?? NaN)} to ${show(p.high ?? NaN)})` : '';
  const text = `${periodText(overlay, p)}: ${stated}${at.perYear}${range}${at.perMonth ? ` = ${show(p.y * scale)} a month` : ''}`;
  return {
    x: (x0 + x1) / 2,
    y: p.y * scale,
    x0,
    x1,
    low: p.low === null ? null : p.low * scale,
    high: p.high === null ? null : p.high * scale,
    text,
    lines: [
      `Evidence: ${overlay.label}`,
      `Grade ${overlay.grade}: ${GRADE_MEANINGS[overlay.grade]}`,
      text,
      ...(p.note ? wrapText(p.note) : []),
      ...wrapText(comparisonText(overlay, at.perMonth, at.view)),
      ...wrapText(`Source: ${overlay.source}`),
      ...(overlay.caveat ? wrapText(`Caveat: ${overlay.caveat}`) : []),
    ],
    period: {
      metric,
      basis: overlay.basis,
      from: p.from,
      to: p.to,
      band: hitBand(p.value ?? undefined, p.low ?? undefined, p.high ?? undefined, findEvidence(overlay.series).tolerance),
      unit: at.unit,
      perYear: at.perYear,
      perMonth: at.perMonth,
    },
  };
}

/** The run's value over an observation's period (mean of its whole years, as `frontera history` takes it) and
 *  whether it lies inside the evidence's band, in one sentence; says so when the run has not covered the period yet. */
export function modelComparison(period: MarkPeriod, run: RunSoFar): string {
  // wholeYears reads only the dates and series of a run.
  const years = wholeYears({ dates: [...run.dates], series: run.series } as unknown as RunResult, period.basis);
  const value = measureOver({ metric: period.metric }, years, period.from, period.to);
  if (!Number.isFinite(value)) return 'This run: has not run through this period yet.';
  const show = (v: number) => formatInUnit(v, period.unit);
  const covered = [];
  for (let y = period.from; y <= period.to; y++) if (years.has(y)) covered.push(y);
  const partly = covered.length < period.to - period.from + 1 ? ` (years ${covered[0]}-${covered[covered.length - 1]} only)` : '';
  const [low, high] = period.band;
  const where = value < low ? 'below' : value > high ? 'above' : 'inside';
  const bandText = `${Number.isFinite(low) ? show(low) : 'no lower bound'} to ${Number.isFinite(high) ? show(high) : 'no upper bound'}`;
  const perMonth = period.perMonth ? ` = ${show(value / 12)} a month` : '';
  return `This run, same period${partly}: ${show(value)}${period.perYear}${perMonth}, ${where} the evidence's band (${bandText}).`;
}

/** A mark's tooltip lines with the model's comparison after its period and value. */
export function tooltipLines(mark: EvidenceMark, comparison: string | null): string[] {
  return comparison === null ? mark.lines : [...mark.lines.slice(0, 3), ...wrapText(comparison), ...mark.lines.slice(3)];
}

/** The evidence layers of one chart in a view, for a run over `dates` (only observations that overlap them). */
export function evidenceLayers(spec: ChartSpec, view: TimeView, dates: readonly string[]): EvidenceLayer[] {
  if (dates.length === 0) return [];
  const runStart = monthToYear(dates[0]);
  const runEnd = monthToYear(dates[dates.length - 1]) + 1 / 12;
  const overlaps = (overlay: EvidenceOverlay, p: OverlayPoint) => {
    const [start, end] = periodOf(overlay, p);
    return start < runEnd && end > runStart;
  };
  return spec.lines.flatMap((line, i) => {
    const metric = findMetric(line.metric);
    if (!metric) return [];
    // A flow's evidence is a yearly total; its monthly line counts one month.
    const at: Placement = {
      view,
      perMonth: view === 'monthly' && metric.yearly === 'sum',
      unit: metric.unit,
      perYear: metric.yearly === 'sum' ? ' a year' : '',
    };
    return evidenceOverlay(line.metric)
      .map((overlay): EvidenceLayer => ({
        series: overlay.series,
        label: overlay.label,
        grade: overlay.grade,
        colour: SERIES_COLOURS[i],
        axis: line.axis,
        source: overlay.source,
        caveat: overlay.caveat,
        modelLabel: line.label ?? metric.label,
        marks: overlay.points.filter((p) => overlaps(overlay, p)).map((p) => markOf(overlay, p, at, line.metric)),
      }))
      .filter((layer) => layer.marks.length > 0);
  });
}

/** The first and last year with evidence for any of these metrics (null when none has any). */
export function evidenceYears(metrics: readonly MetricName[]): [number, number] | null {
  const points = metrics.flatMap((m) => evidenceOverlay(m).flatMap((o) => o.points));
  if (points.length === 0) return null;
  return [Math.min(...points.map((p) => p.from)), Math.max(...points.map((p) => p.to))];
}
