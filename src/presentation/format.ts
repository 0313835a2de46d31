// Number formatting for people, one way on the pages and in the HTML report: thousands separators,
// shares as percentages (differences of shares in percentage points), money in USD.
import type { MetricUnit } from '../sim/metrics';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const short = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? whole.format(value) : '–';
}

/** A value in a metric's unit, for tooltips and tables. */
export function formatInUnit(value: number, unit: MetricUnit | string): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'share') return `${short.format(value * 100)}%`;
  if (unit === 'USD') return `USD ${whole.format(value)}`;
  // A positive value too small for three significant digits to read (e.g. an interval's lower end near zero).
  if (value !== 0 && Math.abs(value) < 0.001) return `${value < 0 ? '−' : ''}<0.001`;
  return Math.abs(value) >= 100 ? whole.format(value) : short.format(value);
}

/** A parameter value as shown next to its control. */
export function formatParam(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return Number.isInteger(value) ? whole.format(value) : short.format(value);
}

/** A signed difference in a metric's unit: "+1,200", "−3.1 pts" (percentage points of a share), "+USD 150". */
export function formatDifference(value: number, unit: MetricUnit | string): string {
  if (!Number.isFinite(value)) return '–';
  const size = unit === 'share' ? `${(Math.abs(value) * 100).toFixed(1)} pts` : formatInUnit(Math.abs(value), unit);
  const zero = /^(USD )?0(\.0)?( pts)?$/.test(size);
  return `${zero ? '±' : value > 0 ? '+' : '−'}${size}`;
}
