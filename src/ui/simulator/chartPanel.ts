// The dashboard of live charts: one card per chart declaration with its hint and a PNG button.
// Redraws one run's lines or the many-seeds bands, in the monthly or yearly view, with markers and
// (when on) the evidence for the run's years.
import { CHARTS } from '../shared/chartSpecs';
import { MetricChart, type ChartMarker, type ChartSizes } from '../shared/charts';
import { downloadDataUrl } from '../shared/download';
import { ensembleBand, type EnsembleResult } from '../shared/ensemble';
import { evidenceLayers, type EvidenceLayer } from '../shared/evidenceLayer';
import { GRADE_MEANINGS } from '../../sim/evidence/series';
import { monthToYear, viewSeries, type SeriesStore, type TimeView } from '../shared/series';
import { el } from '../shared/dom';

export type ChartDisplay = 'run' | 'ensemble';

export class ChartPanel {
  private readonly charts: MetricChart[] = [];
  /** Per chart, the list of the evidence it draws (for the keyboard and screen readers, and exact numbers). */
  private readonly evidenceLists: HTMLDetailsElement[] = [];
  view: TimeView = 'monthly';
  display: ChartDisplay = 'run';
  /** Whether the charts draw the evidence over the model's lines. */
  evidence = true;
  /** Whether any chart has evidence for the run's years (set by draw). */
  evidenceAvailable = false;
  /** What the evidence layers were last built for (view, run months, on/off). */
  private evidenceFor = '';
  /** The file name (without extension) a chart's PNG gets, given the chart id. */
  pngName: (chartId: string) => string = (id) => id;

  /** The policy changes the dashed lines mark, in words. */
  private readonly markerList = el('p', { class: 'muted marker-list', id: 'chart-markers' });

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
      const readout = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-readout': spec.id });
      const evidenceList = el('details', { class: 'evidence-list', 'data-evidence-list': spec.id, hidden: true });
      card.append(evidenceList, readout);
      this.evidenceLists.push(evidenceList);
      container.append(card);
      const chart = new MetricChart(canvas, spec);
      chart.readout = readout;
      png.addEventListener('click', () => downloadDataUrl(`${this.pngName(spec.id)}.png`, chart.toPng()));
      this.charts.push(chart);
    }
  }

  /** Redraws every chart from one run's store or from the ensemble. */
  draw(store: SeriesStore | null, ensemble: EnsembleResult | null, upTo = store?.tick ?? 0): void {
    const dates = store?.dates ?? ensemble?.dates ?? [];
    const [xMin, xMax] =
      dates.length === 0
        ? [undefined, undefined]
        : this.view === 'yearly'
          ? [Number(dates[0].slice(0, 4)), Number(dates[dates.length - 1].slice(0, 4))]
          : [monthToYear(dates[0]), monthToYear(dates[dates.length - 1])];
    this.placeEvidence(dates);
    for (const chart of this.charts) {
      chart.setView(this.view, xMin, xMax);
      if (this.display === 'ensemble' && ensemble) chart.showEnsemble((metric) => ensembleBand(ensemble, metric, this.view));
      else if (store) {
        const filled = store.filledSeries(upTo);
        chart.showRun((metric) => viewSeries(metric, filled, store.dates, this.view));
      }
    }
  }

  /** Builds each chart's evidence layers when the view, the run's months or the toggle changed. */
  private placeEvidence(dates: readonly string[]): void {
    const key = `${this.view}|${dates[0]}|${dates[dates.length - 1]}|${this.evidence}`;
    if (key === this.evidenceFor) return;
    this.evidenceFor = key;
    this.evidenceAvailable = false;
    this.charts.forEach((chart, i) => {
      const layers = evidenceLayers(chart.spec, this.view, dates);
      if (layers.length > 0) this.evidenceAvailable = true;
      chart.setEvidence(this.evidence ? layers : []);
      showEvidenceList(this.evidenceLists[i], this.evidence ? layers : []);
      // Evidence adds legend rows: the card grows so the plot keeps its height.
      chart.chart.canvas.closest('.chart-card')?.classList.toggle('with-evidence', chart.hasEvidence);
    });
  }

  /** Charts that draw evidence now (ids). */
  chartsWithEvidence(): string[] {
    return this.charts.filter((c) => c.hasEvidence).map((c) => c.spec.id);
  }

  /** Marks policy changes on every chart. */
  setMarkers(markers: ChartMarker[]): void {
    const toX = (at: string) => (this.view === 'yearly' ? Number(at.slice(0, 4)) : monthToYear(at));
    // Labels show under the pointer only, so they never cover data; the list under the charts names every line.
    for (const chart of this.charts) chart.setMarkers(markers, toX, true);
    this.markerList.textContent =
      markers.length === 0 ? '' : `Dashed lines (hover one for its label): ${markers.map((m) => `${m.at} ${m.label}`).join('; ')}.`;
  }

  /** Applies type and line sizes (larger for a projector). */
  setSizes(sizes: ChartSizes): void {
    for (const chart of this.charts) chart.setSizes(sizes);
  }
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
