// Measures the comparison view in Chromium: page frame rate (requestAnimationFrame callbacks per
// second) and common months per second with 4 policies (at scale 100, or the scale given), at full speed
// and at 1 year/s, in the edit view as it opens, scrolled to the outcome charts, and in presentation mode. Run with `npx tsx tests/ui/measure-compare.ts [scale]`; prints figures, asserts nothing.
import type { Page } from 'playwright-core';
import { encodeComparison } from '../../src/ui/compare/compareLink';
import { browserAvailable, measurePlayback, openPage, openSite, waitForReady, type PlaybackFigures } from './harness';

const SECONDS = 10;
const SCALE = Number(process.argv[2] ?? 100);
const FOUR = ['baseline-2003', 'border-surge', 'interior-employers', 'legal-pathways'];

async function measure(page: Page, speed: string): Promise<PlaybackFigures> {
  await page.keyboard.press('r');
  await page.waitForFunction(
    () => document.getElementById('status')?.dataset.tick === '0' && document.getElementById('status')?.textContent?.includes(' of '),
  );
  await page.evaluate((value) => {
    const select = document.getElementById('speed') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }, speed);
  return measurePlayback(page, SECONDS);
}

async function main(): Promise<void> {
  if (!browserAvailable()) throw new Error('Chromium not found at /usr/bin/chromium');
  const site = await openSite();
  try {
    const comparison = {
      lesson: null,
      seed: 1,
      scale: SCALE,
      years: 60,
      seeds: 1,
      bookmarks: [],
      policies: FOUR.map((name) => ({ label: name, source: { library: name }, set: {} })),
    };
    const { page } = await openPage(site, 'compare.html', `#${encodeComparison(comparison)}`, { width: 1920, height: 1080 });
    await waitForReady(page);
    // The edit view as it opens (strip in view, maps and charts below), scrolled to the outcome charts, and presenting.
    for (const view of ['edit view', 'edit view scrolled to the charts', 'presentation'] as const) {
      if (view === 'edit view scrolled to the charts') await page.evaluate(() => document.getElementById('outcomes')!.scrollIntoView());
      if (view === 'presentation') await page.keyboard.press('p');
      for (const speed of ['0', '12']) {
        const r = await measure(page, speed);
        const pace = speed === '0' ? 'full speed' : '1 year/s requested';
        process.stdout.write(
          `4 policies, scale ${SCALE}, ${view}, ${pace}: ${r.fps.toFixed(1)} frames/s (longest frame ${r.worstFrameMs.toFixed(0)} ms), ${r.monthsPerSecond.toFixed(1)} common months/s over ${SECONDS} s\n`,
        );
      }
    }
  } finally {
    await site.close();
  }
}

void main();
