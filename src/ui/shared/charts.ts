// Chart.js line charts for metric series: one run's lines, many seeds' means with 90% bands, or
// any labelled lines (one per policy in the comparison view); policy-change markers; evidence
// drawn over the lines (markers, ranges, source on hover); units on axes; a white background so PNG
// exports read well.
import {
  Chart,
  Decimation,
  Filler,
  Interaction,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
  type InteractionItem,
  type InteractionModeFunction,
  type LegendItem,
  type Plugin,
  type PointStyle,
  type TooltipModel,
} from 'chart.js';
import annotationPlugin, { type AnnotationOptions } from 'chartjs-plugin-annotation';
import { findMetric } from '../../sim/metrics';
import { axisTitle, type ChartSpec } from './chartSpecs';
import type { Band } from './ensembleStats';
import { tooltipLines, type EvidenceLayer, type EvidenceMark } from './evidenceLayer';
import { formatInUnit } from '../../presentation/format';
import { SERIES_COLOURS, withAlpha } from '../../presentation/palette';
import { BAND_ALPHA, isListed, unlistedLabel, whiteBackground } from '../../presentation/chartStyle';
import type { TimeView, ViewSeries } from './series';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Filler, Decimation, annotationPlugin);

declare module 'chart.js' {
  interface InteractionModeMap {
    evidenceFirst: InteractionModeFunction;
  }
}

/** A chart point; y null is a gap (a month or year without a value); evidence points carry their mark. */
type Point = { x: number; y: number | null; mark?: EvidenceMark };
type LineDataset = ChartDataset<'line', Point[]>;
/** An evidence series' dataset: markers only; its ranges are drawn by the evidenceRanges plugin. */
type EvidenceDataset = LineDataset & { evidence: EvidenceLayer };

/** A change of policy drawn as a vertical line: month "YYYY-MM" and a short label. With a `tag` (e.g. "A"),
 *  only the tag is written, above the plot area, and the page lists what it stands for: nothing covers the lines. */
export interface ChartMarker {
  at: string;
  label: string;
  tag?: string;
}

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

/** Marker shapes of evidence series, in order (a second series on the same line gets the next). */
const EVIDENCE_SHAPES: readonly PointStyle[] = ['rectRot', 'triangle', 'rect'];
/** Grades A and B (official tables, reports, peer review) are drawn filled; C and D hollow. */
const STRONG_GRADES = new Set(['A', 'B']);

function isEvidence(dataset: unknown): dataset is EvidenceDataset {
  return typeof dataset === 'object' && dataset !== null && 'evidence' in dataset;
}

/** Pixel box of one observation: its period across, its range (or value) up and down. */
interface MarkBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  value: number;
  hasRange: boolean;
}

/** Draws one observation: a shaded box where it spans time, an error bar where it is one point, a line at the value across its period. */
function drawMark(ctx: CanvasRenderingContext2D, box: MarkBox, colour: string): void {
  const { left, right, top, bottom } = box;
  const spans = right - left > 3;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.5;
  ctx.setLineDash(spans ? [3, 2] : []);
  if (box.hasRange && spans) {
    ctx.fillStyle = withAlpha(colour, 0.16);
    ctx.fillRect(left, top, right - left, bottom - top);
    ctx.strokeRect(left, top, right - left, bottom - top);
  } else if (box.hasRange) {
    ctx.beginPath();
    for (const [x0, y0, x1, y1] of [
      [left, top, left, bottom],
      [left - 5, top, left + 5, top],
      [left - 5, bottom, left + 5, bottom],
    ]) {
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
    }
    ctx.stroke();
  }
  if (spans) {
    ctx.setLineDash([]);
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(left, box.value);
    ctx.lineTo(right, box.value);
    ctx.stroke();
  }
}

