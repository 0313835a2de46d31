// Chart.js line charts for metric series: one run's lines, many seeds' means with 90% bands, or
// any labelled lines (one per policy in the comparison view); policy-change markers; units on
// axes; a white background so PNG exports read well.
import {
  Chart, Decimation, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartDataset, type Plugin,
} from 'chart.js';
import annotationPlugin, { type AnnotationOptions } from 'chartjs-plugin-annotation';
import { findMetric } from '../../sim/metrics';
import { axisTitle, type ChartSpec } from './chartSpecs';
import type { Band } from './ensembleStats';
import { formatInUnit } from './format';
import { SERIES_COLOURS, withAlpha } from './palette';
import type { TimeView, ViewSeries } from './series';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Filler, Decimation, annotationPlugin);

/** A chart point; y null is a gap (a month or year without a value). */
type Point = { x: number; y: number | null };
type LineDataset = ChartDataset<'line', Point[]>;

/** A change of policy drawn as a vertical line: month "YYYY-MM" and a short label. */
export interface ChartMarker { at: string; label: string }

/** A labelled line (e.g. one policy's series), optionally with a shaded band from lo to hi. */
export interface SeriesLine {
  label: string;
  metric: string;
  colour: string;
  x: readonly number[];
  y: readonly number[];
  band?: { x: readonly number[]; lo: readonly number[]; hi: readonly number[] };
  dash?: number[];
}

const whiteBackground: Plugin<'line'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** "2005.5" -> "2005-07" (monthly) or "2005" (yearly). */
export function xLabel(x: number, view: TimeView): string {
  const year = Math.floor(x + 1e-6);
  if (view === 'yearly') return String(year);
  const month = Math.round((x - year) * 12) + 1;
  return `${year}-${String(Math.min(12, month)).padStart(2, '0')}`;
}

function points(x: readonly number[], y: readonly number[]): Point[] {
  return x.map((xi, i) => ({ x: xi, y: Number.isFinite(y[i]) ? y[i] : null }));
}

/** One chart of the dashboard. */
export class MetricChart {
  readonly spec: ChartSpec;
  readonly chart: Chart<'line', Point[]>;
  private view: TimeView = 'monthly';
  /** The x range the run will fill (unknown until the run's dates are). */
  private xRange: { min?: number; max?: number } = {};
  private markers: ChartMarker[] = [];
  /** Replaces the left axis title (e.g. "people, running total"); null keeps the one from the units. */
  yTitle: string | null = null;
  /** Font size of marker labels (larger for a projector). */
  private markerFontSize = DESK_SIZES.marker;
  /** Whether the x axis shows its title ("month"/"year"). */
  xTitle = true;

