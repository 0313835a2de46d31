// Real-browser tests of the live comparison page in Debian's Chromium (the built site served by
// vite preview): lockstep, self-comparison gives zero, links, presentation keys, CLI-identical CSV,
// bad links. Expected values are computed at test time; screenshots go to test-results/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeComparison } from '../../src/ui/compare/compareLink';
import { comparisonFromLesson, type ComparisonSetup } from '../../src/ui/compare/comparison';
import { findLesson } from '../../src/ui/compare/lessons';
import { OUTCOMES } from '../../src/ui/compare/outcomes';
import { cliCsv, describeInBrowser, downloadFrom, inkedShare, openPage, waitForReady, type Site } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');

/** A comparison of library scenarios (no levers) on one seed. */
function comparisonOf(names: string[], extra: Partial<ComparisonSetup> = {}): ComparisonSetup {
  return {
    lesson: null,
    seed: 3,
    scale: 100,
    years: 2,
    seeds: 1,
    bookmarks: [],
    policies: names.map((name) => ({ label: name, source: { library: name }, set: {} })),
    ...extra,
  };
}

async function openCompare(site: Site, hash = '', viewport?: { width: number; height: number }) {
  const opened = await openPage(site, 'compare.html', hash, viewport);
  await waitForReady(opened.page);
  return opened;
}

async function tick(page: Page): Promise<number> {
  return Number(await page.getAttribute('#status', 'data-tick'));
}

async function waitForTick(page: Page, at: number): Promise<void> {
  await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) === t, at, { timeout: 60_000 });
}

async function playToEnd(page: Page): Promise<void> {
  await page.selectOption('#speed', '0');
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('finished'), undefined, { timeout: 120_000 });
}

/** The last month drawn for each policy on every outcome card. */
async function lastMonths(page: Page): Promise<string[][]> {
  return page.$$eval('.outcome-card', (cards) => cards.map((c) => ((c as HTMLElement).dataset.lastMonths ?? '').split(',')));
}

