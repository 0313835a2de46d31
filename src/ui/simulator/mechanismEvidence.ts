// What each mechanism of the "how this works" panel was checked against: its calibration targets
// (2003-2005, fitted) and evidence series and changes (the 1992-2010 history replay, not fitted),
// each with the verdict recorded in docs/results/validation.json (what docs/VALIDATION.md shows), and
// links to the docs' sections.
import validation from '../../../docs/results/validation.json';
import { calibrationTargets, targetRole } from '../../sim/calibration/targets';
import { EVIDENCE_CHANGES, findEvidence, GRADE_MEANINGS, type Grade } from '../../sim/evidence/series';
import { HISTORY_NAME } from '../../sim/evidence/history';
import type { SeriesScore, ValidationRecord } from '../../sim/evidence/record';
import { docHref } from '../docs/render';
import { el } from '../shared/dom';
import { recordedVerdicts } from '../shared/validationRecord';

/** Ids of what a mechanism was checked against, and its section of MODEL.md (an anchor of the docs page). */
export interface MechanismChecks {
  model: string;
  /** CalibrationTarget ids. */
  targets: string[];
  /** EvidenceSeries ids. */
  series: string[];
  /** EvidenceChange ids. */
  changes: string[];
}

/** One line of the panel: what, the verdict and how to read it. */
export interface Check {
  kind: 'calibration' | 'history' | 'change';
  label: string;
  verdict: string;
  /** hit: inside; miss: outside; mixed: some years in, some out; none: not scored (an input, or levels not comparable). */
  tone: 'hit' | 'miss' | 'mixed' | 'none';
  detail: string;
}

/** Sections of VALIDATION.md, without their numbers (the docs page finds the numbered heading). */
export const VALIDATION_ANCHORS = {
  calibration: 'calibration-results',
  history: 'validation-out-of-sample-the-history-replay',
  misses: 'what-the-misses-suggest',
} as const;

const RECORD = recordedVerdicts(validation as ValidationRecord);
const MAX_MISSES = 4;

function scoreCheck(kind: 'history' | 'change', label: string, grade: Grade, score: SeriesScore | undefined, unscored: string): Check {
  const what = `${label} (grade ${grade})`;
  if (!score) return { kind, label: what, verdict: 'not scored', tone: 'none', detail: unscored };
  const tone = score.hits === score.scored ? 'hit' : score.hits === 0 ? 'miss' : 'mixed';
  const shown = score.misses.slice(0, MAX_MISSES).join(', ');
  const more = score.misses.length > MAX_MISSES ? ` and ${score.misses.length - MAX_MISSES} more` : '';
  return {
    kind,
    label: what,
    verdict: `${score.hits} of ${score.scored} inside`,
    tone,
    detail: score.misses.length ? `Missed: ${shown}${more}.` : "Every scored comparison inside the evidence's band.",
  };
}

/** The checks of a mechanism, with the recorded verdicts (`record` defaults to docs/results/validation.json's). */
export function mechanismChecks(checks: MechanismChecks, record = RECORD): Check[] {
  const targets = calibrationTargets();
  const fromTargets = checks.targets.map((id): Check => {
    const target = targets.find((t) => t.id === id);
    if (!target) throw new Error(`mechanism check: unknown calibration target "${id}"`);
    const role = targetRole(target);
    const fit = record.targets.get(target.id);
    const label = `${target.quantity}: ${target.target}`;
    if (role !== 'scored') {
      const why =
        role === 'input'
          ? 'An input, set from the evidence: never scored.'
          : role === 'input-bound'
            ? 'Equals its capacity input, so a hit would test nothing: not scored.'
            : 'For reference only.';
      return { kind: 'calibration', label, verdict: role, tone: 'none', detail: `${why} Source: ${target.source}.` };
    }
    if (!fit) return { kind: 'calibration', label, verdict: 'not in the record', tone: 'none', detail: `Source: ${target.source}.` };
    const tone = fit.verdict === 'inside' ? 'hit' : fit.verdict === 'below' || fit.verdict === 'above' ? 'miss' : 'none';
    return {
      kind: 'calibration',
      label,
      verdict: fit.verdict,
      tone,
      detail: `Range ${fit.range}; the calibration's best point ${fit.best}. Source: ${target.source}.`,
    };
  });
  const fromSeries = checks.series.map((id): Check => {
    const series = findEvidence(id);
    if (series.role === 'input') {
      return {
        kind: 'history',
        label: `${series.label} (grade ${series.grade})`,
        verdict: 'input',
        tone: 'none',
        detail: `An input of the replay, year by year: never scored. Source: ${series.source}.`,
      };
    }
    const unscored =
      series.levelsComparable === false
        ? `Levels not comparable (${series.caveat ?? 'other people than the model covers'}); only changes between periods are scored.`
        : 'Not scored in the recorded run.';
    return scoreCheck('history', series.label, series.grade, record.series.get(series.id), unscored);
  });
  const fromChanges = checks.changes.map((id): Check => {
    const change = EVIDENCE_CHANGES.find((c) => c.id === id);
    if (!change) throw new Error(`mechanism check: unknown evidence change "${id}"`);
    return scoreCheck('change', change.label, change.grade, record.series.get(change.id), 'Not scored in the recorded run.');
  });
  return [...fromTargets, ...fromSeries, ...fromChanges];
}

