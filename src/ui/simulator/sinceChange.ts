// "Since your change": once a lever is moved mid-run, a second worker runs the same seed without the
// student's mid-run changes alongside. On common random numbers both runs are the same up to the change,
// so the difference since then is the change's own on this seed. Paired seeds (the comparison page's
// interval and verdict) say whether it stands out from the noise.
import { findMetric } from '../../sim/metrics';
import { combineMonths, type SeriesByMetric } from '../../sim/output';
import type { Scenario } from '../../sim/scenario';
import { noiseVerdict, pairedInterval, type PairedInterval } from '../compare/outcomes';
import { byId, el } from '../shared/dom';
import type { EnsembleResult } from '../shared/ensemble';
import { formatDifference, formatInUnit } from '../../presentation/format';
import { showMessage } from '../shared/messages';
import { SeedRunner } from '../shared/seedRunner';
import { SeriesStore } from '../shared/series';
import { SimClient } from '../shared/simClient';

/** What the panel follows, with short labels. */
export const SINCE_CHANGE_OUTCOMES: readonly [string, string][] = [
  ['deaths', 'Deaths at the border'],
  ['smuggling_fee_mean_usd', 'Smuggling fee (mean)'],
  ['smuggler_use_share', 'Smuggler use'],
  ['victims_new_total', 'New trafficking victims'],
  ['returns_home', 'Returns home'],
];
/** Paired seeds the noise check runs (each with and without the changes). */
export const PAIRED_SEEDS = 10;
/** Months the run without the changes may be asked for ahead of what it reported. */
const AHEAD = 6;

/** A metric over months [from, to) of a run: the total for counts, the ratio of totals for ratios. */
function valueBetween(metric: string, series: SeriesByMetric, from: number, to: number): number {
  const spec = findMetric(metric);
  return spec ? combineMonths(spec, series, from, to) : NaN;
}

export class SinceYourChange {
  private readonly panel = byId('since-change');
  private readonly table = byId<HTMLTableElement>('since-table');
  private readonly note = byId('since-note');
  private readonly check = byId<HTMLButtonElement>('since-check');
  private readonly runner = new SeedRunner('since');
  private client: SimClient | null = null;
  private store: SeriesStore | null = null;
  private ready = false;
  private asked = 0;
  private from = 0;
  private without: Scenario | null = null;
  private paired: { withChanges: EnsembleResult; without: EnsembleResult } | null = null;
  /** Called when the run without the changes reported months (to redraw). */
  onProgress: () => void = () => undefined;
  /** The scenario as run so far, with the changes (for the paired seeds). */
  scenarioAsRun: () => Promise<Scenario> = () => Promise.reject(new Error('no run'));

  constructor() {
    this.check.addEventListener('click', () => void this.checkNoise());
  }

  /** Drops the run without the changes (a fresh run starts). */
  clear(): void {
    this.client?.terminate();
    this.client = null;
    this.store = null;
    this.paired = null;
    this.runner.cancel();
    this.runner.say('');
    this.panel.hidden = true;
  }

  /** A lever moved from month `tick` of a run of `scenario` (as loaded, before any mid-run change):
   *  starts the run without the changes, unless it runs already (it leaves out every change). */
  changed(scenario: Scenario, tick: number, dates: string[]): void {
    this.paired = null;
    this.runner.cancel();
    this.runner.say('');
    if (this.client) return;
    this.from = tick;
    this.without = scenario;
    this.store = new SeriesStore(dates);
    this.ready = false;
    this.asked = 0;
    const store = this.store;
    this.client = new SimClient({
      onLoaded: () => {
        this.ready = true;
      },
      onProgress: (event) => {
        store.write(event.from, event.rows);
        this.onProgress();
      },
      onError: (message) => showMessage('error', `the run without your changes: ${message}`),
    });
    this.client.load(scenario, 0);
    this.panel.hidden = false;
  }

  /** Months the run without the changes has reported. */
  get tick(): number {
    return this.store?.tick ?? 0;
  }

  /** Asks the run without the changes for the months up to `tick`, a few at a time. */
  follow(tick: number): void {
    if (!this.client || !this.ready) return;
    while (this.asked < tick && this.asked - this.tick < AHEAD) {
      const months = Math.min(tick - this.asked, AHEAD - (this.asked - this.tick));
      this.client.step(months, false);
      this.asked += months;
    }
  }