/** Draws the evidence's periods and ranges under the lines (the markers are the datasets' points). */
const evidenceRanges: Plugin<'line'> = {
  id: 'evidenceRanges',
  beforeDatasetsDraw(chart) {
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    chart.data.datasets.forEach((dataset, i) => {
      if (!isEvidence(dataset) || !chart.isDatasetVisible(i)) return;
      const [x, y] = [scales.x, scales[dataset.yAxisID ?? 'y']];
      for (const { mark } of dataset.data as Point[]) {
        if (!mark) continue;
        drawMark(
          ctx,
          {
            left: x.getPixelForValue(mark.x0),
            right: x.getPixelForValue(mark.x1),
            value: y.getPixelForValue(mark.y),
            top: y.getPixelForValue(mark.high ?? mark.y),
            bottom: y.getPixelForValue(mark.low ?? mark.y),
            hasRange: mark.low !== null || mark.high !== null,
          },
          dataset.evidence.colour,
        );
      }
    });
    ctx.restore();
  },
  // Where the evidence markers are, in CSS pixels of the canvas (tests hover them, as they read data-tick).
  afterDatasetsDraw(chart) {
    const marks = chart.data.datasets.flatMap((dataset, i) =>
      isEvidence(dataset) && chart.isDatasetVisible(i)
        ? chart
            .getDatasetMeta(i)
            .data.filter((p) => p.x >= chart.chartArea.left && p.x <= chart.chartArea.right)
            .map((p) => [Math.round(p.x), Math.round(p.y), dataset.evidence.series].join(','))
        : [],
    );
    chart.canvas.dataset.evidencePoints = marks.join(' ');
    chart.canvas.dataset.axisFit = axisFit(chart);
    chart.canvas.dataset.legendRight = String(legendRight(chart));
  },
};

/** The highest value drawn on a y axis: its lines' points and its evidence's ranges (-Infinity when none). */
function highestOn(chart: Chart<'line'>, axis: string): number {
  let top = -Infinity;
  chart.data.datasets.forEach((dataset, i) => {
    if ((dataset.yAxisID ?? 'y') !== axis || !chart.isDatasetVisible(i)) return;
    for (const p of dataset.data as Point[]) top = Math.max(top, p.y ?? -Infinity, p.mark?.high ?? -Infinity);
  });
  return top;
}

/** The right edge of the legend's widest row item, in CSS pixels of the canvas (tests check it fits the chart). */
function legendRight(chart: Chart<'line'>): number {
  // Chart.js keeps the items' boxes on the legend after layout (not in its typings).
  const boxes = (chart.legend as unknown as { legendHitBoxes?: { left: number; width: number }[] } | undefined)?.legendHitBoxes ?? [];
  return Math.round(Math.max(0, ...boxes.map((b) => b.left + b.width)));
}

/** Each shown y axis's top and the highest value drawn on it, "y:max:highest" (tests check lines stay below the top). */
function axisFit(chart: Chart<'line'>): string {
  return ['y', 'y2']
    .filter((id) => chart.scales[id]?.options.display)
    .map((id) => `${id}:${chart.scales[id].max}:${highestOn(chart, id)}`)
    .join(' ');
}

/** What the pointer picks: the evidence marker under it, if any (alone: its tooltip is long); otherwise
 *  the model lines' points nearest in x, as the charts always did (evidence markers never steal them). */
Interaction.modes.evidenceFirst = (chart, event, _options, useFinalPosition) => {
  const onMarker = Interaction.modes
    .point(chart, event, { intersect: true }, useFinalPosition)
    .filter((item) => isEvidence(chart.data.datasets[item.datasetIndex]));
  if (onMarker.length > 0) return onMarker.slice(0, 1);
  const x = event.x ?? 0;
  let best = Infinity;
  let items: InteractionItem[] = [];
  chart.data.datasets.forEach((dataset, datasetIndex) => {
    if (isEvidence(dataset) || !chart.isDatasetVisible(datasetIndex)) return;
    chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
      if ((element as PointElement).skip) return;
      const distance = Math.abs(element.getProps(['x'], useFinalPosition).x - x);
      if (distance < best - 0.5) {
        best = distance;
        items = [];
      }
      if (distance <= best + 0.5) items.push({ element, datasetIndex, index });
    });
  });
  return items;
};

/** Legend items, with evidence series shown by their marker shape rather than a line; a label wider than the
 *  chart is cut to fit with "…" (the legend does not wrap; the evidence list and tooltips give it whole). */
function legendItems(chart: Chart): LegendItem[] {
  const items = Chart.defaults.plugins.legend.labels.generateLabels(chart as Chart);
  const { size, family } = Chart.defaults.font;
  chart.ctx.save();
  chart.ctx.font = `${size}px ${family}`;
  // Room for the text: the chart's width less the marker, its gap and the legend's padding.
  const room = chart.width - LEGEND_MARKER_PX;
  for (const item of items) {
    const dataset = item.datasetIndex === undefined ? undefined : chart.data.datasets[item.datasetIndex];
    if (isEvidence(dataset)) {
      item.pointStyle = dataset.pointStyle as PointStyle;
      item.lineWidth = 1;
    }
    item.text = fitText(chart.ctx, item.text as string, room);
  }
  chart.ctx.restore();
  return items;
}

