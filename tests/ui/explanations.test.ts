// Node tests of the "how this works" panel's evidence: every mechanism's checks resolve, the recorded
// verdicts are read from docs/VALIDATION.md's tables, the docs links point at anchors the docs page
// renders, and every evidence series, change and calibration target is linked to some mechanism.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationTargets, targetRole } from '../../src/sim/calibration/targets';
import { EVIDENCE, EVIDENCE_CHANGES } from '../../src/sim/evidence/series';
import { renderDoc, resolveAnchor, slug } from '../../src/ui/docs/render';
import { markdownTables, parseValidation } from '../../src/ui/shared/validationRecord';
import { MECHANISMS } from '../../src/ui/simulator/explanations';
import { mechanismChecks, VALIDATION_ANCHORS } from '../../src/ui/simulator/mechanismEvidence';

const doc = (name: string) => readFileSync(resolve(import.meta.dirname, `../../docs/${name}.md`), 'utf8');

describe('recorded verdicts', () => {
  const text = [
    'Run: `frontera history --replicates 2` (more)',
    '',
    '| target | range | best point | verdict | source |',
    '|---|---|---|---|---|',
    '| fee a \\| b | 1 to 2 | 3 | above | x |',
    '',
    '| series or change between periods | grade | hits / scored | misses |',
    '|---|---|---|---|',
    '| Deaths | A | 1 / 3 | 1998 (above), 2001 (below) |',
    '| Fees | B | 2 / 2 | - |',
  ].join('\n');

  it('reads the fit per target and the hits per series by their header names', () => {
    const record = parseValidation(text);
    expect(record.targets.get('fee a | b')).toEqual({ range: '1 to 2', best: '3', verdict: 'above' });
    expect(record.series.get('Deaths')).toEqual({ grade: 'A', hits: 1, scored: 3, misses: ['1998 (above)', '2001 (below)'] });
    expect(record.series.get('Fees')!.misses).toEqual([]);
    expect(record.historyRun).toBe('frontera history --replicates 2');
    expect(record.calibrationRun).toBe('');
    expect(markdownTables(text)).toHaveLength(2);
  });

  it('gives a miss as a miss and a partial score as mixed', () => {
    const record = parseValidation(text);
    const checks = { model: '', targets: ['fee'], series: [], changes: [] };
    const fee = calibrationTargets().find((t) => t.id === 'fee')!;
    record.targets.set(fee.quantity, { range: '1,200 to 2,500', best: '1,181', verdict: 'below' });
    expect(mechanismChecks(checks, record)[0]).toMatchObject({ verdict: 'below', tone: 'miss' });
    const deaths = EVIDENCE.find((s) => s.id === 'sw_deaths')!;
    record.series.set(deaths.label, { grade: 'A', hits: 3, scored: 13, misses: Array.from({ length: 10 }, (_, i) => `${1998 + i} (above)`) });
    const [check] = mechanismChecks({ model: '', targets: [], series: ['sw_deaths'], changes: [] }, record);
    expect(check).toMatchObject({ verdict: '3 of 13 inside', tone: 'mixed' });
    expect(check.detail).toContain('and 6 more');
  });

  it('reads docs/VALIDATION.md: every recorded row names a known target, series or change', () => {
    const record = parseValidation(doc('VALIDATION'));
    expect(record.targets.size).toBeGreaterThan(0);
    expect(record.series.size).toBeGreaterThan(0);
    const quantities = new Set(calibrationTargets().map((t) => t.quantity));
    for (const name of record.targets.keys()) expect(quantities, name).toContain(name);
    const labels = new Set([...EVIDENCE.map((s) => s.label), ...EVIDENCE_CHANGES.map((c) => c.label)]);
    for (const name of record.series.keys()) expect(labels, name).toContain(name);
  });
});

describe('mechanisms and the evidence', () => {
  it('every mechanism\'s checks resolve, and scored targets have a recorded verdict', () => {
    for (const m of MECHANISMS) {
      const checks = mechanismChecks(m.checks);
      for (const c of checks.filter((c) => c.kind === 'calibration' && c.tone === 'none')) {
        expect(['input', 'input-bound', 'reference'], `${m.title}: ${c.label}`).toContain(c.verdict);
      }
    }
  });

  it('every evidence series, change and calibration target is linked to a mechanism', () => {
    const linked = (pick: (c: (typeof MECHANISMS)[number]['checks']) => string[]) => new Set(MECHANISMS.flatMap((m) => pick(m.checks)));
    const series = linked((c) => c.series);
    for (const s of EVIDENCE) expect(series, `evidence series ${s.id}: add it to a mechanism in explanations.ts`).toContain(s.id);
    const changes = linked((c) => c.changes);
    for (const c of EVIDENCE_CHANGES) expect(changes, `evidence change ${c.id}: add it to a mechanism in explanations.ts`).toContain(c.id);
    const targets = linked((c) => c.targets);
    for (const t of calibrationTargets().filter((t) => targetRole(t) !== 'reference')) {
      expect(targets, `calibration target ${t.id}: add it to a mechanism in explanations.ts`).toContain(t.id);
    }
  });

  it('links into anchors the docs page renders', () => {
    const model = renderDoc(doc('MODEL')).anchors;
    for (const m of MECHANISMS) expect(resolveAnchor(model, m.checks.model), `${m.title}: #${m.checks.model} in MODEL.md`).not.toBeNull();
    const validation = renderDoc(doc('VALIDATION')).anchors;
    for (const anchor of Object.values(VALIDATION_ANCHORS)) expect(resolveAnchor(validation, anchor), `#${anchor} in VALIDATION.md`).not.toBeNull();
  });
});

describe('docs page rendering', () => {
  it('gives headings GitHub\'s anchors (repeats numbered), named list items an anchor, and keeps links between docs in the app', () => {
    const { html, anchors } = renderDoc('## 4. Validation: out of sample\n\n## Notes\n\n## Notes\n\n- **How to cross**: a choice\n\nSee [the model](MODEL.md#x) and [web](https://example.org).\n');
    expect(anchors).toEqual(['4-validation-out-of-sample', 'notes', 'notes-1', 'how-to-cross']);
    expect(html).toContain('<h2 id="4-validation-out-of-sample">');
    expect(html).toContain('href="./docs.html?doc=MODEL#x"');
    expect(html).toContain('href="https://example.org"');
    expect(slug('2.2 Individual decision-making (the "+D")')).toBe('22-individual-decision-making-the-d');
    expect(resolveAnchor(anchors, 'validation-out-of-sample')).toBe('4-validation-out-of-sample');
    expect(resolveAnchor(anchors, 'notes')).toBe('notes');
    expect(resolveAnchor(anchors, 'nowhere')).toBeNull();
  });
});
