// Test harness for the real-browser tests: builds the static site once with Vite's API (so what
// is tested is what ships), serves it with vite preview on a free port, and drives Debian's
// Chromium through playwright-core. Without Chromium the tests skip, unless CI requires them.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');

/** Whether browser tests can run; throws when CI requires them and Chromium is missing. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.FRONTERA_REQUIRE_BROWSER)
    throw new Error(`FRONTERA_REQUIRE_BROWSER is set but ${CHROMIUM} is missing (apt-get install chromium)`);
  return false;
}

export interface Site {
  url: string;
  browser: Browser;
  /** Console errors and warnings and page errors of every page opened so far ("page: text"); each test takes them with takeConsoleProblems. */
  consoleProblems: string[];
  close(): Promise<void>;
}

/** Builds the site into a temporary folder, serves it, and launches Chromium. */
export async function openSite(): Promise<Site> {
  const outDir = mkdtempSync(join(tmpdir(), 'frontera-web-'));
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${address.port}/index.html`,
    browser,
    consoleProblems: [],
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's headless Chromium with the flags these machines need (no sandbox, GPU or background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * A suite of tests on the built site in Chromium: opens the site before them, fails each test that
 * left console problems, and closes the site after them. Skipped without Chromium (see browserAvailable).
 * `body` declares the tests and gets the open site through `site()`.
 */
export function describeInBrowser(title: string, body: (site: () => Site) => void): void {
  describe.skipIf(!browserAvailable())(title, () => {
    let opened: Site | undefined;
    beforeAll(async () => {
      opened = await openSite();
    });
    afterEach(() => {
      expect(takeConsoleProblems(opened), 'console errors or warnings').toEqual([]);
    });
    afterAll(async () => {
      await opened?.close();
    });
    body(() => {
      if (!opened) throw new Error('the site is not open (did opening it fail?)');
      return opened;
    });
  });
}

/** Records a page's console errors and warnings and its uncaught errors in `errors` and in the site's list. */
export function watchConsole(site: Site, page: Page, errors: string[] = []): string[] {
  const note = (text: string) => {
    errors.push(text);
    site.consoleProblems.push(`${new URL(page.url()).pathname}: ${text}`);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') note(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => note(err.message));
  return errors;
}

/** Console problems recorded since the last call (every browser test ends by expecting none). */
export function takeConsoleProblems(site: Site | undefined): string[] {
  return site ? site.consoleProblems.splice(0) : [];
}

/** A page of the site (e.g. "compare.html") with a fragment, recording console errors, warnings and page errors; does not wait for a run. */
export async function openPage(
  site: Site,
  path: string,
  hash = '',
  viewport = { width: 1440, height: 1000 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchConsole(site, page);
  await page.goto(new URL(`${path}${hash}`, site.url).toString());
  return { page, errors };
}

/** A new simulator page that records console errors, warnings and page errors, once its run is loaded. */
export async function newPage(site: Site, hash = '', viewport = { width: 1440, height: 1000 }): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(site, 'index.html', hash, viewport);
  await waitForReady(opened.page);
  return opened;
}

/** Waits until the run is loaded (the status shows a month count). */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes(' of '), undefined, { timeout: 60_000 });
}

/** The month counter's tick. */
export async function currentTick(page: Page): Promise<number> {
  return Number(await page.getAttribute('#status', 'data-tick'));
}

/** Changes a run setting (seed, scale, years) and waits for the fresh run. */
export async function setSetting(page: Page, id: 'seed' | 'scale' | 'years', value: string): Promise<void> {
  await page.fill(`#${id}`, value);
  await page.press(`#${id}`, 'Tab');
  await waitForReady(page);
}

/** Plays at full speed until the run finishes. */
export async function playToEnd(page: Page): Promise<void> {
  await page.selectOption('#speed', '0');
  if ((await page.getAttribute('#play', 'aria-pressed')) !== 'true') await page.click('#play');
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('finished'), undefined, { timeout: 120_000 });
}

/** Clicks an export button and returns the downloaded file's text and name. */
export async function downloadFrom(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Share of coloured (not grey, not white) pixels in a chart's canvas (a drawn line changes pixels). */
export async function inkedShare(page: Page, chartId: string): Promise<number> {
  return page.evaluate((id) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`canvas[data-chart="${id}"]`)!;
    // Read a copy: repeated reads of the chart's own canvas make Chromium warn (willReadFrequently).
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) {
      const coloured =
        Math.abs(data[i] - data[i + 1]) > 30 || Math.abs(data[i + 1] - data[i + 2]) > 30 || Math.abs(data[i] - data[i + 2]) > 30;
      if (coloured) inked++;
    }
    return inked / (data.length / 4);
  }, chartId);
}

/** The CLI's CSV for `frontera run <args>`, written to a temp file and read back. */
export function cliCsv(args: string[]): string {
  const out = join(mkdtempSync(join(tmpdir(), 'frontera-cli-')), 'run.csv');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/main.ts'), 'run', ...args, '--out', out, '--quiet'],
    { cwd: ROOT },
  );
  return readFileSync(out, 'utf8');
}

/** Frame rate and simulation speed while a page plays for `seconds` (for the measurement scripts). */
export interface PlaybackFigures {
  fps: number;
  monthsPerSecond: number;
  worstFrameMs: number;
}

/** Presses play on a page already reset and set to a speed, and measures frames and months simulated. */
export async function measurePlayback(page: Page, seconds: number): Promise<PlaybackFigures> {
  // A string, so the bundler's helpers (tsx adds __name) do not leak into the page.
  await page.evaluate(
    'window.__frames = []; (function loop(t) { window.__frames.push(t); requestAnimationFrame(loop); })(performance.now())',
  );
  const startTick = Number(await page.getAttribute('#status', 'data-tick'));
  const started = Date.now();
  await page.click('#play');
  await page.waitForTimeout(seconds * 1000);
  const endTick = Number(await page.getAttribute('#status', 'data-tick'));
  const elapsed = (Date.now() - started) / 1000;
  if ((await page.getAttribute('#play', 'aria-pressed')) === 'true') await page.click('#play');
  const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
  const span = (frames[frames.length - 1] - frames[0]) / 1000;
  let worst = 0;
  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i] - frames[i - 1]);
  return { fps: (frames.length - 1) / span, monthsPerSecond: (endTick - startTick) / elapsed, worstFrameMs: worst };
}

/** WCAG 2 A and AA violations axe-core finds on the page as it is now ("rule: first offending element", one per rule). */
export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<Result> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}, e.g. ${v.nodes[0]?.target.join(' ')})`);
}