const KIND_TITLES: Record<Check['kind'], string> = {
  calibration: 'Calibration targets, 2003-2005 (in sample: fitted to them)',
  history: `Evidence series in the history replay ${HISTORY_NAME} (not fitted)`,
  change: 'Changes between periods in the replay (not fitted)',
};

/** The "checked against" part of a mechanism's note: one list item per check, then the docs links. */
export function renderChecks(checks: MechanismChecks): HTMLElement {
  const list = mechanismChecks(checks);
  const links = el(
    'p',
    { class: 'doc-links' },
    'Read more: ',
    el('a', { href: docHref('MODEL', checks.model) }, 'the mechanism in MODEL.md'),
    ...(list.length === 0
      ? []
      : [
          ' · ',
          el('a', { href: docHref('VALIDATION', VALIDATION_ANCHORS.calibration) }, 'calibration fit'),
          ' · ',
          el('a', { href: docHref('VALIDATION', VALIDATION_ANCHORS.history) }, 'history replay'),
          ' · ',
          el('a', { href: docHref('VALIDATION', VALIDATION_ANCHORS.misses) }, 'what the misses suggest'),
          ' (VALIDATION.md)',
        ]),
  );
  if (list.length === 0) {
    return el(
      'div',
      { class: 'checks' },
      el('h4', {}, 'Checked against the evidence'),
      el(
        'p',
        { class: 'muted' },
        'No evidence series or calibration target measures this mechanism: its numbers are assumptions (see the constants and their roles in MODEL.md). Vary its levers to see how much they matter.',
      ),
      links,
    );
  }
  const kinds = (Object.keys(KIND_TITLES) as Check['kind'][]).filter((k) => list.some((c) => c.kind === k));
  return el(
    'div',
    { class: 'checks' },
    el('h4', {}, 'Checked against the evidence'),
    ...kinds.flatMap((kind) => [
      el('p', { class: 'check-kind' }, KIND_TITLES[kind]),
      el(
        'ul',
        {},
        ...list
          .filter((c) => c.kind === kind)
          .map((c) =>
            el(
              'li',
              { 'data-check': c.kind },
              el('span', { class: `verdict verdict-${c.tone}` }, c.verdict),
              ' ',
              el('strong', {}, c.label),
              el('br'),
              el('span', { class: 'muted' }, c.detail),
            ),
          ),
      ),
    ]),
    links,
  );
}

/** Where the verdicts come from and what the grades mean (once, above the mechanisms). */
export function recordNote(): string {
  const runs = [RECORD.calibrationRun, RECORD.historyRun]
    .filter(Boolean)
    .map((r) => `\`${r}\``)
    .join(' and ');
  const grades = (Object.keys(GRADE_MEANINGS) as Grade[]).map((g) => `${g} ${GRADE_MEANINGS[g]}`).join('; ');
  return `Each mechanism lists the evidence it was checked against, with the verdict recorded in docs/VALIDATION.md${runs ? ` (from ${runs})` : ''}: rerun those commands after a model change. Evidence grades: ${grades}.`;
}