  constructor(canvas: HTMLCanvasElement, spec: ChartSpec) {
    this.spec = spec;
    this.chart = new Chart<'line', Point[]>(canvas, {
      type: 'line',
      data: { datasets: [] },
      plugins: [whiteBackground],
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        // A month without a value (null) is a gap, as it is an empty cell in the CSV.
        spanGaps: false,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        elements: { point: { radius: 0, hitRadius: 6 }, line: { borderWidth: DESK_SIZES.line, tension: 0 } },
        scales: this.scales(),
        plugins: {
          decimation: { enabled: true, algorithm: 'lttb', samples: 240 },
          legend: { position: 'bottom', labels: { usePointStyle: true, pointStyle: 'line', boxWidth: 24, filter: (item) => !String(item.text).startsWith('\u200b') } },
          tooltip: {
            filter: (item) => !String(item.dataset.label).startsWith('\u200b'),
            callbacks: {
              title: (items) => (items.length ? xLabel(items[0].parsed.x ?? 0, this.view) : ''),
              label: (item) => `${item.dataset.label}: ${formatInUnit(item.parsed.y ?? NaN, this.unitOf(item.datasetIndex))}`,
            },
          },
          annotation: { annotations: {} },
        },
      },
    });
  }

  private scales() {
    const hasRight = this.spec.lines.some((l) => l.axis === 'y2');
    const axis = (id: 'y' | 'y2') => ({
      type: 'linear' as const, position: id === 'y' ? 'left' as const : 'right' as const, beginAtZero: true,
      display: id === 'y' || hasRight,
      title: { display: true, text: id === 'y' && this.yTitle !== null ? this.yTitle : axisTitle(this.spec, id, this.view) },
      grid: { drawOnChartArea: id === 'y' },
      ticks: { callback: (v: number | string) => formatInUnit(Number(v), this.axisUnit(id)) },
    });
    // A tick per whole year only once the range is known: before that, Chart.js would span 0 to a marker's year.
    const known = this.xRange.min !== undefined && this.xRange.max !== undefined;
    return {
      x: { type: 'linear' as const, ...this.xRange, title: { display: this.xTitle, text: this.view === 'yearly' ? 'year' : 'month' },
        ticks: { stepSize: known ? 1 : undefined, precision: 0, callback: (v: number | string) => (Number.isInteger(Number(v)) ? String(v) : '') } },
      y: axis('y'),
      y2: axis('y2'),
    };
  }

  private axisUnit(axis: 'y' | 'y2'): string {
    const line = this.spec.lines.find((l) => l.axis === axis);
    return line ? findMetric(line.metric)?.unit ?? '' : '';
  }

  private unitOf(datasetIndex: number): string {
    const dataset = this.chart.data.datasets[datasetIndex] as LineDataset & { metric?: string };
    return findMetric(dataset.metric ?? '')?.unit ?? '';
  }

  /** Switches between monthly and yearly points (the axis titles follow); x spans [xMin, xMax] so the run fills in left to right. */
  setView(view: TimeView, xMin?: number, xMax?: number): void {
    this.view = view;
    this.xRange = { min: xMin, max: xMax };
    this.chart.options.scales = this.scales();
  }

  /** Draws one run: a line per metric. */
  showRun(seriesOf: (metric: string) => ViewSeries): void {
    const datasets = this.spec.lines.map((line, i): LineDataset & { metric: string } => {
      const s = seriesOf(line.metric);
      return { label: line.label ?? line.metric, metric: line.metric, data: points(s.x, s.y), yAxisID: line.axis,
        borderColor: SERIES_COLOURS[i], backgroundColor: SERIES_COLOURS[i], borderDash: line.axis === 'y2' ? [6, 3] : undefined, fill: false };
    });
    this.replaceDatasets(datasets);
  }

  /** Draws many seeds: each metric's mean, with its 90% band shaded. */
  showEnsemble(bandOf: (metric: string) => Band): void {
    this.showLines(this.spec.lines.map((line, i): SeriesLine => {
      const b = bandOf(line.metric);
      return { label: `${line.label ?? line.metric} (mean)`, metric: line.metric, colour: SERIES_COLOURS[i], x: b.x, y: b.mean,
        band: { x: b.x, lo: b.lo, hi: b.hi }, dash: line.axis === 'y2' ? [6, 3] : undefined };
    }), this.spec.lines.map((l) => l.axis));
  }

  /** Draws labelled lines, each with its optional band, on the left axis unless `axes` says otherwise. */
  showLines(lines: readonly SeriesLine[], axes: readonly ('y' | 'y2')[] = []): void {
    const datasets = lines.flatMap((line, i): (LineDataset & { metric: string })[] => {
      const yAxisID = axes[i] ?? 'y';
      const main = { label: line.label, metric: line.metric, data: points(line.x, line.y), yAxisID,
        borderColor: line.colour, backgroundColor: line.colour, borderDash: line.dash, fill: false };
      if (!line.band) return [main];
      const hidden = { metric: line.metric, yAxisID, borderWidth: 0, pointRadius: 0, borderColor: withAlpha(line.colour, 0) };
      return [
        { ...hidden, label: `\u200b${line.label} high`, data: points(line.band.x, line.band.hi), fill: '+1', backgroundColor: withAlpha(line.colour, 0.22) },
        { ...hidden, label: `\u200b${line.label} low`, data: points(line.band.x, line.band.lo), fill: false, backgroundColor: withAlpha(line.colour, 0.22) },
        main,
      ];
    });
    this.replaceDatasets(datasets);
  }

  /** Shows or hides the legend (e.g. when a neighbouring chart already names the lines). */
  setLegend(display: boolean): void {
    const legend = this.chart.options.plugins?.legend;
    if (legend) legend.display = display;
  }

  /** Applies type and line sizes (larger for a projector); markers take effect when next set. */
  setSizes(sizes: ChartSizes): void {
    this.markerFontSize = sizes.marker;
    const line = this.chart.options.elements?.line;
    if (line) line.borderWidth = sizes.line;
    for (const dataset of this.chart.data.datasets) if (!String(dataset.label).startsWith('\u200b')) dataset.borderWidth = sizes.line;
    this.chart.update('none');
  }

  private replaceDatasets(next: LineDataset[]): void {
    const current = this.chart.data.datasets;
    const sameShape = current.length === next.length && current.every((d, i) => d.label === next[i].label);
    if (sameShape) next.forEach((d, i) => { current[i].data = d.data; });
    else this.chart.data.datasets = next;
    this.chart.update('none');
  }

  /** Draws vertical lines where policy changed. */
  setMarkers(markers: ChartMarker[], toX: (at: string) => number): void {
    this.markers = markers;
    const annotations: Record<string, AnnotationOptions> = {};
    this.markers.forEach((m, i) => {
      annotations[`m${i}`] = {
        type: 'line', scaleID: 'x', value: toX(m.at), adjustScaleRange: false, borderColor: '#444444', borderWidth: 1, borderDash: [4, 4],
        label: { display: true, content: m.label.length > 40 ? `${m.label.slice(0, 38)}…` : m.label, position: 'start',
          backgroundColor: 'rgba(255,255,255,0.85)', color: '#222222', font: { size: this.markerFontSize } },
      };
    });
    const plugins = this.chart.options.plugins;
    if (plugins?.annotation) plugins.annotation.annotations = annotations;
    this.chart.update('none');
  }

  /** The chart as a PNG data URL. */
  toPng(): string {
    return this.chart.toBase64Image('image/png', 1);
  }

  destroy(): void {
    this.chart.destroy();
  }
}

/** Type and line sizes of every chart at the desk and in large text (one scale for both pages). */
export interface ChartSizes { font: number; marker: number; line: number }
export const DESK_SIZES: ChartSizes = { font: 12, marker: 11, line: 2 };
export const LARGE_SIZES: ChartSizes = { font: 16, marker: 15, line: 4 };

/** Sets the base font size of every chart drawn from now on. */
export function setChartFontSize(px: number): void {
  Chart.defaults.font.size = px;
}
