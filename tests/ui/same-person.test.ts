// Real-browser tests of the comparison's same-person panel and noise verdicts (Debian's Chromium,
// the built site): a followed person picked in the list or on a map opens their stories under every
// policy, identical until the first month marked as differing; keyboard and presentation mode; the
// strip's paired interval matches the same seeds run in Node. Screenshots go to the briefs' shots.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { replicateSeed } from '../../src/sim/experiment/seeds';
import { findScenario } from '../../src/sim/library';
import { Simulation } from '../../src/sim/run';
import { applyOverrides } from '../../src/sim/scenario';
import { encodeComparison } from '../../src/ui/compare/compareLink';
import type { ComparisonSetup } from '../../src/ui/compare/comparison';
import { runningInterval } from '../../src/ui/compare/outcomes';
import { describeInBrowser, openPage, waitForReady, type Site } from './harness';

const SHOTS = process.env.FRONTERA_SHOTS ?? resolve(import.meta.dirname, '../../test-results');

function comparisonOf(names: string[], extra: Partial<ComparisonSetup> = {}): ComparisonSetup {
  return {
    lesson: null,
    seed: 3,
    scale: 100,
    years: 4,
    seeds: 1,
    bookmarks: [],
    policies: names.map((name) => ({ label: name, source: { library: name }, set: {} })),
    ...extra,
  };
}

async function openCompare(site: Site, setup: ComparisonSetup, viewport?: { width: number; height: number }) {
  const opened = await openPage(site, 'compare.html', `#${encodeComparison(setup)}`, viewport);
  await waitForReady(opened.page);
  return opened;
}

/** Advances every policy by `years` years with Shift+→ and waits until the month shown gets there. */
async function runYears(page: Page, years: number): Promise<void> {
  for (let i = 0; i < years; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) === t, years * 12, { timeout: 120_000 });
}

/** The story table as text: the month and each policy's cell per row, and the marked row's month. */
async function storyRows(page: Page): Promise<{ months: string[]; cells: string[][]; marked: string[]; divergence: string }> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll<HTMLTableRowElement>('#person-body .story-table tbody tr')];
    return {
      months: rows.map((r) => r.dataset.month ?? ''),
      cells: rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      marked: rows.filter((r) => r.classList.contains('diverge')).map((r) => r.dataset.month ?? ''),
      divergence: document.getElementById('person-body')?.dataset.divergence ?? '',
    };
  });
}

