// The experiment commands end to end (in-process): identical files for any worker count or shard
// split, bad input rejected with exit code 2 and nothing written, outputs that fit together.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, deterministicOutputs, SMALL, tempDir } from '../helpers';

function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('frontera batch', () => {
  it('writes tidy runs, a summary and a manifest, identical with 1 and 2 workers', async () => {
    const root = tempDir();
    const one = await cli('batch', 'baseline-2003', '--replicates', '4', ...SMALL, '--workers', '1', '--out', join(root, 'w1'));
    const two = await cli('batch', 'baseline-2003', '--replicates', '4', ...SMALL, '--workers', '2', '--out', join(root, 'w2'));
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(deterministicOutputs(join(root, 'w2'))).toEqual(deterministicOutputs(join(root, 'w1')));
    const runs = csv(join(root, 'w1', 'runs.csv'));
    expect(runs).toHaveLength(4 * 12);
    expect(new Set(runs.map((r) => r.seed)).size).toBe(4);
    const manifest = JSON.parse(readFileSync(join(root, 'w1', 'manifest.json'), 'utf8'));
    expect(manifest.runs).toHaveLength(4);
    expect(manifest.scenarios[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.execution.timings).toHaveLength(4);
    expect(readdirSync(join(root, 'w1', 'runs'))).toHaveLength(4);
  });

  it('summarises each metric and year with the mean of the runs', async () => {
    const out = join(tempDir(), 'b');
    expect((await cli('batch', 'baseline-2003', '--replicates', '3', '--out', out, ...SMALL)).code).toBe(0);
    const runs = csv(join(out, 'runs.csv'));
    const deaths = [0, 1, 2].map((r) => runs.filter((row) => row.run === String(r)).reduce((sum, row) => sum + Number(row.deaths), 0));
    const row = csv(join(out, 'summary.csv')).find((r) => r.metric === 'deaths' && r.period === 'all')!;
    expect(Number(row.mean)).toBeCloseTo(deaths.reduce((a, b) => a + b) / 3, 0);
    expect(Number(row.n)).toBe(3);
    expect(Number(row.ci_low)).toBeLessThanOrEqual(Number(row.mean));
  });

  it('refuses to overwrite an experiment without --resume', async () => {
    const out = join(tempDir(), 'b');
    expect((await cli('batch', 'baseline-2003', '--replicates', '1', '--out', out, ...SMALL)).code).toBe(0);
    const again = await cli('batch', 'baseline-2003', '--replicates', '1', '--out', out, ...SMALL);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds this experiment; pass --resume/);
    const different = await cli('batch', 'baseline-2003', '--replicates', '2', '--resume', '--out', out, ...SMALL);
    expect(different.code).toBe(2);
    expect(different.stderr).toMatch(/holds a different experiment/);
  });
});

describe('sharding', () => {
  it('merges batch shards into exactly the unsharded output', async () => {
    const root = tempDir();
    const args = ['batch', 'baseline-2003', '--replicates', '5', ...SMALL];
    expect((await cli(...args, '--out', join(root, 'all'))).code).toBe(0);
    for (const k of [1, 2, 3]) expect((await cli(...args, '--shard', `${k}/3`, '--out', join(root, `s${k}`))).code).toBe(0);
    expect(existsSync(join(root, 's1', 'runs.csv'))).toBe(false);
    const merged = await cli('merge', join(root, 's1'), join(root, 's2'), join(root, 's3'), '--out', join(root, 'merged'), '--quiet');
    expect(merged.code).toBe(0);
    expect(deterministicOutputs(join(root, 'merged'))).toEqual(deterministicOutputs(join(root, 'all')));
  });

  it('merges compare and sweep shards written to one shared directory', async () => {
    const root = tempDir();
    for (const args of [
      ['compare', 'baseline-2003', 'border-surge', '--replicates', '3'],
      ['sweep', 'baseline-2003', '--vary', 'border.agents=5000:15000:2', '--replicates', '2'],
    ]) {
      const name = args[0];
      expect((await cli(...args, ...SMALL, '--out', join(root, `${name}-all`))).code).toBe(0);
      for (const k of [1, 2])
        expect((await cli(...args, ...SMALL, '--shard', `${k}/2`, '--out', join(root, `${name}-shared`))).code).toBe(0);
      expect((await cli('merge', join(root, `${name}-shared`), '--quiet')).code).toBe(0);
      expect(deterministicOutputs(join(root, `${name}-shared`))).toEqual(deterministicOutputs(join(root, `${name}-all`)));
    }
  });

  it('refuses to merge when a shard is missing', async () => {
    const root = tempDir();
    expect((await cli('batch', 'baseline-2003', '--replicates', '4', ...SMALL, '--shard', '1/2', '--out', join(root, 's1'))).code).toBe(0);
    const merged = await cli('merge', join(root, 's1'), '--out', join(root, 'm'));
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/runs 1, 3 of 4 are missing/);
    expect(existsSync(join(root, 'm'))).toBe(false);
  });
});

