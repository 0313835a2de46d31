// Real-browser tests that the simulator's charts read by default (Debian's Chromium, the built site):
// each chart picks monthly or 12-month rolling values by its own months and says which; every axis
// reaches above its lines and evidence in every view; the history replay's policy-change labels show
// in a strip above the plot, never over the data; the scenario text is for students. Expected views
// are computed at test time by the same rule in Node, never hard-coded.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario } from '../../src/sim/run';
import { buildScenario, setupFor, DEFAULT_SCENARIO } from '../../src/ui/shared/runSetup';
import { CHARTS } from '../../src/ui/shared/chartSpecs';
import { readableView } from '../../src/ui/shared/readableView';
import { describeInBrowser, newPage, playToEnd } from './harness';

const HISTORY = '#scenario=history-1992-2010&scale=100';
const VIEWS = ['auto', 'monthly', 'rolling', 'yearly'];

/** Each shown axis of a chart: its top and the highest value drawn on it. */
async function axesOf(page: Page, chartId: string): Promise<{ axis: string; max: number; highest: number }[]> {
  const text = (await page.getAttribute(`canvas[data-chart="${chartId}"]`, 'data-axis-fit')) ?? '';
  return text
    .split(' ')
    .filter(Boolean)
    .map((entry) => {
      const [axis, max, highest] = entry.split(':');
      return { axis, max: Number(max), highest: Number(highest) };
    });
}

describeInBrowser('readable charts in the simulator (Chromium)', (site) => {
  it('each chart shows its months or 12-month rolling values as the rule picks from its first 12 months, and says so', async () => {
    const { page } = await newPage(site());
    expect(await page.isChecked('input[name="view"][value="auto"]')).toBe(true);
    for (const spec of CHARTS) expect(await page.textContent(`[data-view-caption="${spec.id}"]`)).toContain('Monthly until 12 months');
    for (let month = 1; month <= 12; month++) {
      await page.click('#step');
      await page.waitForFunction((t) => Number(document.getElementById('status')?.dataset.tick) >= t, month);
    }
    await page.waitForTimeout(300);
    const result = runScenario({ ...buildScenario(setupFor({ library: DEFAULT_SCENARIO })), years: 1 });
    for (const spec of CHARTS) {
      const expected = readableView(spec, result.series, 12)!;
      const caption = page.locator(`[data-view-caption="${spec.id}"]`);
      expect(await caption.getAttribute('data-view'), spec.id).toBe(expected.view);
      expect(await caption.textContent(), spec.id).toContain(
        expected.view === 'rolling' ? `"${expected.label}" changes by` : 'Monthly values',
      );
    }
    // At scale 100 the new victims are lumps of 100 people: the chart the issue found unreadable rolls.
    expect(await page.getAttribute('[data-view-caption="trafficking"]', 'data-view')).toBe('rolling');
    // A view chosen by the reader applies to every chart, and the captions say it was chosen.
    await page.check('input[name="view"][value="monthly"]');
    for (const spec of CHARTS) {
      expect(await page.getAttribute(`[data-view-caption="${spec.id}"]`, 'data-view')).toBe('monthly');
      expect(await page.textContent(`[data-view-caption="${spec.id}"]`)).toContain('chosen above');
    }
    await page.context().close();
  });

  it('every axis reaches above its lines and its evidence ranges, in every view of the finished history replay', async () => {
    const { page } = await newPage(site(), HISTORY);
    await playToEnd(page);
    for (const view of VIEWS) {
      await page.check(`input[name="view"][value="${view}"]`);
      await page.waitForTimeout(300);
      for (const spec of CHARTS) {
        const axes = await axesOf(page, spec.id);
        expect(axes.length, `${view} ${spec.id}`).toBeGreaterThan(0);
        for (const a of axes) {
          expect(Number.isFinite(a.highest), `${view} ${spec.id} ${a.axis}`).toBe(true);
          expect(a.highest, `${view} ${spec.id} ${a.axis}`).toBeLessThan(a.max);
        }
      }
    }
    await page.context().close();
  });

  it("the replay's policy changes are ticks above the plot; a label shows there only near the pointer, never over the data", async () => {
    const { page } = await newPage(site(), HISTORY);
    await playToEnd(page);
    const canvasSel = 'canvas[data-chart="crossing"]';
    await page.locator('#chart-crossing').scrollIntoViewIfNeeded();
    const ticks = ((await page.getAttribute(canvasSel, 'data-marker-xs')) ?? '').split(' ').filter(Boolean).map(Number);
    // One tick per policy change the page lists (all fall inside the replay's years).
    expect(ticks.length).toBe(await page.locator('#chart-markers li').count());
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(await page.getAttribute(canvasSel, 'data-marker-label')).toBeNull();
    const box = (await page.locator(canvasSel).boundingBox())!;
    await page.mouse.move(box.x + ticks[3], box.y + box.height / 2);
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-marker-label'), canvasSel);
    const [label, labelBottom, plotTop] = (await page.getAttribute(canvasSel, 'data-marker-label'))!.split('|');
    expect(label).toMatch(/^\d{4}-\d{2} /);
    expect(Number(labelBottom)).toBeLessThanOrEqual(Number(plotTop));
    expect((await page.textContent('#chart-markers'))!).toContain(label);
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-marker-label'), canvasSel);
    await page.context().close();
  });

  it('every legend fits its chart, on a phone and at 1280 px (long evidence names are cut with "…")', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 720 },
    ]) {
      const { page } = await newPage(site(), HISTORY, viewport);
      await page.waitForTimeout(300);
      for (const spec of CHARTS) {
        const canvas = page.locator(`canvas[data-chart="${spec.id}"]`);
        const right = Number(await canvas.getAttribute('data-legend-right'));
        const width = await canvas.evaluate((c) => c.clientWidth);
        expect(right, `${spec.id} at ${viewport.width}`).toBeGreaterThan(0);
        expect(right, `${spec.id} at ${viewport.width}`).toBeLessThanOrEqual(width);
      }
      await page.context().close();
    }
  });

  it("the replay's description is for students: no note on how the file is generated", async () => {
    const { page } = await newPage(site(), HISTORY);
    const text = (await page.textContent('#scenario-description'))!;
    expect(text).toContain('A replay of the border build-up');
    expect(text).not.toMatch(/Generated from|npm run|src\//);
    await page.context().close();
  });
});