describeInBrowser('the same person under each policy (Chromium)', (site) => {
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  it('opens a followed person from the list: stories identical until the marked month, outcomes per policy; Esc closes (screenshots)', async () => {
    const setup = comparisonOf(['baseline-2003', 'border-surge', 'interior-employers']);
    setup.policies = setup.policies.map((p, i) => ({ ...p, label: ['No change', 'Border surge', 'Employer-focused enforcement'][i] }));
    const { page, errors } = await openCompare(site(), setup);
    await runYears(page, 3);
    await page.waitForSelector('#differing-people button[data-person]');
    // Keyboard only: focus the first person in the list and press Enter.
    await page.focus('#differing-people button[data-person]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#person-dialog[open] .person-column');
    expect(await page.textContent('#person-title')).toContain('The same person under each policy');
    expect(await page.locator('#person-body .person-column').count()).toBe(3);
    expect(await page.evaluate(() => document.getElementById('person-dialog')!.contains(document.activeElement))).toBe(true);
    const { months, cells, marked, divergence } = await storyRows(page);
    expect(months.length).toBeGreaterThan(0);
    expect(marked).toEqual(divergence ? [divergence] : []);
    // Before the first marked month every policy tells the same story.
    const before = months.findIndex((m) => m === divergence);
    for (const row of cells.slice(0, before < 0 ? cells.length : before))
      expect(
        row.every((cell) => cell === row[0]),
        row.join(' | '),
      ).toBe(true);
    if (before >= 0) expect(new Set(cells[before]).size).toBeGreaterThan(1);
    await page.screenshot({ path: join(SHOTS, 'same-person-desk.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('person-dialog')!.hasAttribute('open'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on a person on a map opens the panel, readable in presentation mode (screenshot)', async () => {
    const { page, errors } = await openCompare(site(), comparisonOf(['baseline-2003', 'border-surge']), { width: 1280, height: 720 });
    await runYears(page, 3);
    await page.keyboard.press('p');
    await page.keyboard.press('2');
    // Click the centre of a drawn dot: a pixel of the "on the way" colour on the enlarged map, once it is drawn at its new size.
    const found = await page.waitForFunction(
      () => {
        const canvas = document.querySelector<HTMLCanvasElement>('.map-card.focused canvas')!;
        // Read a copy: polling the map's own canvas makes Chromium warn (willReadFrequently), as in harness.inkedShare.
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        const ctx = copy.getContext('2d', { willReadFrequently: true })!;
        ctx.drawImage(canvas, 0, 0);
        const { data, width, height } = ctx.getImageData(0, 0, copy.width, copy.height);
        const ratio = canvas.width / canvas.clientWidth;
        for (let y = 0; y < height; y += 2)
          for (let x = 0; x < width; x += 2) {
            const i = (y * width + x) * 4;
            if (data[i] === 0xe6 && data[i + 1] === 0x9f && data[i + 2] === 0x00) return { x: x / ratio, y: y / ratio };
          }
        return null;
      },
      undefined,
      { timeout: 20_000 },
    );
    const point = (await found.jsonValue()) as { x: number; y: number } | null;
    expect(point).not.toBeNull();
    await page.click('.map-card.focused canvas', { position: point! });
    await page.waitForSelector('#person-dialog[open] .person-column');
    expect(await page.locator('#person-body .person-column').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'same-person-projector.png') });
    // Esc closes the panel first, then the enlarged map, and only then presentation mode.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('person-dialog')!.hasAttribute('open'));
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('each headline difference says whether it is beyond noise, from the same paired seeds as Node (screenshots)', async () => {
    const setup = comparisonOf(['baseline-2003', 'border-surge'], { seeds: 3, years: 3 });
    const { page, errors } = await openCompare(site(), setup);
    expect(await page.textContent('#strip-note')).toContain('paired seeds are running');
    await runYears(page, 3);
    await page.waitForFunction(() => document.getElementById('seeds-status')?.textContent?.includes('ready'), undefined, {
      timeout: 240_000,
    });
    await page.waitForSelector('#headline tr[data-policy="1"] .noise[data-verdict]');
    const cells = await page.$$eval('#headline tr[data-policy="1"] td', (tds) =>
      tds.map((td) => {
        const noise = td.querySelector<HTMLElement>('.noise')!;
        return {
          metric: td.dataset.metric!,
          verdict: noise.dataset.verdict!,
          text: noise.textContent!,
          mean: Number(noise.dataset.mean),
          lo: Number(noise.dataset.lo),
          hi: Number(noise.dataset.hi),
        };
      }),
    );
    const scenarios = ['baseline-2003', 'border-surge'].map((name) => applyOverrides(findScenario(name)!, { scale: 100, years: 3 }));
    const runs = scenarios.map((s) =>
      Array.from({ length: 3 }, (_, i) => new Simulation({ ...s, seed: replicateSeed(3, i) }).run().series),
    );
    for (const cell of cells) {
      if (cell.verdict === 'none') continue;
      expect(cell.text).toContain(cell.verdict === 'beyond' ? 'beyond noise' : 'within noise');
      expect(cell.verdict === 'beyond').toBe(cell.lo > 0 || cell.hi < 0);
      const node = runningInterval(cell.metric, runs[0], runs[1], 36);
      expect(cell.mean, cell.metric).toBeCloseTo(node.mean, 6);
      expect(cell.hi - cell.lo, cell.metric).toBeCloseTo(node.hi - node.lo, 6);
    }
    expect(cells.filter((c) => c.verdict === 'beyond').length).toBeGreaterThan(0);
    expect(await page.textContent('#strip-note')).toContain('over 3 paired seeds');
    await page.locator('.strip-panel').screenshot({ path: join(SHOTS, 'compare-noise-strip.png') });
    await page.keyboard.press('p');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'compare-noise-presentation.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
