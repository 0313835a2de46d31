// The VALIDATION.md generator: from a calibration, a history and a fit directory it lists every parameter's
// role, every scored target and every comparison that is not an input, and leaves no placeholder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/helpers';
import { validationMarkdown } from '../../scripts/generate-validation';
import { PARAMS } from '../../src/sim/params';
import type { HistoryFile } from '../../src/cli/run/historyFiles';

const SMALL = ['--scale', '3000', '--quiet', '--workers', '1'];
let root: string;
beforeAll(async () => {
  root = tempDir();
  expect((await cli('calibrate', '--samples', '6', '--rounds', '2', '--round-samples', '4', '--check-replicates', '2', '--replicates', '1', '--accept', '0.5', '--years', '1', ...SMALL, '--out', join(root, 'c'))).code).toBe(0);
  expect((await cli('history', '--replicates', '2', '--years', '12', ...SMALL, '--out', join(root, 'h'))).code).toBe(0);
  expect((await cli('fit', '--replicates', '2', ...SMALL, '--out', join(root, 'f'))).code).toBe(0);
});
afterAll(() => { rmSync(root, { recursive: true, force: true }); });

describe('docs/VALIDATION.md generator', () => {
  it('fills every placeholder and lists every parameter, target and non-input comparison', () => {
    const text = validationMarkdown(readFileSync('docs/validation.template.md', 'utf8'), join(root, 'c'), join(root, 'h'), join(root, 'f'));
    expect(text).not.toMatch(/\{\{[A-Z_]+\}\}/);
    for (const p of PARAMS) expect(text).toContain(`\`${p.path}\``);
    const history = JSON.parse(readFileSync(join(root, 'h', 'evidence.json'), 'utf8')) as HistoryFile;
    const shown = history.comparisons.filter((r) => r.verdict !== 'input');
    const section = text.slice(text.indexOf('### Every comparison'));
    expect(section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| comparison')).length).toBe(shown.length);
    expect(text).toContain('input-bound');
    const calibration = JSON.parse(readFileSync(join(root, 'c', 'calibration.json'), 'utf8'));
    for (const p of calibration.posterior) expect(text).toContain(`\`${p.parameter}\``);
    expect(text).toContain('| round | points |');
    expect(text).toContain(`${calibration.check.arms[0].label} (before adoption)`);
    const current = text.slice(text.indexOf('### The model as it stands'));
    expect(current).toMatch(/\d+ of 1[0-9] scored targets inside their range/);
  });
});
