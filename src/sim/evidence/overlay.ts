// Evidence points to draw over a metric's yearly chart (the browser's evidence overlay): for each
// outcome series whose level compares with the metric, its observations at the chart's x (calendar
// year t at x = t; fiscal year t, October to September, at x = t - 0.25), with range, grade and source.
import type { MetricName } from '../metrics';
import { EVIDENCE, type Grade, type YearBasis } from './series';

/** One observation as a chart point; a range without a value is drawn at its middle. */
export interface OverlayPoint {
  x: number;
  y: number;
  low: number | null;
  high: number | null;
  /** The stated point value (null when the source gives only a range). */
  value: number | null;
  /** First and last year of the observation (fiscal or calendar, as the series' basis says). */
  from: number;
  to: number;
  note: string;
  /** e.g. "FY2000: 1,643,679 (grade A)". */
  label: string;
}

export interface EvidenceOverlay {
  series: string;
  label: string;
  unit: string;
  basis: YearBasis;
  grade: Grade;
  source: string;
  caveat: string;
  points: OverlayPoint[];
}

const number = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : String(Number(v.toPrecision(3))));

/** The evidence that compares with `metric` on a yearly chart (empty when there is none). */
export function evidenceOverlay(metric: MetricName): EvidenceOverlay[] {
  return EVIDENCE.filter(
    (s) =>
      s.role === 'outcome' &&
      s.grade !== 'U' &&
      s.levelsComparable !== false &&
      s.model &&
      'metric' in s.model &&
      s.model.metric === metric,
  ).map((s) => ({
    series: s.id,
    label: s.label,
    unit: s.unit,
    basis: s.basis,
    grade: s.grade,
    source: s.source,
    caveat: s.caveat ?? '',
    points: s.observations.map((o) => {
      const y = o.value ?? ((o.low ?? o.high ?? 0) + (o.high ?? o.low ?? 0)) / 2;
      const years = o.from === o.to ? String(o.from) : `${o.from}-${o.to}`;
      const shown =
        o.value !== undefined
          ? number(o.value)
          : `${o.low === undefined ? '' : number(o.low)} to ${o.high === undefined ? '' : number(o.high)}`;
      return {
        x: (o.from + o.to) / 2 - (s.basis === 'fiscal' ? 0.25 : 0),
        y,
        low: o.low ?? null,
        high: o.high ?? null,
        value: o.value ?? null,
        from: o.from,
        to: o.to,
        note: o.note ?? '',
        label: `${s.basis === 'fiscal' ? 'FY' : ''}${years}: ${shown} (grade ${s.grade})`,
      };
    }),
  }));
}