  /** Shows the differences over the months both runs have, up to `tick` of the run with the changes. */
  render(main: SeriesStore | null, tick: number): void {
    if (!this.client || !this.store || !main) return;
    this.follow(tick);
    const upTo = Math.min(tick, this.tick);
    const dates = main.dates;
    this.check.disabled = upTo <= this.from || this.runner.running;
    if (upTo <= this.from) {
      this.note.textContent = `Running the same seed without your changes to ${dates[this.from]} (now at ${this.tick > 0 ? dates[this.tick - 1] : 'the start'})…`;
      this.table.replaceChildren();
      return;
    }
    const withSeries = main.filledSeries(upTo);
    const withoutSeries = this.store.filledSeries(upTo);
    const months = upTo - this.from;
    this.note.textContent =
      `${dates[this.from]} to ${dates[upTo - 1]} (${months} month${months === 1 ? '' : 's'}): your run minus the same seed without your changes. ` +
      "Both draw the same luck, so the difference is the changes' own on this seed; one seed may still be noise" +
      (this.paired
        ? `. Below: the mean difference over ${PAIRED_SEEDS} paired seeds with its 90% interval.`
        : ': check it over paired seeds.');
    this.table.replaceChildren(
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Outcome'),
          el('th', { scope: 'col' }, 'Your run'),
          el('th', { scope: 'col' }, 'Without your changes'),
          el('th', { scope: 'col' }, 'Difference'),
        ),
      ),
      el('tbody', {}, ...SINCE_CHANGE_OUTCOMES.map(([metric, label]) => this.row(metric, label, withSeries, withoutSeries, upTo))),
    );
  }

  private row(metric: string, label: string, withSeries: SeriesByMetric, withoutSeries: SeriesByMetric, upTo: number): HTMLElement {
    const unit = findMetric(metric)?.unit ?? '';
    const a = valueBetween(metric, withSeries, this.from, upTo);
    const b = valueBetween(metric, withoutSeries, this.from, upTo);
    const difference = el(
      'td',
      { 'data-metric': metric, 'data-difference': Number.isFinite(a - b) ? String(a - b) : '' },
      el('span', { class: 'value' }, formatDifference(a - b, unit)),
      el('span', { class: 'noise' }, 'this seed'),
    );
    if (this.paired) difference.append(noiseLine(this.interval(metric, upTo), unit));
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, label),
      el('td', {}, formatInUnit(a, unit)),
      el('td', {}, formatInUnit(b, unit)),
      difference,
    );
  }

  /** The paired interval of a metric over the change's months, seed by seed. */
  private interval(metric: string, upTo: number): PairedInterval {
    const { withChanges, without } = this.paired!;
    return pairedInterval(
      without.runs.map((run, i) => valueBetween(metric, withChanges.runs[i], this.from, upTo) - valueBetween(metric, run, this.from, upTo)),
    );
  }

  /** Runs the paired seeds with and without the changes (whole runs, in the worker pool). */
  private async checkNoise(): Promise<void> {
    if (!this.without || !this.store) return;
    this.check.disabled = true;
    const withChanges = await this.scenarioAsRun();
    const results = await this.runner.run([withChanges, this.without], this.store.dates, PAIRED_SEEDS, {
      running: (finished, total) => `Running ${PAIRED_SEEDS} paired seeds with and without your changes… ${finished} of ${total} runs`,
      done: `${PAIRED_SEEDS} paired seeds done: beyond noise when the whole 90% interval of the mean difference is on one side of zero.`,
    });
    if (results) this.paired = { withChanges: results[0], without: results[1] };
    this.onProgress();
  }
}

/** The mean difference over the paired seeds, its 90% interval and the verdict. */
function noiseLine(interval: PairedInterval, unit: string): HTMLElement {
  const verdict = noiseVerdict(interval);
  if (verdict === 'none') return el('span', { class: 'noise none', 'data-verdict': verdict }, 'no interval (no value on enough seeds)');
  return el(
    'span',
    { class: `noise ${verdict}`, 'data-verdict': verdict },
    `${PAIRED_SEEDS} seeds: ${formatDifference(interval.mean, unit)} (90%: ${formatDifference(interval.lo, unit)} to ${formatDifference(interval.hi, unit)}) `,
    el('strong', {}, verdict === 'beyond' ? 'beyond noise' : 'within noise'),
  );
}
