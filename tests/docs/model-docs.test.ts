// docs/MODEL.md is generated from the declarations: its parameter and metric tables must match them,
// and it must keep the sections a reader relies on (ODD+D, calibration, what is not modelled).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decisionTable, metricTable, parameterTable } from '../../scripts/generate-docs';

const doc = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');

describe('docs/MODEL.md', () => {
  it('holds the parameter and metric tables generated from the declarations (run `npm run docs` after changing them)', () => {
    expect(doc).toContain(parameterTable());
    expect(doc).toContain(metricTable());
  });

  it('holds the table of every decision number (parameters and named constants), each marked input, evidence, calibrated or assumption', () => {
    expect(doc).toContain(decisionTable());
  });

  it('has the ODD+D sections, a filled calibration table and the forms not modelled', () => {
    for (const heading of [
      '## 1. Overview',
      '## 2. Design concepts',
      '### 2.2 Individual decision-making',
      '## 3. Details',
      '## 4. Calibration',
      '## 5. Forms of trafficking',
    ]) {
      expect(doc).toContain(heading);
    }
    expect(doc).not.toMatch(/\{\{[A-Z_]+\}\}/);
    expect(doc).toMatch(/\| apprehension probability per attempt \| 0\.30 to 0\.40 \| \d/);
    expect(doc).toMatch(/Illegal adoptions/);
    expect(doc).toMatch(/Organ trafficking/);
  });
});
