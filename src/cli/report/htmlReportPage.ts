// The script the HTML report runs in the browser: it draws every chart declared in the page's JSON
// with Chart.js, the pages' number formats and chart conventions (src/presentation), error bars and
// point labels, and marks each canvas as drawn. Bundled into one inline script by ./pageScript.ts.
import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
  type Scale,
} from 'chart.js';
import { formatInUnit } from '../../presentation/format';
import { isListed, whiteBackground } from '../../presentation/chartStyle';

/** Chart configurations as the report embeds them (plain JSON: no functions). */
export interface ReportChart {
  id: string;
  config: { type: string; data: { datasets: Record<string, unknown>[]; labels?: unknown[] }; options: Record<string, unknown> };
  /** Unit of the y axis values, for tick and tooltip formatting. */
  unit: string;
}

/** A point of a report dataset: error bars from yMin to yMax, a label written beside it. */
interface ReportPoint {
  x: number;
  y: number | null;
  yMin?: number | null;
  yMax?: number | null;
  label?: string;
}
interface ReportDataset {
  errorBars?: boolean;
  pointLabels?: boolean;
  data: ReportPoint[];
  borderColor?: string;
  label?: string;
}

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, Legend, Tooltip, Filler);

/** Draws error bars and point labels of the datasets that ask for them. */
const errorBarsAndLabels: Plugin = {
  id: 'errorBarsAndLabels',
  afterDatasetsDraw(chart) {
    const ctx = chart.ctx;
    chart.data.datasets.forEach((raw, i) => {
      const dataset = raw as unknown as ReportDataset;
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      const y = chart.scales[meta.yAxisID ?? 'y'];
      ctx.save();
      if (dataset.errorBars) drawErrorBars(ctx, dataset, meta.data, y);
      if (dataset.pointLabels) {
        ctx.fillStyle = '#333333';
        ctx.font = '11px sans-serif';
        dataset.data.forEach((point, j) => {
          if (point.label) ctx.fillText(point.label, meta.data[j].x + 5, meta.data[j].y - 4);
        });
      }
      ctx.restore();
    });
  },
};

function drawErrorBars(ctx: CanvasRenderingContext2D, dataset: ReportDataset, elements: { x: number }[], y: Scale): void {
  ctx.strokeStyle = dataset.borderColor ?? '#000000';
  ctx.lineWidth = 1.5;
  dataset.data.forEach((point, j) => {
    if (point.yMin === undefined || point.yMax === undefined || point.yMin === null || point.yMax === null) return;
    const px = elements[j].x;
    const top = y.getPixelForValue(point.yMax);
    const bottom = y.getPixelForValue(point.yMin);
    ctx.beginPath();
    ctx.moveTo(px, top);
    ctx.lineTo(px, bottom);
    ctx.moveTo(px - 4, top);
    ctx.lineTo(px + 4, top);
    ctx.moveTo(px - 4, bottom);
    ctx.lineTo(px + 4, bottom);
    ctx.stroke();
  });
}

type AxisOptions = { isYear?: boolean; ticks?: Record<string, unknown> };

/** Adds the functions JSON cannot carry: tick and tooltip formats, legend and tooltip filters. */
function withFormats(spec: ReportChart): ChartConfiguration {
  const options = spec.config.options as { scales?: Record<string, AxisOptions>; plugins?: Record<string, Record<string, unknown>> };
  const { x, y } = options.scales ?? {};
  if (y) y.ticks = { ...y.ticks, callback: (v: number | string) => formatInUnit(Number(v), spec.unit) };
  if (x)
    x.ticks = {
      ...x.ticks,
      callback: (v: number | string) => (x.isYear ? (Number.isInteger(Number(v)) ? String(v) : '') : formatInUnit(Number(v), '')),
    };
  options.plugins = {
    ...options.plugins,
    legend: {
      position: 'bottom',
      ...options.plugins?.legend,
      labels: {
        filter: (item: { text: string }) => isListed(item.text),
        sort: (a: { datasetIndex: number }, b: { datasetIndex: number }) => a.datasetIndex - b.datasetIndex,
      },
    },
    tooltip: {
      filter: (item: { dataset: { label?: string } }) => isListed(item.dataset.label),
      callbacks: {
        label: (item: { dataset: { label?: string }; parsed: { y: number }; raw: ReportPoint }) =>
          `${item.raw?.label ?? item.dataset.label}: ${formatInUnit(item.parsed.y, spec.unit)}`,
      },
    },
  };
  return { ...spec.config, plugins: [whiteBackground, errorBarsAndLabels] } as unknown as ChartConfiguration;
}

/** Draws the charts in `charts`; each canvas then carries data-drawn and its count of drawn points. */
export function drawReportCharts(charts: ReportChart[]): void {
  for (const spec of charts) {
    const canvas = document.getElementById(spec.id) as HTMLCanvasElement | null;
    if (!canvas) continue;
    new Chart(canvas, withFormats(spec));
    const points = spec.config.data.datasets.reduce(
      (n, d) => n + (d.data as ReportPoint[]).filter((p) => p !== null && Number.isFinite(p.y)).length,
      0,
    );
    canvas.dataset.points = String(points);
    canvas.dataset.drawn = '1';
  }
  (window as unknown as { reportReady: boolean }).reportReady = true;
}

const declared = typeof document === 'undefined' ? null : document.getElementById('report-charts');
if (declared?.textContent) drawReportCharts(JSON.parse(declared.textContent) as ReportChart[]);
