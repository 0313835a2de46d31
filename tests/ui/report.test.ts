// `frontera report DIR`: one HTML file per experiment kind (batch, compare, sweep, sensitivity,
// calibration, history) that opens offline in Chromium with no network request, no console error
// or warning, every chart drawn (its canvas has ink), no WCAG 2 A/AA violation (axe-core) and nothing
// wider than the window. Bad directories exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, browserAvailable, launchChromium } from './harness';
import { cli, tempDir } from '../cli/helpers';
import { wholeCalendarYears } from '../../src/cli/report/htmlReportSections';
import { parseCsv } from '../../src/cli/report/reportCsv';

const SMALL = ['--scale', '3000', '--quiet', '--workers', '1'];
const KINDS: Record<string, string[]> = {
  batch: ['batch', 'baseline-2003', '--years', '2', '--replicates', '2', ...SMALL],
  compare: ['compare', 'baseline-2003', 'border-surge', '--years', '2', '--replicates', '2', ...SMALL],
  sweep: ['sweep', 'baseline-2003', '--vary', 'border.agents=5000:20000:3', '--years', '1', '--replicates', '2', ...SMALL],
  sensitivity: [
    'sensitivity',
    'baseline-2003',
    '--params',
    'border.agents,justice.trainingShare',
    '--trajectories',
    '2',
    '--years',
    '1',
    ...SMALL,
  ],
  calibration: ['calibrate', '--samples', '4', '--replicates', '1', '--accept', '0.5', '--years', '1', ...SMALL],
  'sequential calibration': [
    'calibrate',
    '--samples',
    '6',
    '--rounds',
    '2',
    '--round-samples',
    '4',
    '--check-replicates',
    '2',
    '--replicates',
    '1',
    '--accept',
    '0.5',
    '--years',
    '1',
    ...SMALL,
  ],
  history: ['history', '--replicates', '2', '--years', '12', ...SMALL],
};

let root: string;
beforeAll(() => {
  root = tempDir();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('report inputs', () => {
  it('parses the CSV the experiment commands write, quotes included', () => {
    expect(parseCsv('a,b\n1,"x, ""y"""\n2,\n')).toEqual([
      { a: '1', b: 'x, "y"' },
      { a: '2', b: '' },
    ]);
  });

  it('draws yearly charts over whole calendar years only (a partial first or last year would look like a fall)', () => {
    expect([...wholeCalendarYears('1991-10', 20)]).toEqual(Array.from({ length: 19 }, (_, i) => String(1992 + i)));
    expect([...wholeCalendarYears('2003-01', 3)]).toEqual(['2003', '2004', '2005']);
    expect([...wholeCalendarYears('2003-07', 1)]).toEqual([]);
  });

  it('rejects a missing directory, a directory without a manifest and an unfinished experiment with exit 2', async () => {
    expect((await cli('report', join(root, 'nothing'))).code).toBe(2);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const noManifest = await cli('report', empty);
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toContain('has no manifest.json');
    writeFileSync(join(empty, 'manifest.json'), JSON.stringify({ kind: 'batch', status: 'interrupted' }));
    const unfinished = await cli('report', empty);
    expect(unfinished.code).toBe(2);
    expect(unfinished.stderr).toContain('status "interrupted"');
  });
});

describe.runIf(browserAvailable())('reports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [kind, args] of Object.entries(KINDS)) {
    it(`draws every chart of a ${kind} report offline, without console errors`, async () => {
      const dir = join(root, kind);
      expect((await cli(...args, '--out', dir)).code).toBe(0);
      expect((await cli('report', dir, '--quiet')).code).toBe(0);
      const file = join(dir, 'report.html');
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).not.toMatch(/(src|href)=["']https?:/);
      const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${file}`);
      await page.waitForFunction(() => (window as unknown as { reportReady?: boolean }).reportReady === true, undefined, {
        timeout: 30_000,
      });
      const inked = await page.evaluate(() =>
        [...document.querySelectorAll('canvas')].map((canvas) => {
          const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
          let ink = 0;
          for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 230 || pixels[i + 1] < 230 || pixels[i + 2] < 230) ink++;
          return {
            id: canvas.id,
            drawn: canvas.dataset.drawn === '1' && Number(canvas.dataset.points) > 0,
            ink: ink / (canvas.width * canvas.height),
          };
        }),
      );
      const violations = await axeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (process.env.FRONTERA_SHOTS)
        await page.screenshot({ path: join(process.env.FRONTERA_SHOTS, `report-${kind.replace(/ /g, '-')}.png`), fullPage: true });
      await page.close();
      expect(violations).toEqual([]);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      expect(inked.length).toBeGreaterThan(0);
      for (const canvas of inked) {
        expect(canvas.drawn, canvas.id).toBe(true);
        expect(canvas.ink, canvas.id).toBeGreaterThan(0.01);
      }
    });
  }
});
