// The comparison's setup panel: the lesson picker with its summary and teaching note, the policy
// editors, and the shared settings (seed, scale, years, paired seeds). Every change is proposed as
// a whole new comparison; bad input is reported and the current one kept.
import { byId, el } from '../shared/dom';
import { showMessage } from '../shared/messages';
import { comparisonFromLesson, type ComparisonSetup } from './comparison';
import { findLesson, LESSONS } from './lessons';
import { renderPolicyEditors } from './policyEditor';
import { renderTeachingNote } from './teachingNote';

const SETTINGS = ['seed', 'scale', 'years', 'seeds'] as const;

export class SetupPanel {
  private readonly lessons = byId<HTMLSelectElement>('lesson-select');
  private readonly propose: (next: ComparisonSetup) => void;
  private shown: ComparisonSetup | null = null;

  constructor(propose: (next: ComparisonSetup) => void) {
    this.propose = propose;
    this.lessons.replaceChildren(
      ...LESSONS.map((l) => el('option', { value: l.name }, l.title)),
      el('option', { value: '' }, 'Custom comparison'),
    );
    this.lessons.addEventListener('change', () => this.pickLesson(this.lessons.value));
    for (const id of SETTINGS) byId(id).addEventListener('change', () => this.changeSetting(id));
  }

  /** Shows a comparison: editors, settings, lesson summary and teaching note. */
  show(c: ComparisonSetup): void {
    this.shown = c;
    renderPolicyEditors(c, {
      propose: this.propose,
      problem: (message) => showMessage('error', `${message}. The current comparison is kept.`),
    });
    for (const id of SETTINGS) byId<HTMLInputElement>(id).value = String(c[id]);
    this.lessons.value = c.lesson ?? '';
    const lesson = c.lesson ? findLesson(c.lesson) : undefined;
    byId('lesson-summary').textContent = lesson?.summary ?? 'A comparison built by hand: no teaching note.';
    renderTeachingNote(byId('teaching-note-body'), lesson);
  }

  private pickLesson(name: string): void {
    const lesson = findLesson(name);
    if (lesson) this.propose(comparisonFromLesson(lesson));
    else if (this.shown) this.propose({ ...this.shown, lesson: null });
  }

  private changeSetting(id: (typeof SETTINGS)[number]): void {
    const input = byId<HTMLInputElement>(id);
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(value)) {
      showMessage('error', `${id} = "${input.value}": expected a number. The current comparison is kept.`);
      if (this.shown) this.show(this.shown);
      return;
    }
    if (this.shown) this.propose({ ...this.shown, [id]: value });
  }
}
