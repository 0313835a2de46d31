// The history replay's score as a picture: per evidence series (and for the changes between periods),
// one square per value scored, filled when the run's value lies inside the evidence's band, beside the
// score the recorded `frontera history` run got (docs/results/validation.json), so a student sees what is good.
import validation from '../../../docs/results/validation.json';
import { scoreBySeries, type EvidenceComparison } from '../../sim/evidence/check';
import type { ValidationRecord } from '../../sim/evidence/record';
import { el } from '../shared/dom';
import { recordedVerdicts } from '../shared/validationRecord';

const RECORD = recordedVerdicts(validation as ValidationRecord);

/** One row of the picture: a label, squares (hits first) and the words. */
function scoreRow(label: string, hits: number, scored: number, recorded: string): HTMLElement {
  const squares = el(
    'span',
    { class: 'score-squares', role: 'img', 'aria-label': `${hits} of ${scored} inside the evidence's band` },
    ...Array.from({ length: scored }, (_, i) => el('span', { class: i < hits ? 'hit' : 'miss' })),
  );
  return el(
    'li',
    {},
    el('span', { class: 'score-label' }, label),
    squares,
    el('span', { class: 'score-words' }, `${hits} of ${scored}${recorded}`),
  );
}

/** Renders the score of a finished history replay into `box`. */
export function renderScorePicture(box: HTMLElement, rows: readonly EvidenceComparison[]): void {
  const scored = rows.filter((r) => r.verdict === 'hit' || r.verdict === 'miss');
  const levels = scoreBySeries(scored.filter((r) => r.kind === 'level'));
  const changes = scored.filter((r) => r.kind === 'change');
  const recordedOf = (series: string) => {
    const record = RECORD.series.get(series);
    return record ? ` (recorded run: ${record.hits} of ${record.scored})` : '';
  };
  const hits = (list: readonly { hits: number }[]) => list.reduce((n, s) => n + s.hits, 0);
  const total = (list: readonly { scored: number }[]) => list.reduce((n, s) => n + s.scored, 0);
  box.replaceChildren(
    el(
      'p',
      {},
      el('strong', {}, 'How this run compares with the evidence. '),
      "Each square is one yearly or period value the evidence measured: filled when the run's value lies inside the evidence's band, hollow when outside. " +
        'Best is all filled; a model that only illustrates mechanisms is not expected to fill every square, and grade C-D series are uncertain measurements. ' +
        'In brackets: the score of the run recorded in the validation record (docs/VALIDATION.md), for reference.',
    ),
    el(
      'ul',
      { class: 'score-picture' },
      ...levels.map((s) => scoreRow(`${s.label} (${s.grade})`, s.hits, s.scored, recordedOf(s.series))),
      scoreRow('Changes between periods', changes.filter((r) => r.verdict === 'hit').length, changes.length, ''),
    ),
    el(
      'p',
      { class: 'muted' },
      `Values inside: ${hits(levels)} of ${total(levels)}; changes in the measured direction and size: ${changes.filter((r) => r.verdict === 'hit').length} of ${changes.length}.`,
    ),
  );
  box.hidden = false;
}