describe('frontera sweep', () => {
  it('puts the varied parameters in columns, one point per combination', async () => {
    const out = join(tempDir(), 'sweep');
    const r = await cli(
      'sweep',
      'baseline-2003',
      '--vary',
      'border.agents=4000:12000:3',
      '--vary',
      'protection.cooperationRequired=false,true',
      '--replicates',
      '2',
      '--out',
      out,
      ...SMALL,
    );
    expect(r.code).toBe(0);
    const summary = csv(join(out, 'summary.csv')).filter((row) => row.metric === 'deaths' && row.period === 'all');
    expect(summary.map((row) => [row.point, row['border.agents'], row['protection.cooperationRequired']])).toEqual([
      ['0', '4000', 'false'],
      ['1', '4000', 'true'],
      ['2', '8000', 'false'],
      ['3', '8000', 'true'],
      ['4', '12000', 'false'],
      ['5', '12000', 'true'],
    ]);
  });

  it('runs a Latin hypercube with values inside the ranges', async () => {
    const out = join(tempDir(), 'lhs');
    const r = await cli(
      'sweep',
      'baseline-2003',
      '--design',
      'lhs',
      '--samples',
      '3',
      '--vary',
      'corruption.us=0:0.2',
      '--replicates',
      '1',
      '--out',
      out,
      ...SMALL,
    );
    expect(r.code).toBe(0);
    const values = csv(join(out, 'summary.csv'))
      .filter((row) => row.metric === 'deaths' && row.period === 'all')
      .map((row) => Number(row['corruption.us']));
    expect(values).toHaveLength(3);
    for (const v of values) expect(v >= 0 && v <= 0.2).toBe(true);
  });

  it('fails with exit code 2, a clear message and no files for a value outside the declared range', async () => {
    const out = join(tempDir(), 'bad');
    const r = await cli('sweep', 'baseline-2003', '--vary', 'border.agents=0:70000:3', '--replicates', '2', '--out', out, ...SMALL);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'frontera: --vary border.agents=0:70000:3: border.agents = 70000: expected a number in [0, 60000] (agents)',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('rejects other bad input the same way', async () => {
    const out = join(tempDir(), 'bad');
    const cases: [string[], RegExp][] = [
      [
        ['sweep', 'baseline-2003', '--vary', 'border.agents=0:100:2', '--design', 'cube', '--replicates', '1'],
        /--design cube: expected grid or lhs/,
      ],
      [['sweep', 'baseline-2003', '--vary', 'border.agents=0:100', '--design', 'lhs', '--replicates', '1'], /--samples: expected/],
      [['batch', 'baseline-2003', '--replicates', '0'], /--replicates 0: expected a whole number/],
      [['batch', 'baseline-2003', '--replicates', '2', '--shard', '3/2'], /--shard 3\/2: expected k\/N/],
      [['sensitivity', 'baseline-2003', '--trajectories', '2', '--params', 'nope.x'], /unknown parameter "nope.x"/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args, '--out', out, ...SMALL);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });
});

describe('frontera compare', () => {
  it('reports paired differences that agree with the per-scenario means', async () => {
    const out = join(tempDir(), 'cmp');
    const r = await cli(
      'compare',
      'baseline-2003',
      'border-surge',
      '--replicates',
      '3',
      '--years',
      '3',
      '--scale',
      '400',
      '--workers',
      '1',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/paired 95% CI/);
    expect(r.stdout).toMatch(/New trafficking victims/);
    expect(r.stdout).toMatch(/from the policies' start in 2005-01/);
    expect(r.stdout).toMatch(/2005-01 to 2005-12/);
    const summary = csv(join(out, 'summary.csv'));
    const comparison = csv(join(out, 'comparison.csv'));
    expect(comparison.some((c) => c.period === 'all')).toBe(false);
    const row = comparison.find((c) => c.metric === 'smuggling_fee_mean_usd' && c.period === 'policy')!;
    expect([row.window_start, row.window_end]).toEqual(['2005-01', '2005-12']);
    const meanOf = (scenario: string) =>
      Number(summary.find((s) => s.scenario === scenario && s.metric === 'smuggling_fee_mean_usd' && s.period === 'policy')!.mean);
    expect(Number(row.mean_diff)).toBeCloseTo(meanOf('border-surge') - meanOf('baseline-2003'), 1);
    expect(Number(row.paired_ci_low)).toBeLessThanOrEqual(Number(row.mean_diff));
  });

  it('reports the whole run too when asked, where 2003-2004 add the same totals to both sides', async () => {
    const out = join(tempDir(), 'cmp-whole');
    const r = await cli(
      'compare',
      'baseline-2003',
      'border-surge',
      '--replicates',
      '2',
      '--years',
      '3',
      '--scale',
      '400',
      '--workers',
      '1',
      '--whole-run',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Whole run \(--whole-run\), 2003-01 to 2005-12/);
    const rows = csv(join(out, 'comparison.csv')).filter((c) => c.metric === 'apprehensions');
    const at = (period: string) => rows.find((c) => c.period === period)!;
    expect([at('all').window_start, at('all').window_end]).toEqual(['2003-01', '2005-12']);
    // Paired runs are identical before January 2005, so the whole run's difference is the policy window's.
    expect(Number(at('all').mean_diff)).toBeCloseTo(Number(at('policy').mean_diff), 6);
    expect(Number(at('all').mean_baseline)).toBeGreaterThan(Number(at('policy').mean_baseline));
  });
});

describe('frontera sensitivity', () => {
  it('ranks the screened parameters for every metric', async () => {
    const out = join(tempDir(), 'morris');
    const r = await cli(
      'sensitivity',
      'baseline-2003',
      '--params',
      'border.agents=5000:20000,corruption.us',
      '--trajectories',
      '2',
      '--out',
      out,
      '--years',
      '1',
      '--scale',
      '400',
      '--workers',
      '1',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rank\s+parameter/);
    const rows = csv(join(out, 'morris.csv')).filter((row) => row.metric === 'deaths');
    expect(rows.map((row) => row.rank)).toEqual(['1', '2']);
    expect(rows.map((row) => row.parameter).sort()).toEqual(['border.agents', 'corruption.us']);
    expect(rows.every((row) => row.n === '2')).toBe(true);
  });
});
