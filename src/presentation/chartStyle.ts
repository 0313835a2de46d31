// Chart.js conventions shared by the pages' charts and the HTML report's: a white background so
// PNG exports and printed pages read well, and band edges kept out of the legend and tooltips.
import type { Plugin } from 'chart.js';

/** Paints the canvas white before a chart draws (a transparent PNG reads badly on dark viewers). */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Labels of datasets that only draw a band's edge start with this (a zero-width space): never listed. */
export const UNLISTED = '\u200b';

/** A label for a band edge, kept out of the legend and tooltips. */
export function unlistedLabel(label: string): string {
  return `${UNLISTED}${label}`;
}

/** Whether a legend item or tooltip line with this label is shown. */
export function isListed(label: unknown): boolean {
  return !String(label).startsWith(UNLISTED);
}

/** Opacity of a shaded band around a line. */
export const BAND_ALPHA = 0.22;
