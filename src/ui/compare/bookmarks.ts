// The list of moments to point at (scenario notes, lesson bookmarks and the instructor's own) and
// the form to add one. Each moment is a button that runs the comparison to that month.
import { el } from '../shared/dom';
import type { Bookmark } from './lessons';

export interface BookmarkActions {
  runTo(at: string): void;
  remove(mark: Bookmark): void;
}

/** Renders the moments; only the instructor's own (`own`) can be removed. */
export function renderBookmarks(list: HTMLElement, marks: readonly Bookmark[], own: readonly Bookmark[], actions: BookmarkActions): void {
  list.replaceChildren(
    ...marks.map((mark) => {
      const go = el(
        'button',
        { type: 'button', class: 'link-button', title: 'Run to this month' },
        el('time', {}, mark.at),
        ` ${mark.label}`,
      );
      go.addEventListener('click', () => actions.runTo(mark.at));
      const item = el('li', { 'data-at': mark.at }, go);
      for (const mine of own.filter((o) => o.at === mark.at)) {
        const remove = el(
          'button',
          { type: 'button', class: 'small', 'aria-label': `Remove moment ${mine.at} ${mine.label}` },
          `Remove “${mine.label.slice(0, 24)}”`,
        );
        remove.addEventListener('click', () => actions.remove(mine));
        item.append(' ', remove);
      }
      return item;
    }),
  );
}

/** The latest moment at or before `date` ("YYYY-MM"), if any. */
export function latestMoment(marks: readonly Bookmark[], date: string): Bookmark | undefined {
  return [...marks].reverse().find((m) => m.at <= date);
}
