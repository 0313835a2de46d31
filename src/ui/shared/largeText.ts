// Large text for a projector, the same on both pages: one class on the root element (`large`,
// whose type scale is in styles.css) and one chart scale (LARGE_SIZES).
import { DESK_SIZES, LARGE_SIZES, setChartFontSize, type ChartSizes } from './charts';

/** Whether the page shows large text. */
export function isLargeText(): boolean {
  return document.documentElement.classList.contains('large');
}

/** Turns large text on or off and returns the chart sizes the page's charts should take. */
export function setLargeText(on: boolean): ChartSizes {
  document.documentElement.classList.toggle('large', on);
  const sizes = on ? LARGE_SIZES : DESK_SIZES;
  setChartFontSize(sizes.font);
  return sizes;
}
