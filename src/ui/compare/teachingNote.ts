// The lesson's teaching note for the instructor: what to point at, what the model shows and does
// not show, and a word on language. Text only (textContent), never markup.
import { findMetric } from '../../sim/metrics';
import { el } from '../shared/dom';
import type { Lesson } from './lessons';

/** Renders a lesson's note, or a short line when the comparison has no lesson. */
export function renderTeachingNote(container: HTMLElement, lesson: Lesson | undefined): void {
  if (!lesson) {
    container.replaceChildren(el('p', { class: 'muted' }, 'Pick a preset lesson for a teaching note.'));
    return;
  }
  const note = lesson.teachingNote;
  const headline = lesson.headline.map(
    (h) =>
      `${lesson.policies[h.policy - 1].label} against ${lesson.policies[0].label}: ${findMetric(h.metric)?.label ?? h.metric}, ${h.direction === 'up' ? 'higher' : 'lower'}`,
  );
  container.replaceChildren(
    ...(headline.length
      ? [
          el('h3', {}, 'Headline differences'),
          el('p', {}, `Beyond noise over the lesson's ${lesson.seeds} paired seeds (outlined in the strip, with the verdict under each):`),
          el('ul', {}, ...headline.map((item) => el('li', {}, item))),
        ]
      : []),
    el('h3', {}, 'What to point at'),
    el('ul', {}, ...note.pointAt.map((item) => el('li', {}, item))),
    el('h3', {}, 'What the model shows'),
    el('p', {}, note.modelShows),
    el('h3', {}, 'What it does not show'),
    el('p', {}, note.modelDoesNotShow),
    el('h3', {}, 'Language'),
    el('p', {}, note.language),
  );
}
