// Helpers for the experiment command tests: run the CLI in-process with captured output, and read
// an output directory's deterministic files (runs.csv, summary.csv, the manifest without `execution`).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../src/cli/main';

/** Small, fast runs: one year at a coarse scale, one worker thread (tests that compare worker counts override it). */
export const SMALL = ['--years', '1', '--scale', '400', '--quiet', '--workers', '1'];

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'frontera-batch-'));
}

/** Runs the CLI in-process; returns the exit code and what it wrote. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** The files that must be identical for the same experiment, however it was executed. */
export function deterministicOutputs(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['runs.csv', 'summary.csv', 'comparison.csv', 'morris.csv', 'plan.json']) {
    if (existsSync(join(dir, name))) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.execution;
  files['manifest.json'] = JSON.stringify(manifest);
  return files;
}
