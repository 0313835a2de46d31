// Measures the simulator in Chromium: page frame rate (requestAnimationFrame callbacks per second)
// and months simulated per second while playing at full speed, at scale 100 and at scale 10.
// Run with `npm run measure:ui`; prints figures, asserts nothing.
import type { Page } from 'playwright-core';
import { browserAvailable, newPage, openSite, setSetting, waitForReady, measurePlayback, type PlaybackFigures } from './harness';

const SECONDS = 10;

async function measure(page: Page, scale: number, speed: string): Promise<PlaybackFigures> {
  await setSetting(page, 'scale', String(scale));
  await page.click('#reset');
  await waitForReady(page);
  await page.selectOption('#speed', speed);
  return measurePlayback(page, SECONDS);
}

async function main(): Promise<void> {
  if (!browserAvailable()) throw new Error('Chromium not found at /usr/bin/chromium');
  const site = await openSite();
  try {
    const { page } = await newPage(site);
    await setSetting(page, 'years', '60');
    for (const [scale, speed] of [[100, '0'], [100, '12'], [10, '0']] as const) {
      const r = await measure(page, scale, speed);
      const pace = speed === '0' ? 'full speed' : `${speed} months/s requested`;
      process.stdout.write(`scale ${scale}, ${pace}: ${r.fps.toFixed(1)} frames/s (longest frame ${r.worstFrameMs.toFixed(0)} ms), ${r.monthsPerSecond.toFixed(1)} months simulated/s over ${SECONDS} s\n`);
    }
  } finally {
    await site.close();
  }
}

void main();
