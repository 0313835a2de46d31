// `frontera sobol` end to end (in-process): the Saltelli rows on shared seeds, the indices files, the
// same files with one or two workers and after a merge of shards, and bad input rejected with exit 2.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, deterministicOutputs, SMALL, tempDir } from '../helpers';

function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

const DESIGN = [
  '--vary',
  'behaviour.networkEvasion=0.4:0.9',
  '--vary',
  'justice.trainingShare=0.05:0.6',
  '--samples',
  '4',
  '--metric',
  'victims_new_total,deaths',
  '--resamples',
  '50',
];

describe('frontera sobol', () => {
  it('runs a paired contrast on the Saltelli rows and writes S1, S1_conf, ST, ST_conf per metric and parameter', async () => {
    const root = tempDir();
    const args = ['sobol', 'baseline-2003', 'border-surge', ...DESIGN, '--years', '3', '--scale', '3000', '--quiet'];
    const one = await cli(...args, '--workers', '1', '--out', join(root, 'w1'));
    expect(one.code, one.stderr).toBe(0);
    const runs = csv(join(root, 'w1', 'runs.csv')).filter((r) => r.tick === '0');
    // 4 base points x (2 + 2) rows x 2 scenarios, every row of a base point on that point's seed.
    expect(runs).toHaveLength(32);
    for (const point of ['0', '1', '2', '3']) expect(new Set(runs.filter((r) => r.point === point).map((r) => r.seed)).size).toBe(1);
    expect(new Set(runs.map((r) => r.seed)).size).toBe(4);
    const rows = csv(join(root, 'w1', 'sobol.csv'));
    expect(rows.map((r) => `${r.metric} ${r.rank}`)).toEqual(['victims_new_total 1', 'victims_new_total 2', 'deaths 1', 'deaths 2']);
    for (const r of rows) {
      expect(r).toMatchObject({ output: 'border-surge minus baseline-2003', window_start: '2005-01', window_end: '2005-12', n: '4' });
      for (const column of ['S1', 'S1_conf', 'ST', 'ST_conf']) expect(Number.isFinite(Number(r[column])), column).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(root, 'w1', 'sobol.json'), 'utf8'));
    expect(json.metrics[0].indices.map((x: { parameter: string }) => x.parameter).sort()).toEqual([
      'behaviour.networkEvasion',
      'justice.trainingShare',
    ]);
    // Shards merged give the same files as one process.
    for (const shard of ['1/2', '2/2'])
      expect((await cli(...args, '--workers', '1', '--shard', shard, '--out', join(root, 'shared'))).code).toBe(0);
    expect((await cli('merge', join(root, 'shared'), '--quiet')).code).toBe(0);
    const merged = deterministicOutputs(join(root, 'shared'));
    const single = deterministicOutputs(join(root, 'w1'));
    expect(readFileSync(join(root, 'shared', 'sobol.csv'), 'utf8')).toBe(readFileSync(join(root, 'w1', 'sobol.csv'), 'utf8'));
    expect(merged['runs.csv']).toBe(single['runs.csv']);
  }, 240_000);

  it('rejects bad input with exit code 2, a message naming the field and no files', async () => {
    const out = join(tempDir(), 'bad');
    const base = ['sobol', 'baseline-2003', 'border-surge'];
    const cases: [string[], RegExp][] = [
      [
        [...base, '--vary', 'behaviour.networkEvasion=0.4,0.9', '--samples', '4'],
        /--vary behaviour.networkEvasion: expected a range path=from:to/,
      ],
      [
        [...base, '--vary', 'behaviour.networkEvasion=0.9:0.4', '--samples', '4'],
        /--vary behaviour.networkEvasion=0.9:0.4: expected from < to/,
      ],
      [[...base, '--vary', 'border.agents=5000:20000', '--samples', '4'], /--vary border.agents: "border-surge"'s timeline changes it/],
      [[...base, '--vary', 'nope.x=0:1', '--samples', '4'], /--vary nope.x: unknown parameter/],
      [[...base, '--samples', '4'], /--vary: expected at least one/],
      [[...base, '--vary', 'corruption.us=0:0.2', '--samples', '1'], /--samples 1: expected/],
      [
        [...base, '--vary', 'corruption.us=0:0.2', '--samples', '4', '--metric', 'victims'],
        /--metric victims: expected one or more metric names/,
      ],
      [
        [...base, '--vary', 'corruption.us=0:0.2', '--samples', '4', '--window', '2001-01:2003-12'],
        /--window 2001-01:2003-12: expected FROM:TO/,
      ],
      [[...base, '--vary', 'corruption.us=0:0.2', '--samples', '4', '--window', '2004'], /--window 2004: expected FROM:TO/],
      [
        ['sobol', 'baseline-2003', 'border-surge', 'interior-employers', '--vary', 'corruption.us=0:0.2', '--samples', '4'],
        /sobol: got 3 scenarios/,
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
