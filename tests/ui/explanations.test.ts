// Node tests of the "how this works" panel's evidence: every mechanism's checks resolve, the recorded
// verdicts are read from docs/results/validation.json (by id), the docs links point at anchors the docs page
// renders, and every evidence series, change and calibration target is linked to some mechanism.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationTargets, targetRole } from '../../src/sim/calibration/targets';
import { EVIDENCE, EVIDENCE_CHANGES } from '../../src/sim/evidence/series';
import { renderDoc, resolveAnchor, slug } from '../../src/ui/docs/render';
import { recordedVerdicts } from '../../src/ui/shared/validationRecord';
import type { SeriesScore, ValidationRecord } from '../../src/sim/evidence/record';
import type { CheckTarget } from '../../src/sim/calibration/check';
import { MECHANISMS } from '../../src/ui/simulator/explanations';
import { mechanismChecks, VALIDATION_ANCHORS } from '../../src/ui/simulator/mechanismEvidence';

const doc = (name: string) => readFileSync(resolve(import.meta.dirname, `../../docs/${name}.md`), 'utf8');

describe('recorded verdicts', () => {
  const stored = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/results/validation.json'), 'utf8')) as ValidationRecord;
  const target = (id: string, verdict: CheckTarget['verdict'], mean: number): CheckTarget => ({
    target: id,
    quantity: id,
    role: 'scored',
    low: 1200,
    high: 2500,
    mean,
    se: 10,
    p5: 1100,
    p95: 1300,
    verdict,
  });
  /** The stored record with a check whose estimate (the last arm) has the given targets, and the given scores. */
  const withVerdicts = (targets: CheckTarget[], scores: SeriesScore[]): ValidationRecord => ({
    ...stored,
    calibration: {
      ...stored.calibration,
      check: {
        replicates: 2,
        arms: [
          { label: 'defaults', set: {}, distance: 9, targets: [] },
          { label: 'estimate', set: {}, distance: 1, targets },
        ],
      },
    },
    history: { ...stored.history, scores },
  });

  it("reads the fit per target from the adopted estimate's check, and the hits per series and change by id", () => {
    const record = recordedVerdicts(
      withVerdicts(
        [target('fee', 'below', 1181)],
        [{ series: 'sw_deaths', label: 'Deaths', grade: 'A', hits: 1, scored: 3, misses: ['1998 (above)', '2001 (below)'] }],
      ),
    );
    expect(record.targets.get('fee')).toEqual({ range: '1,200 to 2,500', best: '1,181 +/- 10 (1,100 to 1,300)', verdict: 'below' });
    expect(record.series.get('sw_deaths')).toMatchObject({ hits: 1, scored: 3, misses: ['1998 (above)', '2001 (below)'] });
    expect(record.historyRun).toBe(stored.runs.history.command);
    expect(recordedVerdicts({ ...stored, calibration: { ...stored.calibration, check: null } }).targets.size).toBe(0);
  });

  it('gives a miss as a miss and a partial score as mixed', () => {
    const misses = Array.from({ length: 10 }, (_, i) => `${1998 + i} (above)`);
    const record = recordedVerdicts(
      withVerdicts([target('fee', 'below', 1181)], [{ series: 'sw_deaths', label: 'Deaths', grade: 'A', hits: 3, scored: 13, misses }]),
    );
    expect(mechanismChecks({ model: '', targets: ['fee'], series: [], changes: [] }, record)[0]).toMatchObject({
      verdict: 'below',
      tone: 'miss',
    });
    const [check] = mechanismChecks({ model: '', targets: [], series: ['sw_deaths'], changes: [] }, record);
    expect(check).toMatchObject({ verdict: '3 of 13 inside', tone: 'mixed' });
    expect(check.detail).toContain('and 6 more');
  });

  it('reads docs/results/validation.json: every recorded row names a known target, series or change', () => {
    const record = recordedVerdicts(stored);
    expect(record.targets.size).toBeGreaterThan(0);
    expect(record.series.size).toBeGreaterThan(0);
    const targets = new Set(calibrationTargets().map((t) => t.id));
    for (const id of record.targets.keys()) expect(targets, id).toContain(id);
    const series = new Set([...EVIDENCE.map((s) => s.id), ...EVIDENCE_CHANGES.map((c) => c.id)]);
    for (const id of record.series.keys()) expect(series, id).toContain(id);
  });
});

describe('mechanisms and the evidence', () => {
  it("every mechanism's checks resolve, and scored targets have a recorded verdict", () => {
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
    for (const anchor of Object.values(VALIDATION_ANCHORS))
      expect(resolveAnchor(validation, anchor), `#${anchor} in VALIDATION.md`).not.toBeNull();
  });
});

describe('docs page rendering', () => {
  it("gives headings GitHub's anchors (repeats numbered), named list items an anchor, and keeps links between docs in the app", () => {
    const { html, anchors } = renderDoc(
      '## 4. Validation: out of sample\n\n## Notes\n\n## Notes\n\n- **How to cross**: a choice\n\nSee [the model](MODEL.md#x) and [web](https://example.org).\n',
    );
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
