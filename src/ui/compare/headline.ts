// The headline strip: for each policy, running values of the headline outcomes up to the common
// month, with the difference from the first policy underneath. Built with textContent only.
import { findMetric } from '../../sim/metrics';
import type { SeriesByMetric } from '../../sim/output';
import { el } from '../shared/dom';
import { formatInUnit } from '../shared/format';
import { SERIES_COLOURS } from '../shared/palette';
import { OUTCOMES, runningValue } from './outcomes';

/** Short column heads for the strip (the metric declarations' labels are longer). */
const HEADS: Record<string, string> = {
  victims_new_total: 'New trafficking victims (true)',
  victims_detected: 'Victims detected',
  deaths: 'Deaths at the border',
  victims_deported_unidentified: 'Victims deported unidentified',
  convictions_us: 'Convictions (U.S.)',
  convictions_mexico: 'Convictions (Mexico)',
  smuggler_use_share: 'Smuggler use (mean)',
  smuggling_fee_mean_usd: 'Smuggling fee (mean)',
};

/** A value as attribute text: empty when there is none (NaN). */
function present(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

/** A signed difference in a metric's unit: "+1,200", "−3.1 pts", "+USD 150". */
export function formatDifference(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  const size = unit === 'share' ? `${(Math.abs(value) * 100).toFixed(1)} pts` : formatInUnit(Math.abs(value), unit);
  const zero = /^(USD )?0(\.0)?( pts)?$/.test(size);
  return `${zero ? '±' : value > 0 ? '+' : '−'}${size}`;
}

/** Redraws the strip for the policies' series up to month `tick`. */
export function renderHeadline(table: HTMLTableElement, labels: readonly string[], seriesOf: (policy: number) => SeriesByMetric, tick: number): void {
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Policy'), ...OUTCOMES.map((m) => el('th', { scope: 'col' }, HEADS[m] ?? m)));
  const rows = labels.map((label, p) => el('tr', { 'data-policy': p },
    el('th', { scope: 'row' }, el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[p]}` }), label),
    ...OUTCOMES.map((metric) => headlineCell(metric, p, seriesOf, tick))));
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
}

function headlineCell(metric: string, policy: number, seriesOf: (policy: number) => SeriesByMetric, tick: number): HTMLElement {
  const unit = findMetric(metric)?.unit ?? '';
  const value = runningValue(metric, seriesOf(policy), tick);
  const cell = el('td', { 'data-metric': metric, 'data-value': present(value) }, el('span', { class: 'value' }, formatInUnit(value, unit)));
  if (policy === 0) cell.append(el('span', { class: 'diff reference' }, 'reference'));
  else {
    const diff = value - runningValue(metric, seriesOf(0), tick);
    cell.dataset.diff = present(diff);
    cell.append(el('span', { class: `diff ${diff > 0 ? 'up' : diff < 0 ? 'down' : 'same'}` }, formatDifference(diff, unit)));
  }
  return cell;
}
