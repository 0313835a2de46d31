// Ctrl-C during a batch (a real SIGINT to a child process): finished runs are kept, the exit code
// is 130, and --resume finishes the batch with exactly the files an uninterrupted batch writes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, deterministicOutputs, tempDir } from '../helpers';

const ARGS = ['batch', 'baseline-2003', '--replicates', '10', '--years', '1', '--scale', '300', '--workers', '1'];

function finishedRuns(dir: string): number {
  const runs = join(dir, 'runs');
  return existsSync(runs) ? readdirSync(runs).filter((f) => f.endsWith('.json')).length : 0;
}

/** Starts the batch in a child process and sends SIGINT once `after` runs are saved. */
function interruptAfter(out: string, after: number): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...ARGS, '--out', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const poll = setInterval(() => {
    if (finishedRuns(out) >= after) {
      clearInterval(poll);
      child.kill('SIGINT');
    }
  }, 20);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 130) process.stderr.write(stderr);
      resolve(code);
    }),
  );
}

describe('interrupt and resume', () => {
  it('keeps finished runs on Ctrl-C and resumes to the uninterrupted result', async () => {
    const root = tempDir();
    const interrupted = join(root, 'interrupted');
    expect(await interruptAfter(interrupted, 2)).toBe(130);
    const kept = finishedRuns(interrupted);
    expect(kept).toBeGreaterThanOrEqual(2);
    expect(kept).toBeLessThan(10);
    expect(existsSync(join(interrupted, 'runs.csv'))).toBe(false);
    expect(readdirSync(join(interrupted, 'runs')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const resumed = await cli(...ARGS, '--out', interrupted, '--resume', '--quiet');
    expect(resumed.code).toBe(0);
    expect((await cli(...ARGS, '--out', join(root, 'straight'), '--quiet')).code).toBe(0);
    expect(deterministicOutputs(interrupted)).toEqual(deterministicOutputs(join(root, 'straight')));
  });
});
