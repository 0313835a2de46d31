// The dashboard's charts, declared once: which metrics each draws, on which axis, and what a
// student should look for. Axis titles come from the metric declarations' units.
import { findMetric, type MetricName } from '../../sim/metrics';
import type { TimeView } from './series';

export interface ChartLine {
  metric: MetricName;
  axis: 'y' | 'y2';
  label?: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** One sentence: what the chart shows and what to watch. */
  hint: string;
  lines: ChartLine[];
}

export const CHARTS: readonly ChartSpec[] = [
  {
    id: 'trafficking',
    title: 'Trafficking: new victims by form and place',
    hint: "People newly held in forced labour or sexual exploitation, in the U.S. and in Mexico's border cities.",
    lines: [
      { metric: 'victims_new_labor', axis: 'y', label: 'Forced labour' },
      { metric: 'victims_new_sexual', axis: 'y', label: 'Sexual exploitation' },
      { metric: 'victims_new_mexico', axis: 'y', label: 'In Mexico (both forms)' },
      { metric: 'victims_new_minor', axis: 'y', label: 'Under 18 (both forms)' },
    ],
  },
  {
    id: 'detection',
    title: 'Trafficking: true versus detected',
    hint: 'The model knows every victim; authorities see only those detected. The gap is the hidden part.',
    lines: [
      { metric: 'victims_new_total', axis: 'y', label: 'New victims (true)' },
      { metric: 'victims_detected', axis: 'y', label: 'Detected by authorities' },
      { metric: 'victims_identified', axis: 'y', label: 'Identified as victims' },
      { metric: 'victims_held', axis: 'y2', label: 'Victims currently held (right axis)' },
    ],
  },
  {
    id: 'crossing',
    title: 'The crossing',
    hint: 'Attempts, apprehensions and entries (left axis); deaths at the border (right axis).',
    lines: [
      { metric: 'attempts', axis: 'y', label: 'Crossing attempts' },
      { metric: 'apprehensions', axis: 'y', label: 'Apprehensions' },
      { metric: 'entries', axis: 'y', label: 'Irregular entries' },
      { metric: 'deaths', axis: 'y2', label: 'Deaths (right axis)' },
    ],
  },
  {
    id: 'market',
    title: 'The smuggling market: price and use',
    hint: 'The mean fee (left axis, USD); shares of crossers using smugglers, professional networks and remote routes (right axis).',
    lines: [
      { metric: 'smuggling_fee_mean_usd', axis: 'y', label: 'Mean smuggling fee (USD)' },
      { metric: 'smuggler_use_share', axis: 'y2', label: 'Smuggler use' },
      { metric: 'professional_smuggler_share', axis: 'y2', label: 'Professional network share' },
      { metric: 'remote_route_share', axis: 'y2', label: 'Remote-route share' },
    ],
  },
  {
    id: 'debt',
    title: 'The smuggling market: debt and ransom',
    hint: 'Migrants who still owe a smuggler (left axis) and kidnappings for ransom (right axis): debt is the usual link to exploitation.',
    lines: [
      { metric: 'migrants_in_debt', axis: 'y', label: 'Migrants in debt to smugglers' },
      { metric: 'kidnappings', axis: 'y2', label: 'Kidnappings for ransom (right axis)' },
    ],
  },
  {
    id: 'justice',
    title: 'The justice funnel',
    hint: 'From identified victims to convictions and T-visas; and victims deported without ever being identified.',
    lines: [
      { metric: 'victims_identified', axis: 'y', label: 'Victims identified' },
      { metric: 'victims_cooperating', axis: 'y', label: 'Victims cooperating' },
      { metric: 'prosecutions', axis: 'y', label: 'Prosecutions (cases)' },
      { metric: 'convictions_us', axis: 'y', label: 'Convictions, U.S. (cases)' },
      { metric: 'convictions_mexico', axis: 'y', label: 'Convictions, Mexico (cases)' },
      { metric: 't_visas_granted', axis: 'y', label: 'T-visas granted' },
      { metric: 'victims_deported_unidentified', axis: 'y', label: 'Victims deported unidentified' },
    ],
  },
];

const UNIT_WORDS: Record<string, string> = { people: 'people', cases: 'cases', visas: 'visas', USD: 'USD', share: 'share' };

/** The title of an axis from the units of the lines on it, e.g. "people per month". */
export function axisTitle(spec: ChartSpec, axis: 'y' | 'y2', view: TimeView): string {
  const metrics = spec.lines
    .filter((l) => l.axis === axis)
    .map((l) => findMetric(l.metric))
    .filter((m) => m !== undefined);
  if (metrics.length === 0) return '';
  const units = [...new Set(metrics.map((m) => UNIT_WORDS[m.unit] ?? m.unit))].join(' / ');
  const rules = new Set(metrics.map((m) => m.yearly));
  const shown = units === 'share' ? 'share (%)' : units;
  if (rules.has('ratio')) return view === 'monthly' ? shown : `${shown}, over ${view === 'yearly' ? 'the year' : '12 months'}`;
  if (rules.has('last')) return view === 'yearly' ? `${units} (end of year)` : `${units} (end of month)`;
  return `${units} per ${{ monthly: 'month', rolling: '12 months', yearly: 'year' }[view]}`;
}

/** Every metric any chart draws. */
export function chartedMetrics(): MetricName[] {
  return [...new Set(CHARTS.flatMap((c) => c.lines.map((l) => l.metric)))];
}
