// The dashboard of live charts: one card per chart declaration with its hint and a PNG button.
// Redraws one run's lines or the many-seeds bands, in the view chosen or, by default, the one each
// chart reads best in (monthly or 12-month rolling), with markers and (when on) the evidence.
import { CHARTS } from '../shared/chartSpecs';
import { MetricChart, type ChartMarker, type ChartSizes } from '../shared/charts';
import { downloadDataUrl } from '../shared/download';
import { ensembleBand, type EnsembleResult } from '../shared/ensemble';
import { evidenceLayers, modelComparison, type EvidenceLayer } from '../shared/evidenceLayer';
import { GRADE_MEANINGS } from '../../sim/evidence/series';
import { monthToYear, viewSeries, type SeriesStore, type TimeView } from '../shared/series';
import { el } from '../shared/dom';
import { readableView, viewCaption, type ViewChoice } from '../shared/readableView';

export type ChartDisplay = 'run' | 'ensemble';
/** A view for every chart, or 'auto': each chart its readable view. */
export type ViewSetting = TimeView | 'auto';

export class ChartPanel {
  private readonly charts: MetricChart[] = [];
  /** Per chart, the list of the evidence it draws (for the keyboard and screen readers, and exact numbers). */
  private readonly evidenceLists: HTMLDetailsElement[] = [];
  view: ViewSetting = 'auto';
  /** Per chart, the view 'auto' picked for the run in `choicesFor` (null until it has enough months). */
  private choices: (ViewChoice | null)[] = CHARTS.map(() => null);
  private choicesFor: SeriesStore | null = null;
  /** Per chart, the caption saying which view it shows and why. */
  private readonly captions: HTMLElement[] = [];
  display: ChartDisplay = 'run';
  /** Whether the charts draw the evidence over the model's lines. */
  evidence = true;
  /** Whether any chart has evidence for the run's years (set by draw). */
  evidenceAvailable = false;
  /** Per chart, what its evidence layers were last built for (view, run months, on/off). */
  private readonly evidenceFor: string[] = CHARTS.map(() => '');
  /** Per chart, how many evidence series it has for the run's years in its view (drawn or not). */
  private readonly evidenceCounts: number[] = CHARTS.map(() => 0);
  /** The file name (without extension) a chart's PNG gets, given the chart id. */
  pngName: (chartId: string) => string = (id) => id;

  /** The run drawn last and how far it had run (the evidence tooltips compare with it). */
  private drawn: { store: SeriesStore; upTo: number } | null = null;

  /** The policy changes the dashed lines mark, in words. */
  private readonly markerList = el('details', { class: 'muted marker-list', id: 'chart-markers', hidden: true });

  constructor(container: HTMLElement) {
    container.before(this.markerList);
    for (const spec of CHARTS) {
      const canvas = el('canvas', { 'aria-label': `${spec.title} chart`, role: 'img', 'data-chart': spec.id });
      const png = el('button', { type: 'button', class: 'small', 'data-png': spec.id }, 'PNG');
      const card = el(
        'figure',
        { class: 'chart-card', id: `chart-${spec.id}` },
        el('div', { class: 'chart-head' }, el('h3', {}, spec.title), png),
        el('p', { class: 'chart-hint' }, spec.hint),
        el('div', { class: 'chart-box' }, canvas),
      );
      const caption = el('p', { class: 'chart-view muted', 'data-view-caption': spec.id });
      this.captions.push(caption);
      card.append(caption);
      const readout = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-readout': spec.id });
      const evidenceList = el('details', { class: 'evidence-list', 'data-evidence-list': spec.id, hidden: true });
      card.append(evidenceList, readout);
      this.evidenceLists.push(evidenceList);
      container.append(card);
      const chart = new MetricChart(canvas, spec);
      chart.readout = readout;
      chart.compareMark = (mark) => {
        if (!this.drawn) return 'This run: not started.';
        const { store, upTo } = this.drawn;
        return modelComparison(mark.period, { dates: store.dates.slice(0, upTo), series: store.filledSeries(upTo) });
      };
      png.addEventListener('click', () => downloadDataUrl(`${this.pngName(spec.id)}.png`, chart.toPng()));
      this.charts.push(chart);
    }
  }

  /** Redraws every chart from one run's store or from the ensemble. */
  draw(store: SeriesStore | null, ensemble: EnsembleResult | null, upTo = store?.tick ?? 0): void {
    const dates = store?.dates ?? ensemble?.dates ?? [];
    this.drawn = store ? { store, upTo } : null;
    this.evidenceAvailable = false;
    this.charts.forEach((chart, i) => {
      const view = this.chartView(i, store);
      this.placeEvidence(i, view, dates);
      chart.setView(view, ...xSpan(view, dates));
      if (this.display === 'ensemble' && ensemble) chart.showEnsemble((metric) => ensembleBand(ensemble, metric, view));
      else if (store) {
        const filled = store.filledSeries(upTo);
        chart.showRun((metric) => viewSeries(metric, filled, store.dates, view));
      }
    });
  }