describeInBrowser('compare view (Chromium)', (site) => {
  it('runs the default lesson in lockstep: every policy shows the same month (screenshot kept)', async () => {
    const { page, errors } = await openCompare(site());
    expect(await page.textContent('#caveat')).toContain('not a forecast');
    expect(await page.locator('#headline tbody tr').count()).toBe(findLesson('border-vs-interior')!.policies.length);
    await page.click('#step');
    await waitForTick(page, 1);
    await page.keyboard.press('ArrowRight');
    await waitForTick(page, 2);
    await page.selectOption('#speed', '0');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('status')?.dataset.tick) >= 40, undefined, { timeout: 60_000 });
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'false');
    await page.waitForTimeout(500);
    const shown = await tick(page);
    const date = (await page.textContent('#status'))!.slice(0, 7);
    for (const months of await lastMonths(page)) expect(months).toEqual(months.map(() => date));
    expect(shown).toBeGreaterThanOrEqual(40);
    expect(await inkedShare(page, 'victims_new_total')).toBeGreaterThan(0.002);
    expect(await inkedShare(page, 'deaths-difference')).toBeGreaterThan(0.001);
    expect(await page.textContent('#moment')).toContain('Border surge begins');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/compare.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('while a run plays, an outcome card off screen is not redrawn, and catches up once scrolled into view', async () => {
    const { page, errors } = await openCompare(
      site(),
      `#${encodeComparison(comparisonOf(['baseline-2003', 'border-surge'], { years: 40 }))}`,
    );
    const card = `#outcome-${OUTCOMES[OUTCOMES.length - 1]}`;
    const drawnUpTo = () => page.$eval(card, (c) => (c as HTMLElement).dataset.lastMonths ?? '');
    const atRest = await drawnUpTo();
    await page.selectOption('#speed', '0');
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('status')?.dataset.tick) >= 24, undefined, { timeout: 60_000 });
    expect(await drawnUpTo()).toBe(atRest);
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await page.locator(card).scrollIntoViewIfNeeded();
    await page.waitForFunction(([selector, old]) => (document.querySelector(selector) as HTMLElement).dataset.lastMonths !== old, [
      card,
      atRest,
    ] as const);
    const months = (await drawnUpTo()).split(',');
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m) && m > '2003-12')).toBe(true);
    await page.click('#play');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a scenario compared with itself differs by exactly zero, also over paired seeds', async () => {
    const { page, errors } = await openCompare(
      site(),
      `#${encodeComparison(comparisonOf(['border-surge', 'border-surge'], { seeds: 3 }))}`,
    );
    await playToEnd(page);
    await page.waitForFunction(() => document.getElementById('seeds-status')?.textContent?.includes('ready'), undefined, {
      timeout: 120_000,
    });
    const diffs = await page.$$eval('#headline td[data-diff]', (cells) => cells.map((c) => Number((c as HTMLElement).dataset.diff)));
    expect(diffs.length).toBe(OUTCOMES.length);
    expect(diffs.every((d) => d === 0)).toBe(true);
    const table = (await downloadFrom(page, '#export-diff')).text.trim().split('\n');
    const cellsOf = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const header = cellsOf(table[0]);
    for (const row of table.slice(1)) {
      const cells = cellsOf(row);
      for (const column of ['difference', 'mean_difference', 'paired_ci90_low', 'paired_ci90_high'])
        expect(cells[header.indexOf(column)], row).toBe('0');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a comparison link round-trips: same policies, levers, seed and moments', async () => {
    const setup = comparisonOf(['baseline-2003', 'legal-pathways', 'interior-workers'], {
      seed: 11,
      lesson: 'pathways-vs-surge',
      bookmarks: [{ at: '2004-03', label: 'Point at the fee <b>here</b>' }],
    });
    setup.policies[2] = {
      label: 'Raids, fewer inspections',
      source: { library: 'interior-workers' },
      set: { 'interior.inspectionsPerYear': 12000 },
    };
    const hash = encodeComparison(setup);
    const { page, errors } = await openCompare(site(), `#${hash}`);
    expect(await page.inputValue('#seed')).toBe('11');
    expect(await page.$$eval('#headline tbody th', (cells) => cells.map((c) => c.textContent))).toEqual(setup.policies.map((p) => p.label));
    expect(await page.textContent('#bookmarks')).toContain('Point at the fee <b>here</b>');
    expect(await page.locator('#bookmarks b').count()).toBe(0);
    const link = await page.inputValue('#share-link');
    expect(new URL(link).hash.slice(1)).toBe(hash);
    const again = await openCompare(site(), new URL(link).hash);
    expect(await again.page.inputValue('#share-link')).toBe(link);
    expect(errors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('presentation mode hides editing controls and answers the keys (screenshot kept)', async () => {
    const lesson = comparisonFromLesson(findLesson('border-vs-interior')!);
    const { page, errors } = await openCompare(
      site(),
      `#${encodeComparison({ ...lesson, policies: [...lesson.policies, { label: 'Worker raids', source: { library: 'interior-workers' }, set: {} }] })}`,
      { width: 1920, height: 1080 },
    );
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    for (const selector of ['#policy-editors', '#lesson-select', '#seed', '#export-diff', '#speed'])
      expect(await page.isVisible(selector), selector).toBe(false);
    expect(await page.isVisible('#play')).toBe(true);
    await page.keyboard.press('ArrowRight');
    await waitForTick(page, 1);
    await page.keyboard.press('Shift+ArrowRight');
    await waitForTick(page, 13);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.getElementById('status')?.dataset.tick) >= 20, undefined, { timeout: 60_000 });
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'false');
    const paused = await tick(page);
    await page.waitForTimeout(600);
    expect(await tick(page)).toBe(paused);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await waitForTick(page, Math.min(120, paused + 36));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ROOT, 'test-results/presentation.png') });
    await page.keyboard.press('2');
    expect(await page.isVisible('.map-card[data-policy="1"]')).toBe(true);
    expect(await page.isVisible('.map-card[data-policy="0"]')).toBe(false);
    await page.screenshot({ path: join(ROOT, 'test-results/presentation-map.png') });
    await page.keyboard.press('2');
    expect(await page.isVisible('.map-card[data-policy="1"]')).toBe(false);
    await page.keyboard.press('r');
    await waitForTick(page, 0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await page.isVisible('#policy-editors')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("exports a policy's CSV identical to the CLI for the same scenario, levers and seed", async () => {
    const setup = comparisonOf(['baseline-2003', 'border-surge']);
    setup.policies[1].set = { 'border.agents': 15000 };
    const { page, errors } = await openCompare(site(), `#${encodeComparison(setup)}`);
    await playToEnd(page);
    const first = await downloadFrom(page, '[data-export-policy="0"]');
    expect(first.text).toBe(cliCsv(['baseline-2003', '--seed', '3', '--years', '2', '--scale', '100']));
    const second = await downloadFrom(page, '[data-export-policy="1"]');
    expect(second.name).toMatch(/border-surge.*seed3\.csv$/);
    expect(second.text).toBe(cliCsv(['border-surge', '--seed', '3', '--years', '2', '--scale', '100', '--set', 'border.agents=15000']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a malformed link shows an error naming the part, loads the default lesson and keeps working', async () => {
    const { page } = await openCompare(site(), '#seed=abc&label=<img src=x onerror=alert(1)>');
    const message = (await page.textContent('.message-error')) ?? '';
    expect(message).toContain('seed = "abc"');
    expect(message).toContain('default lesson');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.inputValue('#lesson-select')).toBe('border-vs-interior');
    await page.keyboard.press('ArrowRight');
    await waitForTick(page, 1);
    const lessonSeeds = await page.inputValue('#seeds');
    await page.fill('#seeds', '0');
    await page.press('#seeds', 'Tab');
    expect(await page.textContent('.message-error')).toContain('seeds = 0');
    expect(await page.inputValue('#seeds')).toBe(lessonSeeds);
    await page.context().close();
  });
});
