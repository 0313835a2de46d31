// The comparison and docs pages on the screens a class uses, in Chromium: the noise strip fits at
// 1280, 1600 and 1920 wide and in presentation mode (fee and smuggler use in view), the mean over
// paired seeds leads each difference, moments are lettered above the plot area and listed in full,
// the x axis reaches the run's end, phones (390x844) never scroll sideways or clip, and axe-core
// finds no WCAG 2 A/AA violation. Screenshots go to $FRONTERA_SHOTS (else test-results/).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeComparison } from '../../src/ui/compare/compareLink';
import { comparisonFromLesson } from '../../src/ui/compare/comparison';
import { findLesson } from '../../src/ui/compare/lessons';
import { axeViolations, describeInBrowser, openPage, waitForReady, type Site } from './harness';

const SHOTS = process.env.FRONTERA_SHOTS ?? resolve(import.meta.dirname, '../../test-results');
const DESKS = [
  { width: 1280, height: 720 },
  { width: 1600, height: 1000 },
  { width: 1920, height: 1080 },
];
const PHONE = { width: 390, height: 844 };

/** The default lesson with 3 paired seeds (10 would take minutes on a shared machine), played to its end. */
async function lessonPlayedToEnd(site: Site): Promise<Page> {
  const lesson = { ...comparisonFromLesson(findLesson('border-vs-interior')!), seeds: 3 };
  const { page } = await openPage(site, 'compare.html', `#${encodeComparison(lesson)}`, DESKS[1]);
  await waitForReady(page);
  await page.selectOption('#speed', '0');
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('finished'), undefined, { timeout: 240_000 });
  await page.waitForFunction(() => document.getElementById('seeds-status')?.textContent?.includes('ready'), undefined, {
    timeout: 300_000,
  });
  await page.waitForSelector('#headline tr[data-policy="1"] .noise[data-verdict]');
  return page;
}

/** How far the strip and the page overflow sideways, and where the fee and smuggler-use columns end. */
async function stripFit(page: Page) {
  return page.evaluate(() => {
    const scroll = document.querySelector<HTMLElement>('.strip-scroll')!;
    const right = (metric: string) =>
      Math.max(...[...document.querySelectorAll(`#headline td[data-metric="${metric}"]`)].map((td) => td.getBoundingClientRect().right));
    return {
      strip: scroll.scrollWidth - scroll.clientWidth,
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      fee: right('smuggling_fee_mean_usd'),
      smuggler: right('smuggler_use_share'),
      width: window.innerWidth,
    };
  });
}

/** How far the page in presentation mode reaches below the window, the bottom of the last policy's row in the
 *  strip, and the height of the smallest pinned chart (fitting must not squash the charts away). */
async function presentationFit(page: Page) {
  return page.evaluate(() => {
    let bottom = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden') bottom = Math.max(bottom, box.bottom);
    }
    const rows = document.querySelectorAll('#headline tr[data-policy]');
    const charts = [...document.querySelectorAll('.outcome-card[data-pinned="true"] canvas')].map((c) => c.getBoundingClientRect().height);
    return {
      height: window.innerHeight,
      scroll: document.documentElement.scrollHeight,
      bottom,
      lastPolicyRow: rows[rows.length - 1].getBoundingClientRect().bottom,
      policies: rows.length,
      smallestChart: Math.min(...charts),
      charts: charts.length,
    };
  });
}

