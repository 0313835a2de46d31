// The script the HTML report runs in the browser: it draws every chart declared in the page's JSON
// with the inlined Chart.js, adds evidence error bars, point labels and a white background, and
// marks each canvas as drawn. Serialised with Function.prototype.toString, so it imports nothing.

/** Chart configurations as the report embeds them (plain JSON: no functions). */
export interface ReportChart {
  id: string;
  config: { type: string; data: { datasets: Record<string, unknown>[]; labels?: unknown[] }; options: Record<string, unknown> };
  /** Unit of the y axis values, for tick and tooltip formatting. */
  unit: string;
}

declare const Chart: {
  new (canvas: HTMLCanvasElement, config: unknown): unknown;
};

/** Runs in the page: draws the charts in `charts`. Everything it needs is defined inside it. */
export function drawReportCharts(charts: ReportChart[]): void {
  const format = (value: number, unit: string): string => {
    if (!Number.isFinite(value)) return '-';
    // Trailing zeros of a decimal part only (100% stays 100%, 12.50% becomes 12.5%).
    if (unit === 'share') return `${(value * 100).toPrecision(3).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}%`;
    const digits = Math.abs(value) >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
    return `${unit === 'USD' ? 'USD ' : ''}${value.toLocaleString('en-US', digits)}`;
  };
  type Ctx = CanvasRenderingContext2D;
  type Scale = { getPixelForValue(v: number): number };
  type ChartLike = { ctx: Ctx; width: number; height: number; data: { datasets: { errorBars?: boolean; pointLabels?: boolean; data: { x: number; y: number; yMin?: number; yMax?: number; label?: string }[]; borderColor?: string }[] }; scales: Record<string, Scale>; getDatasetMeta(i: number): { hidden: boolean | null; data: { x: number; y: number }[]; yAxisID?: string } };
  const whiteBackground = {
    id: 'whiteBackground',
    beforeDraw(chart: ChartLike) {
      chart.ctx.save();
      chart.ctx.fillStyle = '#ffffff';
      chart.ctx.fillRect(0, 0, chart.width, chart.height);
      chart.ctx.restore();
    },
  };
  const errorBars = {
    id: 'errorBars',
    afterDatasetsDraw(chart: ChartLike) {
      const ctx = chart.ctx;
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        const y = chart.scales[meta.yAxisID ?? 'y'];
        if (dataset.errorBars) {
          ctx.save();
          ctx.strokeStyle = dataset.borderColor ?? '#000000';
          ctx.lineWidth = 1.5;
          dataset.data.forEach((point, j) => {
            if (point.yMin === undefined || point.yMax === undefined || point.yMin === null || point.yMax === null) return;
            const px = meta.data[j].x;
            const top = y.getPixelForValue(point.yMax);
            const bottom = y.getPixelForValue(point.yMin);
            ctx.beginPath();
            ctx.moveTo(px, top); ctx.lineTo(px, bottom);
            ctx.moveTo(px - 4, top); ctx.lineTo(px + 4, top);
            ctx.moveTo(px - 4, bottom); ctx.lineTo(px + 4, bottom);
            ctx.stroke();
          });
          ctx.restore();
        }
        if (dataset.pointLabels) {
          ctx.save();
          ctx.fillStyle = '#333333';
          ctx.font = '11px sans-serif';
          dataset.data.forEach((point, j) => { if (point.label) ctx.fillText(point.label, meta.data[j].x + 5, meta.data[j].y - 4); });
          ctx.restore();
        }
      });
    },
  };
  for (const spec of charts) {
    const canvas = document.getElementById(spec.id) as HTMLCanvasElement | null;
    if (!canvas) continue;
    const options = spec.config.options as { scales?: Record<string, { ticks?: Record<string, unknown> }>; plugins?: Record<string, Record<string, unknown>> };
    const yScale = options.scales?.y;
    if (yScale) yScale.ticks = { ...yScale.ticks, callback: (v: number) => format(Number(v), spec.unit) };
    const xScale = options.scales?.x;
    if (xScale) {
      const isYear = (xScale as { isYear?: boolean }).isYear;
      xScale.ticks = { ...xScale.ticks, callback: (v: number) => (isYear ? (Number.isInteger(Number(v)) ? String(v) : '') : format(Number(v), '')) };
    }
    options.plugins = {
      ...options.plugins,
      legend: { position: 'bottom', ...options.plugins?.legend, labels: { filter: (item: { text: string }) => !String(item.text).startsWith('\u200b') } },
      tooltip: { filter: (item: { dataset: { label?: string } }) => !String(item.dataset.label).startsWith('\u200b'),
        callbacks: { label: (item: { dataset: { label?: string }; parsed: { y: number }; raw: { label?: string } }) => `${item.raw?.label ?? item.dataset.label}: ${format(item.parsed.y, spec.unit)}` } },
    };
    new Chart(canvas, { ...spec.config, plugins: [whiteBackground, errorBars] });
    canvas.dataset.drawn = '1';
  }
  (window as unknown as { reportReady: boolean }).reportReady = true;
}