  /** The view chart i draws: the one chosen above, or its readable view for this run (picked once, when it has enough months). */
  private chartView(i: number, store: SeriesStore | null): TimeView {
    if (store !== this.choicesFor) {
      this.choicesFor = store;
      this.choices = CHARTS.map(() => null);
    }
    if (this.view === 'auto' && store && !this.choices[i]) this.choices[i] = readableView(CHARTS[i], store.filledSeries(), store.tick);
    const caption = viewCaption(this.view === 'auto' ? this.choices[i] : null, this.view);
    if (this.captions[i].textContent !== caption) this.captions[i].textContent = caption;
    const view = this.view === 'auto' ? (this.choices[i]?.view ?? 'monthly') : this.view;
    this.captions[i].dataset.view = view;
    return view;
  }

  /** Builds a chart's evidence layers when its view, the run's months or the toggle changed. */
  private placeEvidence(i: number, view: TimeView, dates: readonly string[]): void {
    const chart = this.charts[i];
    const key = `${view}|${dates[0]}|${dates[dates.length - 1]}|${this.evidence}`;
    if (key !== this.evidenceFor[i]) {
      this.evidenceFor[i] = key;
      const layers = evidenceLayers(chart.spec, view, dates);
      this.evidenceCounts[i] = layers.length;
      chart.setEvidence(this.evidence ? layers : []);
      showEvidenceList(this.evidenceLists[i], this.evidence ? layers : []);
      // Evidence adds legend rows: the card grows so the plot keeps its height.
      chart.chart.canvas.closest('.chart-card')?.classList.toggle('with-evidence', chart.hasEvidence);
    }
    if (this.evidenceCounts[i] > 0) this.evidenceAvailable = true;
  }

  /** Charts that draw evidence now (ids). */
  chartsWithEvidence(): string[] {
    return this.charts.filter((c) => c.hasEvidence).map((c) => c.spec.id);
  }

  /** Marks policy changes on every chart. */
  setMarkers(markers: ChartMarker[]): void {
    // Only the yearly view puts a year at a whole number; the monthly and rolling views put each month at its start.
    const toX = (at: string) => (this.view === 'yearly' ? Number(at.slice(0, 4)) : monthToYear(at));
    // Labels show under the pointer only, so they never cover data; the list under the charts names every line.
    for (const chart of this.charts) chart.setMarkers(markers, toX, true);
    this.markerList.hidden = markers.length === 0;
    this.markerList.replaceChildren(
      el(
        'summary',
        {},
        `Dashed lines: ${markers.length} policy ${markers.length === 1 ? 'change' : 'changes'} (point at one for its label above the chart; the list)`,
      ),
      el('ul', {}, ...markers.map((m) => el('li', {}, `${m.at} ${m.label}`))),
    );
  }

  /** Applies type and line sizes (larger for a projector). */
  setSizes(sizes: ChartSizes): void {
    for (const chart of this.charts) chart.setSizes(sizes);
  }
}

/** The x axis's span for a run over `dates`: its first to its last year or month (none before the dates are known). */
function xSpan(view: TimeView, dates: readonly string[]): [number?, number?] {
  if (dates.length === 0) return [];
  const first = dates[0];
  const last = dates[dates.length - 1];
  return view === 'yearly' ? [Number(first.slice(0, 4)), Number(last.slice(0, 4))] : [monthToYear(first), monthToYear(last)];
}

/** The evidence a chart draws, as text: each series with its grade, source and observations (closed until opened). */
function showEvidenceList(list: HTMLDetailsElement, layers: readonly EvidenceLayer[]): void {
  list.hidden = layers.length === 0;
  const observations = layers.reduce((n, l) => n + l.marks.length, 0);
  list.replaceChildren(
    el('summary', {}, `Evidence on this chart: ${layers.length} series, ${observations} observations`),
    ...layers.flatMap((layer) => [
      el(
        'p',
        {},
        el('strong', {}, layer.label),
        ` (grade ${layer.grade}: ${GRADE_MEANINGS[layer.grade]}), compared with "${layer.modelLabel}". `,
        `Source: ${layer.source}.`,
        layer.caveat ? ` ${layer.caveat}` : '',
      ),
      el('ul', {}, ...layer.marks.map((mark) => el('li', {}, mark.text))),
    ]),
  );
}
