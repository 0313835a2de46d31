// `frontera calibrate`: ABC rejection over a Latin hypercube of the priors, or sequential rounds
// with a check on fresh seeds. The closest share is accepted, the best point becomes a valid
// scenario file, shards merge to the same files, and bad input exits 2. (The distance and the SMC
// proposals are tested in tests/sim/calibration.)
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../helpers';
import { calibratedFactors } from '../../../src/sim/calibration/abc';
import { parseScenario } from '../../../src/sim/scenario';

const QUICK = ['--years', '1', '--scale', '3000', '--quiet', '--workers', '1', '--replicates', '1', '--samples', '4', '--accept', '0.5'];
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

describe('frontera calibrate', () => {
  it('runs sequential rounds (--rounds) and a check of the defaults against the posterior median on fresh seeds', async () => {
    const out = join(fresh(), 'smc');
    const result = await cli(
      'calibrate',
      ...QUICK,
      '--samples',
      '6',
      '--rounds',
      '2',
      '--round-samples',
      '4',
      '--check-replicates',
      '2',
      '--out',
      out,
    );
    expect(result.code, result.stderr).toBe(0);
    const file = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8'));
    expect(file.rounds.map((r: { round: number; samples: number }) => [r.round, r.samples])).toEqual([
      [1, 6],
      [2, 4],
    ]);
    // A round's tolerance never rises above the previous round's, unless none of its points comes within it
    // (abcPoints): then it falls back to the round's own accepted share. With 4 points a round, either can happen.
    const [first, second] = file.rounds;
    if (second.bestDistance <= first.epsilon) expect(second.epsilon).toBeLessThanOrEqual(first.epsilon);
    else expect(second.accepted).toBeGreaterThanOrEqual(Math.max(1, Math.round(second.samples * file.accept)));
    expect(file.check.arms.map((a: { label: string }) => a.label)).toEqual(['defaults', 'posterior median']);
    const estimate = parseScenario(JSON.parse(readFileSync(join(out, 'best-estimate.json'), 'utf8')));
    for (const [path, value] of Object.entries(file.estimate.set))
      expect(estimate.params[path as keyof typeof estimate.params]).toBe(value);
    expect(file.check.arms[1].set).toEqual(file.estimate.set);
    const weights = file.posterior[0].weights as number[];
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(file.correlations).toHaveLength(calibratedFactors().length);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect([manifest.kind, manifest.status, manifest.design.rounds]).toEqual(['calibration', 'complete', 2]);
    const again = await cli(
      'calibrate',
      ...QUICK,
      '--samples',
      '6',
      '--rounds',
      '2',
      '--round-samples',
      '4',
      '--check-replicates',
      '2',
      '--out',
      out,
      '--resume',
    );
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8'))).toEqual(file);
    const sharded = await cli('calibrate', ...QUICK, '--rounds', '2', '--shard', '1/2', '--out', join(fresh(), 's'));
    expect([sharded.code, sharded.stderr.includes('--shard 1/2')]).toEqual([2, true]);
  });

  it("accepts the closest share of points and writes a best-estimate scenario at the scenario's usual length", async () => {
    const out = join(fresh(), 'c');
    const result = await cli('calibrate', ...QUICK, '--out', out);
    expect(result.code).toBe(0);
    const rows = readFileSync(join(out, 'calibration.csv'), 'utf8').trim().split('\n');
    expect(rows).toHaveLength(5);
    const accepted = rows.slice(1).filter((line) => line.split(',')[calibratedFactors().length + 2] === '1');
    expect(accepted).toHaveLength(2);
    const file = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8'));
    expect(file.fit.find((r: { target: string }) => r.target === 'agents').verdict).toBe('input');
    expect(file.fit.find((r: { target: string }) => r.target === 'prosecutions_us').verdict).toBe('input-bound');
    const best = parseScenario(JSON.parse(readFileSync(join(out, 'best-estimate.json'), 'utf8')));
    expect(best.name).toBe('baseline-2003-calibrated');
    expect(best.years).toBe(10);
    for (const [path, value] of Object.entries(file.best.set)) expect(best.params[path as keyof typeof best.params]).toBe(value);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).kind).toBe('calibration');
  });

  it('gives the same files from two shards merged as from one run', async () => {
    const root = fresh();
    expect((await cli('calibrate', ...QUICK, '--out', join(root, 'one'))).code).toBe(0);
    expect((await cli('calibrate', ...QUICK, '--shard', '1/2', '--out', join(root, 's1'))).code).toBe(0);
    expect((await cli('calibrate', ...QUICK, '--shard', '2/2', '--out', join(root, 's2'))).code).toBe(0);
    expect((await cli('merge', join(root, 's1'), join(root, 's2'), '--out', join(root, 'm'), '--quiet')).code).toBe(0);
    for (const name of ['calibration.csv', 'posterior.csv', 'fit.csv', 'best-estimate.json']) {
      expect(readFileSync(join(root, 'm', name), 'utf8'), name).toBe(readFileSync(join(root, 'one', name), 'utf8'));
    }
  });

  it('rejects bad input with exit code 2 and a message naming it', async () => {
    const cases: [string[], string][] = [
      [['--accept', '2'], '--accept 2'],
      [['--params', 'no.such=0:1'], 'unknown parameter "no.such"'],
      [['--params', 'justice.trainingShare=0.6:0.1'], 'justice.trainingShare=low:high'],
      [['--params', 'protection.cooperationRequired'], 'is a switch'],
    ];
    for (const [args, message] of cases) {
      const result = await cli('calibrate', ...QUICK, ...args, '--out', join(fresh(), 'x'));
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
