// `frontera history`: the replay over seeds compared with the evidence, written as evidence.csv and
// evidence.json; inputs are never scored; shards merge to the same files; bad input exits 2.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findScenario } from '../../../src/sim/library';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers';

const QUICK = ['--years', '12', '--scale', '3000', '--quiet', '--workers', '1', '--replicates', '2'];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

describe('frontera history', () => {
  it('writes one evidence row per comparison, scores outcomes and never inputs', async () => {
    const out = join(fresh(), 'h');
    const result = await cli('history', ...QUICK, '--out', out);
    expect(result.code).toBe(0);
    const csv = readFileSync(join(out, 'evidence.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'kind,id,series,label,period,basis,grade,evidence_value,evidence_low,evidence_high,n,model_mean,model_p5,model_p95,verdict,direction,window,covered,source,caveat',
    );
    const json = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8'));
    const agents = json.comparisons.filter((r: { series: string }) => r.series === 'sw_agents');
    expect(agents.length).toBeGreaterThan(10);
    expect(agents.every((r: { verdict: string }) => r.verdict === 'input')).toBe(true);
    const fy1995 = json.comparisons.find((r: { id: string }) => r.id === 'sw_apprehensions@1995');
    expect(['hit', 'miss']).toContain(fy1995.verdict);
    expect(fy1995.n).toBe(2);
    expect(json.comparisons.find((r: { id: string }) => r.id === 'sw_apprehensions@2008').verdict).toBe('not covered');
    expect(json.charts.find((c: { series: string }) => c.series === 'sw_deaths').years.length).toBeGreaterThan(5);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).kind).toBe('history');
  });

  it('gives the same evidence files from two shards merged as from one run', async () => {
    const root = fresh();
    expect((await cli('history', ...QUICK, '--out', join(root, 'one'))).code).toBe(0);
    expect((await cli('history', ...QUICK, '--shard', '1/2', '--out', join(root, 's1'))).code).toBe(0);
    expect((await cli('history', ...QUICK, '--shard', '2/2', '--out', join(root, 's2'))).code).toBe(0);
    expect((await cli('merge', join(root, 's1'), join(root, 's2'), '--out', join(root, 'merged'), '--quiet')).code).toBe(0);
    expect(readFileSync(join(root, 'merged', 'evidence.csv'), 'utf8')).toBe(readFileSync(join(root, 'one', 'evidence.csv'), 'utf8'));
  });

  it('runs with the calibrated parameters of a best estimate, and only those', async () => {
    const root = fresh();
    const estimate = join(root, 'best-estimate.json');
    writeFileSync(
      estimate,
      JSON.stringify({ ...findScenario('baseline-2003'), params: { 'justice.trainingShare': 0.123, 'border.agents': 99 } }),
    );
    expect((await cli('history', ...QUICK, '--years', '2', '--calibrated', estimate, '--out', join(root, 'h'))).code).toBe(0);
    const params = JSON.parse(readFileSync(join(root, 'h', 'manifest.json'), 'utf8')).scenarios[0].scenario.params;
    expect(params['justice.trainingShare']).toBe(0.123);
    expect(params['border.agents']).not.toBe(99);
    const missing = await cli('history', ...QUICK, '--calibrated', join(root, 'none.json'), '--out', join(root, 'x'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  it('rejects bad input with exit code 2 and a message naming it', async () => {
    const bad = await cli('history', 'no-such-scenario', ...QUICK, '--out', join(fresh(), 'x'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown scenario "no-such-scenario"');
    const zero = await cli('history', '--replicates', '0', '--out', join(fresh(), 'y'));
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--replicates');
  });
});
