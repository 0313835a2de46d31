// The VALIDATION.md generator: from a calibration, a history and a fit directory it records the verdicts
// as data (docs/results/validation.json) and renders the page from that record alone, listing every
// parameter's role, every scored target and every comparison that is not an input, with no placeholder
// left. The stored record is the stored results' record, and the page is rendered from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from '../cli/helpers';
import { RECORD_FILE, recordText, validationMarkdown, validationRecord } from '../../scripts/generate-validation';
import type { ValidationRecord } from '../../src/sim/evidence/record';
import { PARAMS } from '../../src/sim/params';
import type { HistoryFile } from '../../src/cli/run/historyFiles';

const SMALL = ['--scale', '3000', '--quiet', '--workers', '1'];

describe('docs/VALIDATION.md generator', () => {
  let root: string;
  beforeAll(async () => {
    root = tempDir();
    expect(
      (
        await cli(
          'calibrate',
          '--samples',
          '6',
          '--rounds',
          '2',
          '--round-samples',
          '4',
          '--check-replicates',
          '2',
          '--replicates',
          '1',
          '--accept',
          '0.5',
          '--years',
          '1',
          ...SMALL,
          '--out',
          join(root, 'c'),
        )
      ).code,
    ).toBe(0);
    expect((await cli('history', '--replicates', '2', '--years', '12', ...SMALL, '--out', join(root, 'h'))).code).toBe(0);
    expect((await cli('fit', '--replicates', '2', ...SMALL, '--out', join(root, 'f'))).code).toBe(0);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('fills every placeholder and lists every parameter, target and non-input comparison', () => {
    const record = JSON.parse(recordText(validationRecord(join(root, 'c'), join(root, 'h'), join(root, 'f')))) as ValidationRecord;
    const text = validationMarkdown(readFileSync('docs/validation.template.md', 'utf8'), record);
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

describe('the stored validation record', () => {
  it('is the record of docs/results/calibration, history and fit (rerun `npm run docs:validation -- --calibration docs/results/calibration --history docs/results/history --fit docs/results/fit`)', () => {
    expect(readFileSync(RECORD_FILE, 'utf8')).toBe(
      recordText(validationRecord('docs/results/calibration', 'docs/results/history', 'docs/results/fit')),
    );
  });

  it('is what docs/VALIDATION.md shows (after editing the template, rerun `npm run docs:validation`)', () => {
    const record = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as ValidationRecord;
    expect(readFileSync('docs/VALIDATION.md', 'utf8')).toBe(
      validationMarkdown(readFileSync('docs/validation.template.md', 'utf8'), record),
    );
  });
});
