// Which time view makes a chart readable by default: its months where they are smooth, 12-month
// rolling values where they jump (at a large scale a month's count is a handful of simulated people,
// each standing for `scale` real ones). Decided from the chart's own series, and said in words.
import { formatInUnit } from '../../presentation/format';
import type { SeriesByMetric } from '../../sim/output';
import type { ChartSpec } from './chartSpecs';
import { ROLLING_MONTHS } from './series';

/** Above this mean month-to-month change, as a share of the line's mean level, a line's months read as lumps.
 *  Assumption (range 0.15-0.35): a Poisson count of 25 simulated people a month changes about 23% a month,
 *  while the seasonal swing of the crossings is about 10%. */
export const LUMPY_CHANGE = 0.25;

/** The view picked for a chart, and the line that decided it with its month-to-month change. */
export interface ViewChoice {
  view: 'monthly' | 'rolling';
  label: string;
  change: number;
}

/** Mean absolute change from one month to the next as a share of the mean absolute level over the first
 *  `n` months (NaN when the line is zero throughout or has fewer than two months with values). */
export function monthlyChange(values: ArrayLike<number>, n: number): number {
  let level = 0;
  let months = 0;
  let change = 0;
  let steps = 0;
  for (let t = 0; t < Math.min(n, values.length); t++) {
    if (!Number.isFinite(values[t])) continue;
    level += Math.abs(values[t]);
    months++;
    if (t > 0 && Number.isFinite(values[t - 1])) {
      change += Math.abs(values[t] - values[t - 1]);
      steps++;
    }
  }
  if (steps === 0 || level === 0) return NaN;
  return change / steps / (level / months);
}

/** The readable view of a chart from its first `n` months: rolling when its jumpiest line changes by more than
 *  LUMPY_CHANGE a month; null until ROLLING_MONTHS months have run (too few to judge or to roll). */
export function readableView(spec: ChartSpec, series: SeriesByMetric, n: number): ViewChoice | null {
  if (n < ROLLING_MONTHS) return null;
  let worst: ViewChoice = { view: 'monthly', label: '', change: 0 };
  for (const line of spec.lines) {
    const change = monthlyChange(series[line.metric] ?? [], n);
    if (change > worst.change) worst = { view: 'monthly', label: line.label ?? line.metric, change };
  }
  return { ...worst, view: worst.change > LUMPY_CHANGE ? 'rolling' : 'monthly' };
}

/** The chart's caption on its view: what it shows and why (auto), or that the reader chose it. */
export function viewCaption(choice: ViewChoice | null, chosen: 'auto' | 'monthly' | 'rolling' | 'yearly'): string {
  if (chosen === 'monthly') return 'Monthly values (chosen above).';
  if (chosen === 'rolling') return 'Each point: the 12 months up to it (a total for counts; chosen above).';
  if (chosen === 'yearly') return 'Complete calendar years (chosen above).';
  if (!choice) return 'Monthly until 12 months have run; then monthly or 12-month rolling values, by how much the months jump.';
  const change = formatInUnit(choice.change, 'share');
  if (choice.view === 'rolling')
    return `Each point: the 12 months up to it (a total for counts), because the months are lumps: "${choice.label}" changes by ${change} of its level from one month to the next. Choose Monthly above to see the months.`;
  return `Monthly values: its lines change by at most ${change} of their level from one month to the next.`;
}
