// One card per headline outcome: the policies' lines on shared axes, and below them each policy
// minus the first (with the paired 90% band when several seeds ran). Cards can be pinned for the
// projector; each chart exports as PNG. While a run plays, only cards on screen are redrawn (OnScreenDrawer).
import { findMetric } from '../../sim/metrics';
import { el } from '../shared/dom';
import type { ChartSpec } from '../shared/chartSpecs';
import { MetricChart, type ChartMarker, type ChartSizes, type SeriesLine } from '../shared/charts';
import { downloadDataUrl } from '../shared/download';
import { OnScreenDrawer } from '../shared/onScreen';
import { monthToYear, type ViewSeries } from '../shared/series';
import type { CompareView, PairedBand } from './outcomes';
import { OUTCOMES, runningAxisTitle } from './outcomes';

/** What one outcome card draws: each policy's series and, for policies 2..n, the paired band (if any). */
export interface OutcomeData {
  series: ViewSeries[];
  bands: (PairedBand | null)[];
}

const DEFAULT_PINNED = new Set(['victims_new_total', 'deaths', 'victims_deported_unidentified', 'smuggling_fee_mean_usd']);

interface Card {
  metric: string;
  levels: MetricChart;
  difference: MetricChart;
  element: HTMLElement;
}

/** What the last draw asked every card to show. */
interface DrawRequest {
  labels: readonly string[];
  colours: readonly string[];
  dates: readonly string[];
  dataOf: (metric: string) => OutcomeData;
}

function specFor(metric: string, suffix: string, title: string): ChartSpec {
  return { id: `${metric}${suffix}`, title, hint: '', lines: [{ metric: metric as ChartSpec['lines'][number]['metric'], axis: 'y' }] };
}

export class OutcomeCharts {
  private readonly cards: Card[] = [];
  private readonly drawer: OnScreenDrawer<Card>;
  private latest: DrawRequest | null = null;
  view: CompareView = 'running';
  /** File name (without extension) for a chart's PNG. */
  pngName: (chartId: string) => string = (id) => id;

  /** Where the moments' letters are explained (the charts write only the letter). */
  private readonly key: HTMLElement | null;

  constructor(container: HTMLElement, key: HTMLElement | null = null) {
    this.key = key;
    for (const metric of OUTCOMES) this.cards.push(this.createCard(container, metric));
    this.drawer = new OnScreenDrawer(
      this.cards,
      (card) => card.element,
      (card) => this.drawCard(card),
    );
  }

  private createCard(container: HTMLElement, metric: string): Card {
    const spec = findMetric(metric)!;
    const levelsCanvas = el('canvas', { role: 'img', 'aria-label': `${spec.label}: one line per policy`, 'data-chart': metric });
    const diffCanvas = el('canvas', {
      role: 'img',
      'aria-label': `${spec.label}: each policy minus the first`,
      'data-chart': `${metric}-difference`,
    });
    const pin = el('input', { type: 'checkbox', checked: DEFAULT_PINNED.has(metric), 'data-pin': metric });
    const png = el('button', { type: 'button', class: 'small editing', 'data-png': metric }, 'PNG');
    const element = el(
      'figure',
      { class: 'outcome-card', id: `outcome-${metric}`, 'data-pinned': String(DEFAULT_PINNED.has(metric)) },
      el(
        'div',
        { class: 'chart-head' },
        el('h3', {}, spec.label),
        el('span', { class: 'card-tools editing' }, el('label', {}, pin, ' On projector'), png),
      ),
      el('div', { class: 'chart-box levels' }, levelsCanvas),
      el('p', { class: 'difference-title' }, 'Difference from the first policy (same colours; the first lies on zero)'),
      el('div', { class: 'chart-box difference' }, diffCanvas),
    );
    container.append(element);
    pin.addEventListener('change', () => {
      element.dataset.pinned = String(pin.checked);
    });
    const card: Card = {
      metric,
      element,
      levels: new MetricChart(levelsCanvas, specFor(metric, '', spec.label)),
      difference: new MetricChart(diffCanvas, specFor(metric, '-difference', `${spec.label}: difference`)),
    };
    card.difference.setLegend(false);
    for (const chart of [card.levels, card.difference]) chart.xTitle = false;
    png.addEventListener('click', () => {
      downloadDataUrl(`${this.pngName(metric)}.png`, card.levels.toPng());
      downloadDataUrl(`${this.pngName(`${metric}-difference`)}.png`, card.difference.toPng());
    });
    return card;
  }

  /** Redraws the cards: `dataOf` gives each outcome's series (and bands) in the current view. With
   *  `onScreenOnly` (while a run plays), cards off screen are left to catch up when they come into view. */
  draw(
    labels: readonly string[],
    colours: readonly string[],
    dates: readonly string[],
    dataOf: (metric: string) => OutcomeData,
    onScreenOnly = false,
  ): void {
    this.latest = { labels, colours, dates, dataOf };
    this.drawer.draw(onScreenOnly);
  }

