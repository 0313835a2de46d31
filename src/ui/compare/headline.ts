// The headline strip: for each policy, running values of the headline outcomes up to the common
// month, with the difference from the first policy underneath and, once the paired seeds have run,
// the mean difference over them with its 90% interval and a plain verdict: beyond or within noise.
// Built with textContent only.
import { findMetric } from '../../sim/metrics';
import type { SeriesByMetric } from '../../sim/output';
import { el } from '../shared/dom';
import { formatDifference, formatInUnit } from '../../presentation/format';
import { SERIES_COLOURS } from '../../presentation/palette';
import { noiseVerdict, OUTCOMES, runningValue, type PairedInterval } from './outcomes';

/** What the strip knows about noise: one seed only, paired seeds stopped or still running, or their interval per metric and policy. */
export type StripNoise =
  | { state: 'one seed' }
  | { state: 'stopped' }
  | { state: 'running' }
  | { state: 'ready'; seeds: number; interval(metric: string, policy: number): PairedInterval };

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

/** Redraws the strip for the policies' series up to month `tick`. */
export function renderHeadline(
  table: HTMLTableElement,
  labels: readonly string[],
  seriesOf: (policy: number) => SeriesByMetric,
  tick: number,
  noise: StripNoise,
  isLessonHeadline: (metric: string, policy: number) => boolean = () => false,
): void {
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Policy'), ...OUTCOMES.map((m) => el('th', { scope: 'col' }, HEADS[m] ?? m)));
  const rows = labels.map((label, p) =>
    el(
      'tr',
      { 'data-policy': p },
      el('th', { scope: 'row' }, el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[p]}` }), label),
      ...OUTCOMES.map((metric) => headlineCell(metric, p, seriesOf, tick, noise, isLessonHeadline(metric, p))),
    ),
  );
  table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
}

/** The note beside the strip's heading: how to read the differences under each value. */
export function stripNote(noise: StripNoise): string {
  if (noise.state === 'one seed')
    return '(difference from the first policy on this seed only: it may be noise; set paired seeds above 1 for a band)';
  if (noise.state === 'stopped')
    return '(difference from the first policy on this seed only: the paired seeds were stopped, so it may be noise)';
  if (noise.state === 'running') return '(difference from the first policy on this seed; the paired seeds are running for the band)';
  return `(under each value: the mean difference from the first policy over ${noise.seeds} paired seeds, its 90% interval and the verdict, beyond noise when the whole interval is on one side of zero; then the difference on this seed alone, which can point the other way)`;
}

/** The lead of a difference cell once the seeds ran: the mean difference over them, its interval and the verdict. */
function noiseLine(metric: string, policy: number, unit: string, noise: StripNoise): HTMLElement | null {
  if (noise.state === 'one seed' || noise.state === 'stopped') return null;
  if (noise.state === 'running') return el('span', { class: 'noise pending' }, 'band: seeds running…');
  const interval = noise.interval(metric, policy);
  const verdict = noiseVerdict(interval);
  if (verdict === 'none') return el('span', { class: 'noise none', 'data-verdict': verdict }, 'no band (no value on enough seeds)');
  return el(
    'span',
    {
      class: `noise ${verdict}`,
      'data-verdict': verdict,
      'data-mean': String(interval.mean),
      'data-lo': String(interval.lo),
      'data-hi': String(interval.hi),
    },
    el(
      'span',
      { class: 'noise-mean' },
      `${formatDifference(interval.mean, unit)} `,
      el('span', { class: 'noise-seeds' }, `mean of ${noise.seeds} seeds`),
    ),
    el('span', { class: 'noise-range' }, `90%: ${formatDifference(interval.lo, unit)} to ${formatDifference(interval.hi, unit)}`),
    el('strong', { class: 'noise-verdict' }, verdict === 'beyond' ? 'beyond noise' : 'within noise'),
  );
}

/** Whether the live seed's difference points the other way from a mean that is beyond noise. */
function seedDisagrees(diff: number, noise: StripNoise, metric: string, policy: number): boolean {
  if (noise.state !== 'ready' || !Number.isFinite(diff) || diff === 0) return false;
  const interval = noise.interval(metric, policy);
  return noiseVerdict(interval) === 'beyond' && Math.sign(diff) !== Math.sign(interval.mean);
}

function headlineCell(
  metric: string,
  policy: number,
  seriesOf: (policy: number) => SeriesByMetric,
  tick: number,
  noise: StripNoise,
  lessonHeadline: boolean,
): HTMLElement {
  const unit = findMetric(metric)?.unit ?? '';
  const value = runningValue(metric, seriesOf(policy), tick);
  const cell = el(
    'td',
    { 'data-metric': metric, 'data-value': present(value), class: lessonHeadline ? 'lesson-headline' : undefined },
    el('span', { class: 'value' }, formatInUnit(value, unit)),
    lessonHeadline ? el('span', { class: 'visually-hidden' }, " (the lesson's headline difference)") : null,
  );
  if (policy === 0) {
    cell.append(el('span', { class: 'diff reference' }, 'reference'));
    return cell;
  }
  const diff = value - runningValue(metric, seriesOf(0), tick);
  cell.dataset.diff = present(diff);
  const line = noiseLine(metric, policy, unit, noise);
  // Once the seeds ran, their mean leads and this seed's difference follows, smaller.
  const seed = el(
    'span',
    { class: `diff ${diff > 0 ? 'up' : diff < 0 ? 'down' : 'same'}${line ? ' seed-only' : ''}` },
    `${line ? 'this seed: ' : ''}${formatDifference(diff, unit)}`,
  );
  cell.append(...(line ? [line, seed] : [seed]));
  if (seedDisagrees(diff, noise, metric, policy)) {
    cell.append(el('span', { class: 'seed-disagrees' }, "this seed points the other way: one seed's luck; the mean is the answer"));
  }
  return cell;
}