/** Visible elements that reach past either edge of the window, outside any box that scrolls sideways. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      let inside = false;
      for (let p = el.parentElement; p && !inside; p = p.parentElement) inside = scrolls(p);
      // Wholly off screen to the left is hidden by design (the skip link until focused); partly out is clipped.
      if (!inside && (box.right > width + 1 || (box.left < -1 && box.right > 0)))
        out.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} ${Math.round(box.left)}-${Math.round(box.right)}`,
        );
    }
    return out.slice(0, 10);
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, name) });
}

describeInBrowser("comparison and docs pages on a class's screens (Chromium)", (site) => {
  let page: Page;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await lessonPlayedToEnd(site());
  }, 600_000);
  // Closes the page before describeInBrowser closes the site (vitest runs after-hooks last registered first).
  afterAll(async () => {
    await page?.context().close();
  });

  it('fits the noise strip at 1280, 1600 and 1920 wide, fee and smuggler use in view (screenshots)', async () => {
    for (const viewport of DESKS) {
      await page.setViewportSize(viewport);
      await page.locator('.strip-panel').scrollIntoViewIfNeeded();
      await shoot(page, `compare-strip-${viewport.width}x${viewport.height}.png`);
      const fit = await stripFit(page);
      expect(fit.strip, `strip at ${viewport.width}`).toBeLessThanOrEqual(0);
      expect(fit.page, `page at ${viewport.width}`).toBeLessThanOrEqual(0);
      expect(fit.fee).toBeLessThanOrEqual(fit.width);
      expect(fit.smuggler).toBeLessThanOrEqual(fit.width);
    }
    await page.setViewportSize(DESKS[1]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'compare-1600x1000.png');
    await page.setViewportSize(DESKS[0]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'compare-1280x720.png');
  });

  it('fits the strip, all three policies and the pinned charts on the screen in presentation mode at 1280x720, 1600x900 and 1920x1080 (screenshots)', async () => {
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    try {
      for (const viewport of [DESKS[0], { width: 1600, height: 900 }, DESKS[1], DESKS[2]]) {
        await page.setViewportSize(viewport);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(page, `compare-presentation-${viewport.width}x${viewport.height}.png`);
        const fit = await stripFit(page);
        expect(fit.strip, `strip presenting at ${viewport.width}`).toBeLessThanOrEqual(0);
        expect(fit.page, `page presenting at ${viewport.width}`).toBeLessThanOrEqual(0);
        expect(fit.fee).toBeLessThanOrEqual(fit.width);
        expect(fit.smuggler).toBeLessThanOrEqual(fit.width);
        const screen = await presentationFit(page);
        const size = `${viewport.width}x${viewport.height}`;
        expect(screen.policies, size).toBe(3);
        expect(screen.scroll, `page height presenting at ${size}`).toBeLessThanOrEqual(screen.height);
        expect(screen.bottom, `lowest element presenting at ${size}`).toBeLessThanOrEqual(screen.height + 1);
        expect(screen.lastPolicyRow, `third policy's row at ${size}`).toBeLessThanOrEqual(screen.height);
        expect(screen.charts, size).toBeGreaterThanOrEqual(4);
        // The smallest plot is a difference chart: at 1280x720 it gets about 75 px, enough for its axis and lines.
        expect(screen.smallestChart, `smallest pinned chart at ${size}`).toBeGreaterThanOrEqual(60);
      }
    } finally {
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
      await page.setViewportSize(DESKS[1]);
    }
  });

  it('leads each difference with the mean over the paired seeds, and says when this seed points the other way', async () => {
    const cells = await page.$$eval('#headline tr[data-policy]:not([data-policy="0"]) td', (tds) =>
      tds.map((td) => {
        const noise = td.querySelector<HTMLElement>('.noise');
        const seed = td.querySelector<HTMLElement>('.diff');
        const leads = noise !== null && seed !== null && (noise.compareDocumentPosition(seed) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        return {
          lead: leads,
          verdict: noise?.dataset.verdict,
          mean: Number(noise?.dataset.mean),
          diff: Number((td as HTMLElement).dataset.diff),
          seedText: seed?.textContent ?? '',
          disagrees: td.querySelector('.seed-disagrees') !== null,
        };
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.lead).toBe(true);
      expect(cell.seedText).toMatch(/^this seed: /);
      const opposite = cell.verdict === 'beyond' && cell.diff !== 0 && Math.sign(cell.diff) !== Math.sign(cell.mean);
      expect(cell.disagrees).toBe(opposite);
    }
    expect(await page.textContent('#strip-note')).toContain('can point the other way');
  });

  it("letters the moments above the plot area, lists them in full, and draws every policy to the run's end (2012-12)", async () => {
    const key = await page.$$eval('#moment-key li', (items) => items.map((li) => li.textContent ?? ''));
    expect(key.length).toBeGreaterThan(0);
    expect(key[0]).toMatch(/^A 2005-01: Border surge begins: .+/);
    expect(key.every((k) => !k.includes('…'))).toBe(true);
    const lastMonths = await page.$$eval('.outcome-card', (cards) => cards.map((c) => (c as HTMLElement).dataset.lastMonths));
    expect(lastMonths.every((m) => m === '2012-12,2012-12,2012-12')).toBe(true);
    const canvas = page.locator('canvas[data-chart="deaths"]');
    await canvas.scrollIntoViewIfNeeded();
    // The x axis ends at the run's last month, labelled, and the tags sit above the plot area.
    const axis = await canvas.evaluate((c) => ({ end: c.dataset.xEnd, plotTop: Number(c.dataset.plotTop) }));
    expect(axis.end).toBe('2012-12');
    expect(axis.plotTop).toBeGreaterThan(10);
    await page.locator('#outcome-deaths').screenshot({ path: join(SHOTS, 'compare-card-deaths.png') });
  });

  it('has no WCAG 2 A/AA violations (axe-core) on the comparison page', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('neither scrolls sideways nor clips on a 390x844 phone: comparison and docs pages (screenshots)', async () => {
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, 'compare-390x844.png');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await clipped(page)).toEqual([]);
    await page.locator('.strip-panel').scrollIntoViewIfNeeded();
    await shoot(page, 'compare-390x844-strip.png');
    const { page: docs } = await openPage(site(), 'docs.html', '', PHONE);
    await docs.waitForSelector('#doc h1');
    await shoot(docs, 'docs-390x844.png');
    expect(await docs.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await clipped(docs)).toEqual([]);
    await docs.context().close();
  });

  it('docs page at desk sizes (screenshots) and without WCAG 2 A/AA violations (axe-core)', async () => {
    const { page: docs } = await openPage(site(), 'docs.html', '?doc=MODEL', DESKS[1]);
    await docs.waitForSelector('#doc h1');
    await shoot(docs, 'docs-1600x1000.png');
    await docs.setViewportSize(DESKS[0]);
    await shoot(docs, 'docs-1280x720.png');
    expect(await axeViolations(docs)).toEqual([]);
    await docs.context().close();
  });
});
