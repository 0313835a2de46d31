// `frontera fit`: a scenario as given scored against the 2003-2005 calibration targets on fresh seeds;
// inputs and input-bound rows are never scored; a --set that moves a target moves its verdict; bad input exits 2.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers';

const QUICK = ['--scale', '400', '--quiet', '--workers', '1', '--replicates', '2'];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

/** check.csv's rows as objects keyed by column. */
function checkRows(out: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(join(out, 'check.csv'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

describe('frontera fit', () => {
  it('writes a verdict per target; inputs are marked, not scored', async () => {
    const out = join(fresh(), 'f');
    expect((await cli('fit', ...QUICK, '--out', out)).code).toBe(0);
    const rows = checkRows(out);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.find((r) => r.target.includes('agents'))?.verdict).toBe('input');
    for (const r of rows.filter((x) => x.role === 'scored')) expect(['inside', 'below', 'above']).toContain(r.verdict);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).runCount).toBe(2);
  });

  it('scores the scenario as set: far fewer agents takes apprehensions below their range', async () => {
    const out = join(fresh(), 'f');
    expect((await cli('fit', ...QUICK, '--set', 'border.agents=1000', '--out', out)).code).toBe(0);
    const apprehensions = checkRows(out).find((r) => r.target.startsWith('apprehensions'))!;
    expect(Number(apprehensions.mean)).toBeLessThan(Number(apprehensions.low));
    expect(apprehensions.verdict).toBe('below');
  });

  it('refuses a shard and bad values with exit code 2, naming the option', async () => {
    const shard = await cli('fit', ...QUICK, '--shard', '1/2', '--out', join(fresh(), 'f'));
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard');
    const bad = await cli('fit', ...QUICK, '--set', 'border.agents=-5', '--out', join(fresh(), 'g'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('border.agents');
  });
});
