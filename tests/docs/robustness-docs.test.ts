// The ROBUSTNESS.md generator on results the commands really write (a small compare --posterior and a
// small paired Sobol' analysis): every headline effect gets its share of worlds, interval, deciding
// parameters and verdict, read from the files; the verdict rule on hand-made effects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/helpers';
import { holdsIn, readInputs, robustnessMarkdown, verdict } from '../../scripts/generate-robustness';
import type { PosteriorEffect } from '../../src/sim/experiment/posterior';

const SMALL = ['--years', '3', '--scale', '3000', '--quiet', '--workers', '1'];
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
        '3',
        '--replicates',
        '2',
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
        'border-surge',
        '--vary',
        'behaviour.networkEvasion=0.4:0.9',
        '--vary',
        'behaviour.guideEvasion=0.4:0.9',
        '--samples',
        '4',
        '--metric',
        'victims_new_total,deaths',
        '--resamples',
        '50',
        ...SMALL,
        '--out',
        join(root, 'sobol-border-surge'),
      )
    ).code,
  ).toBe(0);
}, 300_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('docs/ROBUSTNESS.md generator', () => {
  it("reports every headline effect with the shares, intervals and Sobol' ranking the files hold", () => {
    const inputs = readInputs(root);
    const text = robustnessMarkdown(inputs, root);
    expect(text).toContain('**Size of this evidence.** 3 draws from calibration.json sha256');
    expect(text).toContain('This is a small demonstration');
    const effects = JSON.parse(readFileSync(join(root, 'posterior', 'posterior-effects.json'), 'utf8')).effects as PosteriorEffect[];
    const total = effects.find((e) => e.metric === 'victims_new_total' && e.period === 'policy')!;
    const line = text.split('\n').find((l) => l.startsWith('| border-surge | New trafficking victims |'))!;
    expect(line).toBeDefined();
    const { direction, share } = holdsIn(total);
    if (direction !== 'none') expect(line).toContain(`${Math.round(share * 3)} of 3 (${direction})`);
    const sobol = JSON.parse(readFileSync(join(root, 'sobol-border-surge', 'sobol.json'), 'utf8'));
    const top = sobol.metrics.find((m: { metric: string }) => m.metric === 'victims_new_total').indices[0];
    expect(line).toContain(`\`${top.parameter}\` ${top.ST.toFixed(2)}`);
    // Outcomes without a Sobol' analysis say so rather than borrow another's ranking.
    expect(text.split('\n').find((l) => l.startsWith('| border-surge | Victims detected |'))).toContain('not computed');
    expect(text).toContain('### border-surge minus baseline-2003, 2005-01 to 2005-12');
  });

  it('calls a direction a claim only when it holds in at least 90% of the worlds', () => {
    const effect = (median: number, sharePositive: number, shareNegative: number) => ({ median, sharePositive, shareNegative });
    expect(verdict(effect(120, 0.95, 0.05))).toBe('claim: rises');
    expect(verdict(effect(120, 0.85, 0.15))).toBe('uncertain');
    expect(verdict(effect(-40, 0.05, 0.9))).toBe('claim: falls');
    expect(verdict(effect(0, 0.4, 0.4))).toBe('no effect in the median world');
    expect(holdsIn(effect(-40, 0.3, 0.6))).toEqual({ direction: 'fall', share: 0.6 });
  });

  it('names the missing directory when the results are not there', () => {
    expect(() => readInputs(join(root, 'nothing'))).toThrow(/posterior-effects.json not found/);
  });
});