  private drawCard(card: Card): void {
    if (!this.latest) return;
    const { labels, colours, dates, dataOf } = this.latest;
    const [xMin, xMax] = this.xRange(dates);
    const chartView = this.view === 'yearly' ? 'yearly' : 'monthly';
    const data = dataOf(card.metric);
    card.element.dataset.lastMonths = data.series.map((s) => s.labels[s.labels.length - 1] ?? '').join(',');
    card.levels.yTitle = this.view === 'running' ? runningAxisTitle(card.metric) : null;
    card.difference.yTitle = 'difference';
    const end = this.view === 'yearly' ? dates[dates.length - 1]?.slice(0, 4) : dates[dates.length - 1];
    for (const chart of [card.levels, card.difference]) {
      chart.setView(chartView, xMin, xMax);
      if (end) endAxisAtRunEnd(chart, end);
    }
    card.levels.showLines(data.series.map((s, p) => line(labels[p], card.metric, colours[p], s)));
    card.difference.showLines(
      data.series.map((s, p): SeriesLine => {
        const diff = { ...s, y: s.y.map((v, i) => v - (data.series[0].y[i] ?? 0)) };
        const band = data.bands[p];
        return {
          ...line(p === 0 ? `${labels[0]} (reference, zero)` : `${labels[p]} − ${labels[0]}`, card.metric, colours[p], diff),
          band: band ? { x: band.x, lo: band.lo, hi: band.hi } : undefined,
        };
      }),
    );
    // Where the plot area starts (below the moments' letters), for the browser tests as they read data-tick.
    for (const chart of [card.levels, card.difference]) chart.chart.canvas.dataset.plotTop = String(Math.round(chart.chart.chartArea.top));
  }

  private xRange(dates: readonly string[]): [number | undefined, number | undefined] {
    if (dates.length === 0) return [undefined, undefined];
    if (this.view === 'yearly') return [Number(dates[0].slice(0, 4)), Number(dates[dates.length - 1].slice(0, 4))];
    return [monthToYear(dates[0]), monthToYear(dates[dates.length - 1])];
  }

  /** Draws the bookmarks on every chart as lettered lines, and lists what each letter marks in `key`. */
  setMarkers(markers: ChartMarker[]): void {
    const toX = (at: string) => (this.view === 'yearly' ? Number(at.slice(0, 4)) : monthToYear(at));
    const tagged = markers.map((m, i) => ({ ...m, tag: momentTag(i) }));
    for (const card of this.cards) for (const chart of [card.levels, card.difference]) chart.setMarkers(tagged, toX);
    this.key?.replaceChildren(...tagged.map((m) => el('li', { 'data-at': m.at }, el('strong', {}, m.tag), ` ${m.at}: ${m.label}`)));
  }

  /** Line width, marker font and legend for the room (presentation: the strip names the colours) or the desk. */
  setStyle(sizes: ChartSizes, legend: boolean): void {
    for (const card of this.cards) {
      card.levels.setLegend(legend);
      for (const chart of [card.levels, card.difference]) chart.setSizes(sizes);
    }
  }

  /** Every chart as [file name, PNG data URL]. */
  pngs(): [string, string][] {
    this.drawer.catchUp();
    return this.cards.flatMap(
      (c) =>
        [
          [this.pngName(c.metric), c.levels.toPng()],
          [this.pngName(`${c.metric}-difference`), c.difference.toPng()],
        ] as [string, string][],
    );
  }
}

/** Room a year label needs on the x axis, in pixels. */
const TICK_ROOM = 44;

/** Ends the x axis at the run's last month (or year), labelled, with whole years before it as far apart as
 *  their labels need: Chart.js would skip labels from the end and leave the axis stopping a year or two short. */
function endAxisAtRunEnd(chart: MetricChart, end: string): void {
  const x = chart.chart.options.scales?.x;
  if (!x?.ticks) return;
  const ticks = x.ticks;
  x.afterBuildTicks = (scale) => {
    const yearsPerLabel = (TICK_ROOM * (scale.max - scale.min)) / Math.max(1, scale.width);
    const step = Math.max(1, Math.ceil(yearsPerLabel));
    const years: number[] = [];
    // The end's label is wider ("2012-12"): the last whole year keeps a label's room and a half from it.
    for (let year = Math.floor(scale.max - 1.5 * yearsPerLabel); year >= scale.min; year -= step) years.unshift(year);
    scale.ticks = [...years, scale.max].map((value) => ({ value }));
    chart.chart.canvas.dataset.xEnd = end;
  };
  // Property by property: spreading Chart.js's resolved options would call the old scriptable callback.
  const max = x.max as number;
  ticks.autoSkip = false;
  ticks.maxRotation = 0;
  ticks.callback = (v: number | string) => (Number(v) === max ? end : Number.isInteger(Number(v)) ? String(v) : '');
}

/** "A", "B", … for the moments in order (then "A2", … past Z). */
function momentTag(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`;
}

function line(label: string, metric: string, colour: string, s: ViewSeries): SeriesLine {
  return { label, metric, colour, x: s.x, y: s.y };
}
