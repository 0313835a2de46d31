// Real-browser tests of the evidence overlay in the simulator (Debian's Chromium, the built site):
// drawn for the history replay, toggled by button and key, carried by the share link, the source
// on hover, and nothing drawn (and no error) for a run outside the evidence years.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findScenario } from '../../src/sim/library';
import { compareWithEvidence, hitBand, measureOver, wholeYears } from '../../src/sim/evidence/check';
import { findEvidence } from '../../src/sim/evidence/series';
import { formatInUnit } from '../../src/presentation/format';
import { runScenario } from '../../src/sim/run';
import { applyOverrides } from '../../src/sim/scenario';
import { scoreText } from '../../src/ui/simulator/evidenceControl';
import { encodeLink } from '../../src/ui/shared/link';
import { setupFor } from '../../src/ui/shared/runSetup';
import { describeInBrowser, inkedShare, newPage } from './harness';

/** Screenshots the coordinator looks at (kept out of the repository). */
const SHOTS = process.env.FRONTERA_SHOTS ?? '';
const HISTORY = '#scenario=history-1992-2010&scale=100';
const EVIDENCE_CHARTS = ['crossing', 'market', 'justice'];

/** Evidence series drawn on a chart, from its markers' positions ("x,y,series" each). */
async function evidenceOn(page: Page, chartId: string): Promise<{ x: number; y: number; series: string }[]> {
  const text = await page.getAttribute(`canvas[data-chart="${chartId}"]`, 'data-evidence-points');
  return (text ?? '')
    .split(' ')
    .filter(Boolean)
    .map((m) => {
      const [x, y, series] = m.split(',');
      return { x: Number(x), y: Number(y), series };
    });
}

/** Plays at full speed past month `tick`, then pauses and lets the charts redraw. */
async function playPast(page: Page, tick: number): Promise<void> {
  await page.selectOption('#speed', '0');
  await page.click('#play');
  await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) >= t, tick, { timeout: 120_000 });
  await page.click('#play');
  await page.waitForFunction(() => document.getElementById('play')?.getAttribute('aria-pressed') === 'false');
  await page.waitForTimeout(400);
}

async function shot(page: Page, name: string, clip?: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `evidence-overlay-${name}.png`);
  if (clip) await page.locator(clip).screenshot({ path });
  else await page.screenshot({ path });
}