/** Width a legend item takes besides its text (marker box, gap, padding), in px. */
const LEGEND_MARKER_PX = 60;

/** The text, or its longest start that fits `width` px with "…" after it. */
function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end).trimEnd()}…`).width > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** "2005.5" -> "2005-07" (monthly), "12 months to 2005-07" (rolling) or "2005" (yearly). */
export function xLabel(x: number, view: TimeView): string {
  const year = Math.floor(x + 1e-6);
  if (view === 'yearly') return String(year);
  const month = `${year}-${String(Math.min(12, Math.round((x - year) * 12) + 1)).padStart(2, '0')}`;
  return view === 'rolling' ? `12 months to ${month}` : month;
}

function points(x: readonly number[], y: readonly number[]): Point[] {
  return x.map((xi, i) => ({ x: xi, y: Number.isFinite(y[i]) ? y[i] : null }));
}

/** Policy-change markers drawn as ticks above the plot, with the label of the one under the pointer. */
interface MarkerStrip {
  markers: { x: number; label: string }[];
  hovered: number;
}

/** How near (px) the pointer must be to a marker's line for its label to show. */
const MARKER_HOVER_PX = 6;

/** Draws a chart's marker strip (ticks, and the hovered marker's label, kept inside the canvas) and follows the pointer. */
function markerStrip(owner: { strip: MarkerStrip | null; markerFont: number }): Plugin<'line'> {
  return {
    id: 'markerStrip',
    afterEvent(chart, args) {
      const strip = owner.strip;
      if (!strip) return;
      const [x, y] = [args.event.x ?? -1, args.event.y ?? -1];
      const { chartArea, scales } = chart;
      const inside = args.event.type !== 'mouseout' && x >= chartArea.left && x <= chartArea.right && y <= chartArea.bottom;
      let hovered = -1;
      if (inside) {
        let best = MARKER_HOVER_PX;
        strip.markers.forEach((m, i) => {
          const distance = Math.abs(scales.x.getPixelForValue(m.x) - x);
          if (distance <= best) [best, hovered] = [distance, i];
        });
      }
      if (hovered !== strip.hovered) {
        strip.hovered = hovered;
        args.changed = true;
      }
    },
    afterDraw(chart) {
      const strip = owner.strip;
      const canvas = chart.canvas;
      if (!strip) {
        delete canvas.dataset.markerLabel;
        delete canvas.dataset.markerXs;
        return;
      }
      const { ctx, chartArea, scales } = chart;
      const size = owner.markerFont;
      const base = chartArea.top - 2;
      ctx.save();
      ctx.fillStyle = '#555555';
      const shown: number[] = [];
      for (const m of strip.markers) {
        const px = scales.x.getPixelForValue(m.x);
        if (px < chartArea.left - 1 || px > chartArea.right + 1) continue;
        shown.push(Math.round(px));
        ctx.beginPath();
        ctx.moveTo(px - 3, base - 5);
        ctx.lineTo(px + 3, base - 5);
        ctx.lineTo(px, base);
        ctx.fill();
      }
      // Where the ticks are, in CSS pixels of the canvas (tests point at them).
      canvas.dataset.markerXs = shown.join(' ');
      const hovered = strip.markers[strip.hovered];
      if (hovered) {
        ctx.font = `${size}px ${Chart.defaults.font.family}`;
        const width = ctx.measureText(hovered.label).width;
        const px = scales.x.getPixelForValue(hovered.x);
        const left = Math.max(0, Math.min(canvas.clientWidth - width - 4, px - width / 2));
        const top = Math.max(0, base - 6 - size);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(left, top, width + 4, size + 2);
        ctx.fillStyle = '#111111';
        ctx.textBaseline = 'top';
        ctx.fillText(hovered.label, left + 2, top + 1);
        // Where the label is, for tests (it must lie above the plot area).
        canvas.dataset.markerLabel = [hovered.label, Math.round(top + size + 2), Math.round(chartArea.top)].join('|');
      } else delete canvas.dataset.markerLabel;
      ctx.restore();
    },
  };
}

/** One chart of the dashboard. */
export class MetricChart {
  readonly spec: ChartSpec;
  readonly chart: Chart<'line', Point[]>;
  private view: TimeView = 'monthly';
  /** The x range the run will fill (unknown until the run's dates are). */
  private xRange: { min?: number; max?: number } = {};
  private markers: ChartMarker[] = [];
  /** Evidence datasets drawn after the model's lines (empty when there is none or the overlay is off). */
  private evidence: EvidenceDataset[] = [];
  /** Replaces the left axis title (e.g. "people, running total"); null keeps the one from the units. */
  yTitle: string | null = null;
  /** Markers drawn as ticks in the strip above the plot, and the one whose label shows (-1: none). */
  strip: MarkerStrip | null = null;
  /** Font size of marker labels (larger for a projector). */
  private markerFontSize = DESK_SIZES.marker;
  /** The marker font size, for the marker strip. */
  get markerFont(): number {
    return this.markerFontSize;
  }
  /** Whether the x axis shows its title ("month"/"year"). */
  xTitle = true;
  /** Where the text of the tooltip shown is mirrored for screen readers (none: not mirrored). */
  readout: HTMLElement | null = null;
  /** How the model compares with an evidence mark, for its tooltip (none: the tooltip does not say). */
  compareMark: ((mark: EvidenceMark) => string) | null = null;

  constructor(canvas: HTMLCanvasElement, spec: ChartSpec) {
    this.spec = spec;
    this.chart = new Chart<'line', Point[]>(canvas, {
      type: 'line',
      data: { datasets: [] },
      plugins: [whiteBackground as Plugin<'line'>, evidenceRanges, markerStrip(this)],
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        // A month without a value (null) is a gap, as it is an empty cell in the CSV.
        spanGaps: false,
        interaction: { mode: 'evidenceFirst', axis: 'x', intersect: false },
        elements: { point: { radius: 0, hitRadius: 6 }, line: { borderWidth: DESK_SIZES.line, tension: 0 } },
        scales: this.scales(),
        plugins: {
          decimation: { enabled: true, algorithm: 'lttb', samples: 240 },
          legend: {
            position: 'bottom',
            labels: {
              usePointStyle: true,
              pointStyle: 'line',
              boxWidth: 24,
              generateLabels: legendItems,
              filter: (item) => isListed(item.text),
            },
          },
          tooltip: {
            // Nearly opaque: an evidence tooltip is long and lies over markers.
            backgroundColor: 'rgba(0,0,0,0.92)',
            filter: (item) => isListed(item.dataset.label),
            callbacks: {
              title: (items) => (items.length && !(items[0].raw as Point).mark ? xLabel(items[0].parsed.x ?? 0, this.view) : ''),
              label: (item) => {
                const mark = (item.raw as Point).mark;
                if (mark) return tooltipLines(mark, this.compareMark?.(mark) ?? null);
                return `${item.dataset.label}: ${formatInUnit(item.parsed.y ?? NaN, this.unitOf(item.datasetIndex))}`;
              },
            },
            external: ({ tooltip }) => this.mirrorTooltip(tooltip),
          },
          annotation: { annotations: {} },
        },
      },
    });
  }

  /** Copies the tooltip's text to the readout, so what the pointer shows can be read aloud. */
  private mirrorTooltip(tooltip: TooltipModel<'line'>): void {
    if (!this.readout) return;
    this.readout.textContent = tooltip.opacity === 0 ? '' : [...tooltip.title, ...tooltip.body.flatMap((b) => b.lines)].join('\n');
  }

  private scales() {
    const hasRight = this.spec.lines.some((l) => l.axis === 'y2');
    const axis = (id: 'y' | 'y2') => ({
      type: 'linear' as const,
      position: id === 'y' ? ('left' as const) : ('right' as const),
      beginAtZero: true,
      // Room above the highest line, so a maximum that is a round number is not drawn on the frame (and clipped);
      // evidence ranges are not data points, so the axis is asked to reach them.
      grace: '5%',
      suggestedMax: this.evidenceTop(id),
      display: id === 'y' || hasRight,
      title: { display: true, text: id === 'y' && this.yTitle !== null ? this.yTitle : axisTitle(this.spec, id, this.view) },
      grid: { drawOnChartArea: id === 'y' },
      ticks: { callback: (v: number | string) => formatInUnit(Number(v), this.axisUnit(id)) },
    });
    // A tick per whole year only once the range is known: before that, Chart.js would span 0 to a marker's year.
    const known = this.xRange.min !== undefined && this.xRange.max !== undefined;
    return {
      x: {
        type: 'linear' as const,
        ...this.xRange,
        title: { display: this.xTitle, text: this.view === 'yearly' ? 'year' : 'month' },
        ticks: {
          stepSize: known ? 1 : undefined,
          precision: 0,
          callback: (v: number | string) => (Number.isInteger(Number(v)) ? String(v) : ''),
        },
      },
      y: axis('y'),
      y2: axis('y2'),
    };
  }

  /** The top of the evidence drawn on an axis (its ranges' highs), or undefined when none is. */
  private evidenceTop(axis: 'y' | 'y2'): number | undefined {
    const tops = this.evidence.filter((d) => d.yAxisID === axis).flatMap((d) => d.evidence.marks.map((m) => m.high ?? m.y));
    return tops.length ? Math.max(...tops) : undefined;
  }

  private axisUnit(axis: 'y' | 'y2'): string {
    const line = this.spec.lines.find((l) => l.axis === axis);
    return line ? (findMetric(line.metric)?.unit ?? '') : '';
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
      return {
        label: line.label ?? line.metric,
        metric: line.metric,
        data: points(s.x, s.y),
        yAxisID: line.axis,
        borderColor: SERIES_COLOURS[i],
        backgroundColor: SERIES_COLOURS[i],
        borderDash: line.axis === 'y2' ? [6, 3] : undefined,
        fill: false,
      };
    });
    this.replaceDatasets(datasets);
  }

  /** Draws many seeds: each metric's mean, with its 90% band shaded. */
  showEnsemble(bandOf: (metric: string) => Band): void {
    this.showLines(
      this.spec.lines.map((line, i): SeriesLine => {
        const b = bandOf(line.metric);
        return {
          label: `${line.label ?? line.metric} (mean)`,
          metric: line.metric,
          colour: SERIES_COLOURS[i],
          x: b.x,
          y: b.mean,
          band: { x: b.x, lo: b.lo, hi: b.hi },
          dash: line.axis === 'y2' ? [6, 3] : undefined,
        };
      }),
      this.spec.lines.map((l) => l.axis),
    );
  }

  /** Draws labelled lines, each with its optional band, on the left axis unless `axes` says otherwise. */
  showLines(lines: readonly SeriesLine[], axes: readonly ('y' | 'y2')[] = []): void {
    const datasets = lines.flatMap((line, i): (LineDataset & { metric: string })[] => {
      const yAxisID = axes[i] ?? 'y';
      const main = {
        label: line.label,
        metric: line.metric,
        data: points(line.x, line.y),
        yAxisID,
        borderColor: line.colour,
        backgroundColor: line.colour,
        borderDash: line.dash,
        fill: false,
      };
      if (!line.band) return [main];
      const hidden = { metric: line.metric, yAxisID, borderWidth: 0, pointRadius: 0, borderColor: withAlpha(line.colour, 0) };
      return [
        {
          ...hidden,
          label: unlistedLabel(`${line.label} high`),
          data: points(line.band.x, line.band.hi),
          fill: '+1',
          backgroundColor: withAlpha(line.colour, BAND_ALPHA),
        },
        {
          ...hidden,
          label: unlistedLabel(`${line.label} low`),
          data: points(line.band.x, line.band.lo),
          fill: false,
          backgroundColor: withAlpha(line.colour, BAND_ALPHA),
        },
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
    for (const dataset of this.chart.data.datasets) if (isListed(dataset.label)) dataset.borderWidth = sizes.line;
    this.chart.update('none');
  }

  /** Draws evidence series over the lines (none: removes them); each in its model line's colour and axis, with its own marker. */
  setEvidence(layers: readonly EvidenceLayer[]): void {
    const shapes = new Map<string, number>();
    this.evidence = layers.map((layer): EvidenceDataset => {
      const shape = shapes.get(layer.colour) ?? 0;
      shapes.set(layer.colour, shape + 1);
      const filled = STRONG_GRADES.has(layer.grade);
      return {
        label: `Evidence: ${layer.label} (grade ${layer.grade})`,
        evidence: layer,
        yAxisID: layer.axis,
        showLine: false,
        data: layer.marks.map((mark) => ({ x: mark.x, y: mark.y, mark })),
        pointStyle: EVIDENCE_SHAPES[shape % EVIDENCE_SHAPES.length],
        pointRadius: 6,
        pointHoverRadius: 8,
        pointHitRadius: 10,
        pointBorderWidth: 2,
        borderColor: filled ? '#000000' : layer.colour,
        backgroundColor: filled ? layer.colour : '#ffffff',
        order: -1,
      };
    });
    this.replaceDatasets(this.chart.data.datasets.filter((d) => !isEvidence(d)));
  }

  /** Whether evidence is drawn on this chart now. */
  get hasEvidence(): boolean {
    return this.evidence.length > 0;
  }

  private replaceDatasets(lines: LineDataset[]): void {
    const next = [...lines, ...this.evidence];
    const current = this.chart.data.datasets;
    const sameShape = current.length === next.length && current.every((d, i) => d.label === next[i].label);
    if (sameShape)
      next.forEach((d, i) => {
        current[i].data = d.data;
      });
    else this.chart.data.datasets = next;
    this.chart.update('none');
  }

  /** Draws vertical lines where policy changed. With `hoverLabels`, or more than a few, the lines lie under the data and
   *  each has a tick in a strip above the plot, where its label shows while the pointer is near it: nothing covers the lines. */
  setMarkers(markers: ChartMarker[], toX: (at: string) => number, hoverLabels = false): void {
    this.markers = markers;
    const tagged = markers.some((m) => m.tag);
    const inStrip = !tagged && (hoverLabels || markers.length > MAX_LABELLED_MARKERS);
    const annotations: Record<string, AnnotationOptions> = {};
    this.markers.forEach((m, i) => {
      annotations[`m${i}`] = {
        type: 'line',
        scaleID: 'x',
        value: toX(m.at),
        adjustScaleRange: false,
        drawTime: inStrip ? 'beforeDatasetsDraw' : 'afterDatasetsDraw',
        borderColor: inStrip ? '#9a9a9a' : '#444444',
        borderWidth: 1,
        borderDash: [4, 4],
        label: m.tag
          ? this.tagLabel(m.tag)
          : {
              display: !inStrip,
              content: m.label.length > 40 ? `${m.label.slice(0, 38)}…` : m.label,
              position: 'start',
              backgroundColor: 'rgba(255,255,255,0.85)',
              color: '#222222',
              font: { size: this.markerFontSize },
            },
      };
    });
    const plugins = this.chart.options.plugins;
    if (plugins?.annotation) {
      plugins.annotation.annotations = annotations;
      // Tags sit in a strip reserved above the plot area, so the annotations may draw outside it.
      plugins.annotation.clip = !tagged;
    }
    this.strip = inStrip ? { markers: markers.map((m) => ({ x: toX(m.at), label: `${m.at} ${m.label}` })), hovered: -1 } : null;
    const stripHeight = tagged || inStrip ? this.markerFontSize + 8 : 0;
    this.chart.options.layout = { padding: { top: stripHeight } };
    this.chart.update('none');
  }

  /** A marker's tag, written just above the plot area at the top of its line. */
  private tagLabel(tag: string) {
    return {
      display: true,
      content: tag,
      position: 'start' as const,
      yAdjust: -(this.markerFontSize + 6),
      padding: 1,
      backgroundColor: 'rgba(255,255,255,0)',
      color: '#222222',
      font: { size: this.markerFontSize, weight: 'bold' as const },
    };
  }

  /** The chart as a PNG data URL. */
  toPng(): string {
    return this.chart.toBase64Image('image/png', 1);
  }

  destroy(): void {
    this.chart.destroy();
  }
}

/** Above this many policy-change lines on a chart, their labels show only under the pointer. */
const MAX_LABELLED_MARKERS = 4;

/** Type and line sizes of every chart at the desk and in large text (one scale for both pages). */
export interface ChartSizes {
  font: number;
  marker: number;
  line: number;
}
export const DESK_SIZES: ChartSizes = { font: 12, marker: 11, line: 2 };
export const LARGE_SIZES: ChartSizes = { font: 16, marker: 15, line: 4 };

/** Sets the base font size of every chart drawn from now on. */
export function setChartFontSize(px: number): void {
  Chart.defaults.font.size = px;
}
