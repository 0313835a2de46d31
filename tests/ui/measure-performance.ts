// Measures the simulator in Chromium: page frame rate (requestAnimationFrame callbacks per second)
// and months simulated per second while playing at full speed, at scale 100 and at scale 10.
// Run with `npm run measure:ui`; prints figures, asserts nothing.
import type { Page } from 'playwright-core';
import { browserAvailable, newPage, openSite, setSetting, waitForReady } from './harness';

const SECONDS = 10;

async function measure(page: Page, scale: number, speed: string): Promise<{ fps: number; monthsPerSecond: number; worstFrameMs: number }> {
  await setSetting(page, 'scale', String(scale));
  await page.click('#reset');
  await waitForReady(page);
  await page.selectOption('#speed', speed);
  // A string, so the bundler's helpers (tsx adds __name) do not leak into the page.
  await page.evaluate('window.__frames = []; (function loop(t) { window.__frames.push(t); requestAnimationFrame(loop); })(performance.now())');
  const startTick = Number(await page.getAttribute('#status', 'data-tick'));
  const started = Date.now();
  await page.click('#play');
  await page.waitForTimeout(SECONDS * 1000);
  const endTick = Number(await page.getAttribute('#status', 'data-tick'));
  const elapsed = (Date.now() - started) / 1000;
  if ((await page.getAttribute('#play', 'aria-pressed')) === 'true') await page.click('#play');
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  const span = (frames[frames.length - 1] - frames[0]) / 1000;
  let worst = 0;
  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i] - frames[i - 1]);
  return { fps: (frames.length - 1) / span, monthsPerSecond: (endTick - startTick) / elapsed, worstFrameMs: worst };
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
