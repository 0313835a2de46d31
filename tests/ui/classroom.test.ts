// Browser tests of the simulator page for a classroom (issue 25): play after pause at every speed,
// a lever changed mid-run takes effect the month the page says, the followed sample shows
// trafficking, the monitors, "since your change", phones and accessibility (axe-core, WCAG 2 A/AA).
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyOverrides, findScenario, runScenario } from '../../src/index';
import { axeViolations, currentTick, describeInBrowser, newPage } from './harness';

const SHOTS = process.env.FRONTERA_SHOTS;

const SPEEDS = ['1', '3', '6', '12', '36', '0'];

async function waitForTick(page: Page, tick: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) >= t, tick, { timeout });
}

/** The shown month as "YYYY-MM" and the one after it. */
async function shownMonth(page: Page): Promise<{ shown: string; next: string }> {
  const text = (await page.textContent('#status')) ?? '';
  const shown = text.slice(0, 7);
  const [y, m] = shown.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { shown, next };
}

async function setLever(page: Page, id: string, value: string): Promise<string> {
  await page.evaluate(() => document.getElementById('messages')!.replaceChildren());
  await page.fill(id, value);
  await page.press(id, 'Enter');
  await page.waitForSelector('.message-notice', { timeout: 60_000 });
  return (await page.textContent('.message-notice')) ?? '';
}

/** Presses Play/Pause (a click in the page: on a loaded machine the button may not look "stable" to playwright while charts redraw). */
async function pressPlay(page: Page): Promise<void> {
  await page.$eval('#play', (button) => (button as HTMLButtonElement).click());
}

