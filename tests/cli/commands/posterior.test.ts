// `frontera compare --posterior DIR --draws N` end to end (in-process): draws from the stored
// calibration, paired seeds per draw, the effects table and files, and bad input rejected with exit 2.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SMALL, tempDir } from '../helpers';

function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('frontera compare --posterior', () => {
  it('runs every scenario on parameter sets drawn from the calibration and reports effects across them', async () => {
    const out = join(tempDir(), 'post');
    const r = await cli(
      'compare',
      'baseline-2003',
      'border-surge',
      '--posterior',
      'docs/results/calibration',
      '--draws',
      '3',
      '--replicates',
      '2',
      '--years',
      '3',
      '--scale',
      '3000',
      '--workers',
      '1',
      '--out',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/3 parameter sets drawn from 20 points/);
    expect(r.stdout).toMatch(/median effect\s+90% interval\s+draws > 0\s+spread from parameters/);
    const calibration = JSON.parse(readFileSync('docs/results/calibration/calibration.json', 'utf8'));
    const draws = csv(join(out, 'draws.csv'));
    expect(draws).toHaveLength(3);
    for (const d of draws) {
      for (const row of calibration.posterior) expect(Number(d[row.parameter])).toBe(row.values[Number(d.point)]);
    }
    const runs = csv(join(out, 'runs.csv')).filter((row) => row.tick === '0');
    expect(runs).toHaveLength(3 * 2 * 2);
    for (const draw of ['0', '1', '2']) {
      const seeds = (scenario: string) => runs.filter((row) => row.draw === draw && row.scenario === scenario).map((row) => row.seed);
      expect(seeds('border-surge')).toEqual(seeds('baseline-2003'));
    }
    expect(new Set(runs.map((row) => row.seed)).size).toBe(6);
    const deaths = csv(join(out, 'posterior-effects.csv')).find((row) => row.metric === 'deaths')!;
    expect(deaths).toMatchObject({
      scenario: 'border-surge',
      period: 'policy',
      window_start: '2005-01',
      window_end: '2005-12',
      draws: '3',
      replicates: '2',
      n: '6',
    });
    expect(Number(deaths.p5)).toBeLessThanOrEqual(Number(deaths.median));
    expect(Number(deaths.median)).toBeLessThanOrEqual(Number(deaths.p95));
    const json = JSON.parse(readFileSync(join(out, 'posterior-effects.json'), 'utf8'));
    expect(json.method).toMatch(/random-effects ANOVA/);
    expect(json.posterior).toMatch(/^calibration.json sha256 [0-9a-f]{64}$/);
  }, 240_000);

  it('rejects bad input with exit code 2, a message naming the field and no files', async () => {
    const root = tempDir();
    const out = join(root, 'bad');
    const notCalibration = join(root, 'empty');
    mkdirSync(notCalibration);
    const broken = join(root, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'calibration.json'), '{"posterior": [{"parameter": "behaviour.networkEvasion", "values": [2]}]}');
    const base = ['compare', 'baseline-2003', 'border-surge', '--replicates', '2'];
    const cases: [string[], RegExp][] = [
      [[...base, '--draws', '4'], /--draws 4: expected --posterior DIR as well/],
      [[...base, '--posterior', 'docs/results/calibration'], /--posterior docs\/results\/calibration: expected --draws N/],
      [[...base, '--posterior', notCalibration, '--draws', '4'], /no calibration.json there/],
      [[...base, '--posterior', broken, '--draws', '4'], /posterior\[0\].values\[0\] = 2: behaviour.networkEvasion/],
      [
        [...base, '--posterior', 'docs/results/calibration', '--draws', '4', '--persons', '10'],
        /--persons 10: not available with --posterior/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args, '--out', out, ...SMALL);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });
});