describeInBrowser('evidence overlay in the simulator (Chromium)', (site) => {
  it('draws the evidence over the history replay, only on charts that have some, before and while it plays', async () => {
    const { page } = await newPage(site(), HISTORY);
    await page.waitForSelector('#evidence-toggle[aria-pressed="true"]');
    for (const id of EVIDENCE_CHARTS) expect((await evidenceOn(page, id)).length, id).toBeGreaterThan(0);
    for (const id of ['trafficking', 'detection', 'debt']) expect(await evidenceOn(page, id), id).toEqual([]);
    const series = new Set((await evidenceOn(page, 'crossing')).map((m) => m.series));
    expect([...series].sort()).toEqual(['successful_entries', 'sw_apprehensions', 'sw_deaths']);
    // Nothing has run yet: every coloured pixel of the crossing chart is evidence.
    expect(await inkedShare(page, 'crossing')).toBeGreaterThan(0.002);
    expect(await page.textContent('#evidence-note')).toContain('Hover a marker for its source');
    // The same evidence as text, for the keyboard and screen readers.
    const list = page.locator('[data-evidence-list="crossing"]');
    await list.locator('summary').click();
    expect(await list.textContent()).toContain('FY2000 (Oct 1999 to Sep 2000): 1,643,679 a year');
    expect(await list.textContent()).toContain('Source: U.S. Border Patrol statistics');
    expect(await page.isHidden('[data-evidence-list="debt"]')).toBe(true);
    await shot(page, 'list', '#chart-crossing');
    await list.locator('summary').click();
    await playPast(page, 120);
    expect((await evidenceOn(page, 'crossing')).length).toBeGreaterThan(0);
    await shot(page, 'on', '.charts-section');
    await page.check('input[name="view"][value="yearly"]');
    await page.waitForTimeout(300);
    expect((await evidenceOn(page, 'market')).length).toBeGreaterThan(0);
    await shot(page, 'yearly', '.charts-section');
    await page.context().close();
  });

  it('the button and the E key hide and show it, and the share link carries the choice', async () => {
    const { page } = await newPage(site(), HISTORY);
    const inkOn = await inkedShare(page, 'crossing');
    await page.click('#evidence-toggle');
    expect(await page.getAttribute('#evidence-toggle', 'aria-pressed')).toBe('false');
    expect(await evidenceOn(page, 'crossing')).toEqual([]);
    // Before the run only the legend's swatches are coloured once the evidence is hidden.
    expect(await inkedShare(page, 'crossing')).toBeLessThan(inkOn / 4);
    expect(await page.inputValue('#share-link')).toContain('evidence=off');
    const link = await page.inputValue('#share-link');

    await page.focus('body');
    await page.keyboard.press('e');
    expect(await page.getAttribute('#evidence-toggle', 'aria-pressed')).toBe('true');
    expect((await evidenceOn(page, 'crossing')).length).toBeGreaterThan(0);
    expect(await page.inputValue('#share-link')).not.toContain('evidence=');
    await page.context().close();

    const reopened = await newPage(site(), new URL(link).hash);
    await reopened.page.waitForSelector('#evidence-toggle[aria-pressed="false"]');
    expect(await reopened.page.inputValue('#scenario-select')).toBe('history-1992-2010');
    for (const id of EVIDENCE_CHARTS) expect(await evidenceOn(reopened.page, id), id).toEqual([]);
    await reopened.page.keyboard.press('E');
    expect((await evidenceOn(reopened.page, 'crossing')).length).toBeGreaterThan(0);
    await reopened.page.context().close();
  });

  it("hovering an evidence marker shows its source, period, value in the chart's units, grade, and this run's value beside it", async () => {
    const { page } = await newPage(site(), HISTORY);
    await playPast(page, 108);
    // The monthly view draws a yearly figure as its monthly mean.
    await page.check('input[name="view"][value="monthly"]');
    await page.waitForTimeout(300);
    await page.locator('#chart-crossing').scrollIntoViewIfNeeded();
    const canvas = (await page.locator('canvas[data-chart="crossing"]').boundingBox())!;
    const fy2000 = (await evidenceOn(page, 'crossing')).filter((m) => m.series === 'sw_apprehensions');
    // FY2000 (Oct 1999 to Sep 2000) is the ninth fiscal year of the replay (FY1992 first).
    const marker = fy2000[8];
    await page.mouse.move(canvas.x + marker.x, canvas.y + marker.y);
    await page.waitForFunction(() => document.querySelector('[data-readout="crossing"]')?.textContent?.includes('Source:'));
    const text = (await page.textContent('[data-readout="crossing"]'))!;
    expect(text).toContain('Evidence: SW border apprehensions\nGrade A: primary official table');
    expect(text).toContain('FY2000 (Oct 1999 to Sep 2000): 1,643,679 a year');
    expect(text).toContain(`= ${Math.round(1643679 / 12).toLocaleString('en-US')} a month`);
    expect(text).toContain('Source: U.S. Border Patrol statistics');
    // The same run in Node, FY2000 as `frontera history` takes it, and where it lies against the evidence's band.
    const result = runScenario(applyOverrides(findScenario('history-1992-2010')!, { scale: 100, years: 10 }));
    const model = measureOver({ metric: 'apprehensions' }, wholeYears(result, 'fiscal'), 2000, 2000);
    const [low, high] = hitBand(1643679, undefined, undefined, findEvidence('sw_apprehensions').tolerance);
    const where = model < low ? 'below' : model > high ? 'above' : 'inside';
    expect(text.replace(/\n/g, ' ')).toContain(
      `This run, same period: ${formatInUnit(model, 'people')} a year = ${formatInUnit(model / 12, 'people')} a month, ${where} the evidence's band`,
    );
    await shot(page, 'tooltip', '#chart-crossing');
    await page.context().close();
  });

  it('"How this works" links each mechanism to its evidence and verdicts, and to docs sections that open from the built site alone', async () => {
    const { page } = await newPage(site());
    const origin = new URL(site().url).origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    const crossing = page
      .locator('details.mechanism')
      .filter({ has: page.locator('summary', { hasText: 'The crossing and border enforcement' }) });
    await crossing.locator('summary').click();
    const checks = crossing.locator('.checks li');
    expect(await checks.count()).toBeGreaterThan(5);
    const text = (await crossing.textContent())!;
    expect(text).toContain('SW border apprehensions (grade A');
    expect(text).toContain('apprehension probability per attempt');
    expect(await crossing.locator('.checks li[data-check="history"] .verdict').first().textContent()).toMatch(
      /^(input|\d+ of \d+ inside|not scored)$/,
    );
    const corruption = page.locator('details.mechanism').filter({ has: page.locator('summary', { hasText: /^Corruption$/ }) });
    await corruption.locator('summary').click();
    expect(await corruption.textContent()).toContain('No evidence series or calibration target measures this mechanism');
    await corruption.locator('summary').click();
    await crossing.scrollIntoViewIfNeeded();
    await shot(page, 'how', '#mechanisms');

    await crossing.locator('a', { hasText: 'history replay' }).click();
    await page.waitForURL(/docs\.html\?doc=VALIDATION#validation-out-of-sample/);
    await page.waitForFunction(() =>
      document.getElementById('4-validation-out-of-sample-the-history-replay')?.classList.contains('doc-target'),
    );
    const heading = (await page.locator('[id="4-validation-out-of-sample-the-history-replay"]').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(200);
    await shot(page, 'docs');
    await page.goBack();
    const market = page.locator('details.mechanism').filter({ has: page.locator('summary', { hasText: 'The smuggling market' }) });
    await market.locator('summary').click();
    await market.locator('a', { hasText: 'the mechanism in MODEL.md' }).click();
    await page.waitForFunction(() => document.getElementById('how-to-cross')?.classList.contains('doc-target'));
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('scores the finished replay against the evidence exactly as Node scores the same run', async () => {
    const { page } = await newPage(site(), HISTORY);
    expect(await page.isHidden('#evidence-run')).toBe(true);
    await page.selectOption('#speed', '0');
    await page.click('#play');
    await page.waitForFunction(() => document.getElementById('evidence-run')?.textContent?.startsWith('This run'), undefined, {
      timeout: 180_000,
    });
    const scenario = applyOverrides(findScenario('history-1992-2010')!, { scale: 100 });
    expect(await page.textContent('#evidence-run')).toBe(scoreText(compareWithEvidence([runScenario(scenario)]), scenario));
    await page.check('input[name="view"][value="yearly"]');
    await shot(page, 'finished', '.charts-section');
    await page.click('#reset');
    await page.waitForFunction(() => document.getElementById('evidence-run')?.hidden === true);
    await page.context().close();
  });

  it('draws nothing and offers no toggle for a run outside the evidence years', async () => {
    const file = { ...findScenario('baseline-2003')!, name: 'after-2010', start: '2015-01', years: 2, timeline: [] };
    const { page, errors } = await newPage(site(), `#${encodeLink(setupFor({ file }))}`);
    expect(await page.isDisabled('#evidence-toggle')).toBe(true);
    expect(await page.textContent('#evidence-note')).toContain('No evidence to draw');
    await page.click('#step');
    await page.check('input[name="view"][value="yearly"]');
    await page.keyboard.press('e');
    for (const id of EVIDENCE_CHARTS) {
      expect(await evidenceOn(page, id), id).toEqual([]);
      expect(await page.isHidden(`[data-evidence-list="${id}"]`), id).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