async function pause(page: Page): Promise<void> {
  if ((await page.getAttribute('#play', 'aria-pressed')) === 'true') await pressPlay(page);
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

describeInBrowser('simulator in the classroom (Chromium)', (site) => {
  it('play after pause moves on at every speed, several times each', async () => {
    const { page } = await newPage(site(), '#scale=100&years=40');
    for (const speed of SPEEDS) {
      await page.selectOption('#speed', speed);
      for (let round = 0; round < (speed === '0' ? 5 : 2); round++) {
        const before = await currentTick(page);
        await pressPlay(page);
        // At full speed the shown month used to jump to the months the worker had run before the
        // pause (up to 12) and then freeze (issue 25): it must get past them.
        await waitForTick(page, before + (speed === '0' ? 14 : 2), 40_000);
        await pause(page);
      }
    }
  });

  it('a lever changed mid-run takes effect the month after the one shown, at every speed, and keeps its value', async () => {
    const { page } = await newPage(site(), '#scale=100&years=12');
    let value = 20000;
    for (const speed of ['12', '0', '3']) {
      await page.selectOption('#speed', speed);
      await pressPlay(page);
      await waitForTick(page, (await currentTick(page)) + 5);
      await pause(page);
      const { next } = await shownMonth(page);
      value += 1500;
      const notice = await setLever(page, '#param-border-agents', String(value));
      expect(notice, `speed ${speed}`).toContain(`from ${next}`);
      await pressPlay(page);
      await waitForTick(page, (await currentTick(page)) + 3);
      await pause(page);
      expect(await page.inputValue('#param-border-agents'), `speed ${speed}: the field keeps the new value`).toBe(String(value));
    }
    // While playing, the change lands within a month of the month shown, and the page says which.
    await page.selectOption('#speed', '12');
    await pressPlay(page);
    await waitForTick(page, (await currentTick(page)) + 2);
    const before = await currentTick(page);
    const notice = await setLever(page, '#param-border-agents', '26000');
    const after = await currentTick(page);
    const at = /from (\d{4}-\d{2})/.exec(notice)![1];
    const atTick = (Number(at.slice(0, 4)) - 2003) * 12 + Number(at.slice(5, 7)) - 1;
    expect(atTick).toBeGreaterThanOrEqual(before);
    expect(atTick).toBeLessThanOrEqual(after + 2);
    await pause(page);
    await page.context().close();
  });

  it('since your change: the same seed without the change runs alongside and the page shows the difference (this seed, then paired seeds)', async () => {
    const { page } = await newPage(site(), '#scale=100&years=8', { width: 1600, height: 1000 });
    expect(await page.isHidden('#since-change')).toBe(true);
    for (let i = 0; i < 6; i++) await page.click('#step');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '6');
    await setLever(page, '#param-border-agents', '40000');
    await page.waitForSelector('#since-change:not([hidden])');
    await page.selectOption('#speed', '0');
    await pressPlay(page);
    await waitForTick(page, 24);
    await pause(page);
    const tick = await currentTick(page);
    await page.waitForSelector('#since-table td[data-metric="deaths"]');
    await page.waitForFunction((t) => document.getElementById('since-note')?.textContent?.includes(`(${t - 6} months)`), tick, {
      timeout: 60_000,
    });
    // The page's difference is the CLI's: the run as changed minus the same seed without the change, months 6 to tick.
    const base = applyOverrides(findScenario('baseline-2003')!, { scale: 100, years: 8 });
    const changed = { ...base, timeline: [...base.timeline, { at: '2003-07', set: { 'border.agents': 40000 } }] };
    const sum = (series: number[]) => series.slice(6, tick).reduce((a, b) => a + b, 0);
    const expected = sum(runScenario(changed).series.deaths) - sum(runScenario(base).series.deaths);
    expect(Number(await page.getAttribute('#since-table td[data-metric="deaths"]', 'data-difference'))).toBeCloseTo(expected, 6);
    expect(await page.textContent('#since-note')).toContain('this seed');
    if (SHOTS) await page.locator('#since-change').screenshot({ path: `${SHOTS}/since-change-this-seed.png` });
    await page.click('#since-check');
    await page.waitForSelector('#since-table .noise[data-verdict]', { timeout: 400_000 });
    const verdicts = await page.$$eval('#since-table .noise[data-verdict]', (cells) => cells.map((c) => c.getAttribute('data-verdict')));
    expect(verdicts.length).toBe(5);
    expect(verdicts.every((v) => v === 'beyond' || v === 'within' || v === 'none')).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/since-change-1600.png`, fullPage: false });
    await page.context().close();
  }, 600_000);

  it('monitors show live numbers that match the run, and the map follows every victim with a legend saying so', async () => {
    const { page } = await newPage(site(), '#scale=100&years=4', { width: 1600, height: 1000 });
    await page.selectOption('#speed', '0');
    await pressPlay(page);
    await waitForTick(page, 30);
    await pause(page);
    const tick = await currentTick(page);
    const run = runScenario(applyOverrides(findScenario('baseline-2003')!, { scale: 100, years: 4 }));
    const last12 = (series: number[]) => series.slice(tick - 12, tick).reduce((a, b) => a + b, 0);
    const monitor = async (metric: string) => Number(await page.getAttribute(`[data-monitor="${metric}"]`, 'data-value'));
    expect(await monitor('victims_held')).toBe(run.series.victims_held[tick - 1]);
    expect(await monitor('victims_new_total')).toBe(last12(run.series.victims_new_total));
    expect(await monitor('deaths')).toBe(last12(run.series.deaths));
    expect(await monitor('smuggler_use_share')).toBeGreaterThan(0);
    const caption = (await page.textContent('#map-caption')) ?? '';
    expect(caption).toMatch(/everyone who has become a victim/);
    // Victims held now are all on the map: the legend's forced labour and sexual exploitation counts add up to the run's.
    const legend = await page.$$eval('#map-legend li', (items) => items.map((li) => li.textContent ?? ''));
    const count = (label: RegExp) => Number((legend.find((t) => label.test(t)) ?? '').replace(/.*\(([\d,]+)\)$/, '$1').replace(/,/g, ''));
    const onMap = count(/forced labour/i) + count(/sexual exploitation/i);
    expect(onMap * 100).toBe(run.series.victims_held[tick - 1]);
    await page.click('#show-someone button:has-text("in forced labour")');
    await page.waitForSelector('#person .history li');
    expect(await page.textContent('#person')).not.toContain('Nobody in the sample');
    await page.click('#show-someone button:has-text("in sexual exploitation")');
    await page.waitForSelector('#person .history li');
    expect(await page.textContent('#person')).not.toContain('Nobody in the sample');
    if (SHOTS) {
      await page.locator('.map-row').screenshot({ path: `${SHOTS}/map-stratified-1600.png` });
      await page.screenshot({ path: `${SHOTS}/simulator-1600x1000.png` });
    }
    await page.context().close();
  });

  it('phones (390x844): no sideways scroll, header links and caveat inside the screen, the map wide enough for its labels', async () => {
    const { page } = await newPage(site(), '#scale=100&years=4', { width: 390, height: 844 });
    for (let i = 0; i < 3; i++) await page.click('#step');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '3');
    const layout = await page.evaluate(() => {
      const inside = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.left >= 0 && r.right <= window.innerWidth + 0.5;
      };
      return {
        scrollWidth: document.documentElement.scrollWidth,
        width: window.innerWidth,
        headerInside: [...document.querySelectorAll('.top-tools > *, #caveat, .tagline')].map((e) => [
          e.textContent?.slice(0, 20),
          inside(e),
        ]),
        mapWidth: document.getElementById('map')!.clientWidth,
        // The charts and their controls (the page hides sideways overflow, so measure the elements themselves).
        chartsOutside: [...document.querySelectorAll('.charts-section, .charts-section *')]
          .filter((e) => e.getBoundingClientRect().width > 0 && !inside(e))
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
          .slice(0, 5),
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.chartsOutside).toEqual([]);
    expect(layout.headerInside.filter(([, ok]) => !ok)).toEqual([]);
    // The map keeps about 640 px (its labels are at least 10 px in any case) and scrolls inside its card.
    expect(layout.mapWidth).toBeGreaterThanOrEqual(600);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/simulator-390x844.png` });
      await page.screenshot({ path: `${SHOTS}/simulator-390x844-full.png`, fullPage: true });
    }
    await page.context().close();
  });

  it('axe-core finds no WCAG 2 A/AA violation on the simulator page, with since-your-change and a story open', async () => {
    const { page } = await newPage(site(), '#scale=100&years=4', { width: 1280, height: 720 });
    for (let i = 0; i < 4; i++) await page.click('#step');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '4');
    await setLever(page, '#param-border-agents', '30000');
    await page.click('#step');
    await page.waitForSelector('#since-change:not([hidden])');
    await page.click('#show-someone button:has-text("anyone")');
    await page.waitForSelector('#person .history li');
    await page.waitForTimeout(500);
    expect(await axeViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/simulator-1280x720.png` });
    await page.context().close();
  });
});
