// Real-browser tests of the simulator page in Debian's Chromium: the built site served by vite
// preview. Expected series are computed at test time (CLI and toCsv in Node), never hard-coded.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyOverrides, findScenario, parseScenarioText, runScenario, toCsv } from '../../src/index';
import {
  browserAvailable,
  cliCsv,
  currentTick,
  describeInBrowser,
  downloadFrom,
  inkedShare,
  newPage,
  playToEnd,
  setSetting,
  waitForReady,
  watchConsole,
} from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
if (!browserAvailable())
  console.warn(`[tests/ui] skipped: ${'/usr/bin/chromium'} not found (set FRONTERA_REQUIRE_BROWSER=1 to make this a failure)`);

async function errorMessage(page: Page): Promise<string> {
  await page.waitForSelector('.message-error', { timeout: 10_000 });
  return (await page.textContent('.message-error')) ?? '';
}

/** Plays at full speed (starting play if paused) until `tick`, then pauses. */
async function playUntilTick(page: Page, tick: number): Promise<void> {
  await page.selectOption('#speed', '0');
  if ((await page.getAttribute('#play', 'aria-pressed')) !== 'true') await page.click('#play');
  await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) >= t, tick, { timeout: 60_000 });
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'false');
}

describeInBrowser('browser simulator (Chromium)', (site) => {
  it('loads with no console errors, plays, draws the map and every chart (screenshot kept)', async () => {
    const { page, errors } = await newPage(site());
    expect(await page.textContent('#caveat')).toContain('not a forecast');
    expect(await page.locator('#scenario-select option').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('.lever').count()).toBeGreaterThan(20);
    expect(await currentTick(page)).toBe(0);
    await page.click('#play');
    await page.waitForFunction(() => Number(document.getElementById('status')?.dataset.tick) >= 3, undefined, { timeout: 30_000 });
    await playUntilTick(page, 30);
    await page.waitForTimeout(600);
    for (const id of ['trafficking', 'detection', 'crossing', 'market', 'debt', 'justice']) {
      expect(await inkedShare(page, id), `chart ${id} has coloured lines`).toBeGreaterThan(0.002);
    }
    const mapInk = await page.evaluate(() => {
      const c = document.getElementById('map') as HTMLCanvasElement;
      return c
        .getContext('2d')!
        .getImageData(0, 0, c.width, c.height)
        .data.some((v, i) => i % 4 === 2 && v > 200);
    });
    expect(mapInk).toBe(true);
    await page.click('#show-someone button:last-child');
    await page.waitForSelector('#person .history li, #person p', { timeout: 10_000 });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/ui-main.png') });
    await page.screenshot({ path: join(ROOT, 'test-results/ui-full.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports a CSV identical to the CLI for the same scenario and seed', async () => {
    const { page, errors } = await newPage(site());
    await setSetting(page, 'seed', '3');
    await setSetting(page, 'years', '2');
    await playToEnd(page);
    const { name, text } = await downloadFrom(page, '#export-csv');
    expect(name).toMatch(/baseline-2003.*seed3.*\.csv$/);
    expect(text).toBe(cliCsv(['baseline-2003', '--seed', '3', '--years', '2', '--scale', '100']));
    const png = await page.evaluate(() =>
      (document.querySelector('canvas[data-chart="crossing"]') as HTMLCanvasElement).toDataURL().slice(0, 22),
    );
    expect(png).toBe('data:image/png;base64,');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a mid-run lever change alters the series, is on the exported timeline, and replays exactly (JSON, CLI, share link)', async () => {
    const { page, errors } = await newPage(site());
    await setSetting(page, 'years', '2');
    for (let i = 0; i < 6; i++) await page.click('#step');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '6');
    await page.fill('#param-border-agents', '30000');
    await page.press('#param-border-agents', 'Enter');
    await page.waitForSelector('.message-notice');
    expect(await page.textContent('.message-notice')).toContain('2003-07');
    await playToEnd(page);
    const csv = (await downloadFrom(page, '#export-csv')).text;
    const unchanged = toCsv(runScenario(applyOverrides(findScenario('baseline-2003')!, { scale: 100, years: 2 })));
    expect(csv).not.toBe(unchanged);
    expect(csv.split('\n').slice(0, 7)).toEqual(unchanged.split('\n').slice(0, 7));

    const json = (await downloadFrom(page, '#export-json')).text;
    const asRun = parseScenarioText(json, 'exported');
    expect(asRun.timeline).toEqual([{ at: '2003-07', set: { 'border.agents': 30000 } }]);
    expect(toCsv(runScenario(asRun))).toBe(csv);
    const file = join(mkdtempSync(join(tmpdir(), 'frontera-json-')), 'as-run.json');
    writeFileSync(file, json);
    expect(cliCsv([file])).toBe(csv);

    const link = await page.inputValue('#share-link');
    expect(link).toContain('change=');
    const second = await site().browser.newContext({ acceptDownloads: true });
    const replay = await second.newPage();
    watchConsole(site(), replay);
    await replay.goto(link);
    await waitForReady(replay);
    await playToEnd(replay);
    expect((await downloadFrom(replay, '#export-csv')).text).toBe(csv);
    await second.close();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a lever changed before the run sets the starting value and the share link carries it', async () => {
    const { page } = await newPage(site());
    await setSetting(page, 'years', '1');
    await page.fill('#param-interior-employerFocus', '0.9');
    await page.press('#param-interior-employerFocus', 'Enter');
    await page.waitForFunction(() => location.hash.includes('interior.employerFocus'));
    await waitForReady(page);
    await playToEnd(page);
    const csv = (await downloadFrom(page, '#export-csv')).text;
    expect(csv).toBe(
      toCsv(runScenario(applyOverrides(findScenario('baseline-2003')!, { scale: 100, years: 1, set: { 'interior.employerFocus': 0.9 } }))),
    );
    await page.context().close();
  });

  it('a malformed or tampered link shows a clear message, injects no markup and falls back to defaults', async () => {
    const bad = [
      ['#scenario=%3Cimg%20src%3Dx%20onerror%3D%22document.title%3D%27owned%27%22%3E', 'scenario'],
      ['#scenario=baseline-2003&seed=abc', 'seed'],
      ['#scenario=baseline-2003&set=border.agents:-5', 'border.agents'],
      ['#scenario=baseline-2003&set=no.such:1', 'no.such'],
      ['#file=%%%not-base64', 'file'],
      ['#scenario=baseline-2003&change=1990-01/border.agents:100', '1990-01'],
    ];
    for (const [hash, named] of bad) {
      const { page, errors } = await newPage(site(), hash);
      const message = await errorMessage(page);
      expect(message, hash).toContain(named);
      expect(message).toContain('default scenario');
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.title()).not.toBe('owned');
      expect(await page.inputValue('#scenario-select')).toBe('baseline-2003');
      await page.click('#step');
      await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '1');
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('a malformed scenario file shows an error naming the field and keeps the page working; a good file loads', async () => {
    const { page, errors } = await newPage(site());
    const upload = (name: string, text: string) =>
      page.setInputFiles('#scenario-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await upload('broken.json', '{ "name": "x", ');
    expect(await errorMessage(page)).toContain('broken.json: not valid JSON');
    const bad = { ...findScenario('border-surge')!, years: 0, params: { 'border.agents': 'many' } };
    await upload('bad.json', JSON.stringify(bad));
    const message = await errorMessage(page);
    expect(message).toContain('bad.json');
    expect(message).toContain('years');
    expect(await page.inputValue('#scenario-select')).toBe('baseline-2003');
    await page.click('#step');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '1');

    const good = { ...findScenario('border-surge')!, name: 'my-surge', description: '<b>not bold</b>' };
    await upload('good.json', JSON.stringify(good));
    await page.waitForFunction(() => (document.getElementById('scenario-select') as HTMLSelectElement).value === 'file:my-surge');
    await waitForReady(page);
    expect(await page.textContent('#scenario-description')).toBe('<b>not bold</b>');
    expect(await page.locator('#scenario-description b').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('rejects bad lever and setting input with a message and keeps the previous value', async () => {
    const { page } = await newPage(site());
    await page.fill('#param-border-agents', 'lots');
    await page.press('#param-border-agents', 'Enter');
    expect(await page.textContent('#param-border-agents-error')).toContain('border.agents');
    expect(await page.getAttribute('#param-border-agents', 'aria-invalid')).toBe('true');
    expect(page.url()).not.toContain('border.agents');
    await page.fill('#scale', '0');
    await page.press('#scale', 'Tab');
    expect(await errorMessage(page)).toContain('scale');
    expect(await page.inputValue('#scale')).toBe('100');
    await page.context().close();
  });

  it('keyboard: space plays and pauses, right arrow steps, r resets', async () => {
    const { page } = await newPage(site());
    await page.focus('body');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '1');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => Number(document.getElementById('status')?.dataset.tick) >= 3, undefined, { timeout: 30_000 });
    await page.keyboard.press(' ');
    expect(await page.textContent('#play')).toBe('Play');
    await page.keyboard.press('r');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.tick === '0');
    await page.context().close();
  });

  it('many seeds: draws the mean with a 90% band', async () => {
    const { page, errors } = await newPage(site());
    await setSetting(page, 'years', '1');
    await page.fill('#ensemble-count', '3');
    await page.click('#run-ensemble');
    await page.waitForFunction(() => document.getElementById('ensemble-status')?.textContent?.includes('3 seeds done'), undefined, {
      timeout: 90_000,
    });
    expect(await page.isChecked('#display-ensemble')).toBe(true);
    await page.waitForTimeout(300);
    expect(await inkedShare(page, 'crossing')).toBeGreaterThan(0.002);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
