// `frontera report` on the robustness experiments: a compare --posterior directory and a sobol
// directory each become a report whose tables hold the figures of their JSON files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './helpers';

const SMALL = ['--scale', '3000', '--quiet', '--workers', '1'];
let root: string;
beforeAll(async () => {
  root = tempDir();
  expect(
    (
      await cli(
        'compare',
        'baseline-2003',
        'border-surge',
        '--posterior',
        'docs/results/calibration',
        '--draws',
        '2',
        '--replicates',
        '2',
        '--years',
        '3',
        ...SMALL,
        '--out',
        join(root, 'posterior'),
      )
    ).code,
  ).toBe(0);
  expect(
    (
      await cli(
        'sobol',
        'baseline-2003',
        '--vary',
        'behaviour.networkEvasion=0.4:0.9',
        '--samples',
        '2',
        '--resamples',
        '20',
        '--years',
        '1',
        ...SMALL,
        '--out',
        join(root, 'sobol'),
      )
    ).code,
  ).toBe(0);
}, 300_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('reports of the robustness experiments', () => {
  it('show the effects across plausible worlds with their shares', async () => {
    expect((await cli('report', join(root, 'posterior'), '--quiet')).code).toBe(0);
    const page = text(readFileSync(join(root, 'posterior', 'report.html'), 'utf8'));
    expect(page).toContain('Effects across plausible worlds');
    expect(page).toContain("2 parameter sets drawn from the calibration's final population");
    const effects = JSON.parse(readFileSync(join(root, 'posterior', 'posterior-effects.json'), 'utf8')).effects;
    const deaths = effects.find((e: { metric: string; period: string }) => e.metric === 'deaths' && e.period === 'policy');
    expect(page).toContain(`border-surge Deaths at the border policy`);
    expect(page).toContain(`${Math.round(deaths.sharePositive * 100)}% ${Math.round(deaths.shareNegative * 100)}%`);
  });

  it("show each metric's Sobol' indices", async () => {
    expect((await cli('report', join(root, 'sobol'), '--quiet')).code).toBe(0);
    const page = text(readFileSync(join(root, 'sobol', 'report.html'), 'utf8'));
    const sobol = JSON.parse(readFileSync(join(root, 'sobol', 'sobol.json'), 'utf8'));
    const x = sobol.metrics[0].indices[0];
    expect(page).toContain("Sobol' indices: New trafficking victims");
    expect(page).toContain(`1 behaviour.networkEvasion ${Number.isFinite(x.S1) ? x.S1.toFixed(2) : '-'} ±`);
  });
});
