// The monitors: a row of live numbers under the run controls (victims held now, and over the last
// 12 months new victims, deaths, the mean smuggling fee and smuggler use), as NetLogo's monitors.
import { findMetric } from '../../sim/metrics';
import { combineMonths } from '../../sim/output';
import { el } from '../shared/dom';
import { formatInUnit } from '../../presentation/format';
import type { SeriesStore } from '../shared/series';

/** Months the flows are summed (or averaged) over: a year, so one person's step at scale 100 is not a jump. */
export const MONITOR_MONTHS = 12;

/** Each monitor: its metric and label; `now` reads the month shown, the others the last 12 months. */
export const MONITORS: readonly { metric: string; label: string; now?: boolean }[] = [
  { metric: 'victims_held', label: 'Victims held now', now: true },
  { metric: 'victims_new_total', label: 'New victims, last 12 months' },
  { metric: 'deaths', label: 'Deaths at the border, last 12 months' },
  { metric: 'smuggling_fee_mean_usd', label: 'Smuggling fee (mean), last 12 months' },
  { metric: 'smuggler_use_share', label: 'Smuggler use, last 12 months' },
];

export class Monitors {
  private readonly values = new Map<string, HTMLElement>();

  constructor(container: HTMLElement) {
    container.replaceChildren(
      ...MONITORS.map(({ metric, label }) => {
        const value = el('output', { class: 'monitor-value', 'data-monitor': metric }, '–');
        this.values.set(metric, value);
        return el('div', { class: 'monitor' }, el('span', { class: 'monitor-label' }, label), value);
      }),
    );
  }

  /** Shows the values at month `tick` of a run (a dash before there is one). */
  render(store: SeriesStore | null, tick: number): void {
    for (const { metric, now } of MONITORS) {
      const spec = findMetric(metric)!;
      const series = store?.filledSeries(tick);
      const end = Math.min(tick, store?.tick ?? 0);
      const value = series && end > 0 ? combineMonths(spec, series, now ? end - 1 : Math.max(0, end - MONITOR_MONTHS), end) : NaN;
      const output = this.values.get(metric)!;
      output.textContent = formatInUnit(value, spec.unit);
      output.dataset.value = Number.isFinite(value) ? String(value) : '';
    }
  }
}
