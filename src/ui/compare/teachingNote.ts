// The lesson's teaching note for the instructor: what to point at, what the model shows and does
// not show, and a word on language. Text only (textContent), never markup.
import { el } from '../shared/dom';
import type { Lesson } from './lessons';

/** Renders a lesson's note, or a short line when the comparison has no lesson. */
export function renderTeachingNote(container: HTMLElement, lesson: Lesson | undefined): void {
  if (!lesson) {
    container.replaceChildren(el('p', { class: 'muted' }, 'Pick a preset lesson for a teaching note.'));
    return;
  }
  const note = lesson.teachingNote;
  container.replaceChildren(
    el('h3', {}, 'What to point at'),
    el('ul', {}, ...note.pointAt.map((item) => el('li', {}, item))),
    el('h3', {}, 'What the model shows'), el('p', {}, note.modelShows),
    el('h3', {}, 'What it does not show'), el('p', {}, note.modelDoesNotShow),
    el('h3', {}, 'Language'), el('p', {}, note.language));
}
