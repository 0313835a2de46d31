// Keyboard shortcuts: space plays or pauses, the right arrow steps one month (shift: a year, where
// offered), r resets, digits and extra keys where a page offers them. Keys typed into form fields
// are left alone, and space on a focused button keeps its native meaning.

export interface ShortcutActions {
  togglePlay(): void;
  step(): void;
  reset(): void;
  /** Shift + right arrow: step one year. */
  stepYear?(): void;
  /** Digit keys 1-9: index 0-8. */
  digit?(index: number): void;
  /** Further single keys, by KeyboardEvent.key (e.g. "p", "Escape"). */
  keys?: Record<string, () => void>;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Installs the shortcuts on the document. */
export function installShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const onButton = event.target instanceof HTMLElement && ['BUTTON', 'SUMMARY', 'A'].includes(event.target.tagName);
    const extra = actions.keys?.[event.key];
    if (event.key === ' ' && !onButton) {
      event.preventDefault();
      actions.togglePlay();
    } else if (event.key === 'ArrowRight' && event.shiftKey && actions.stepYear) {
      event.preventDefault();
      actions.stepYear();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      actions.step();
    } else if (event.key === 'r' || event.key === 'R') {
      actions.reset();
    } else if (/^[1-9]$/.test(event.key) && actions.digit) {
      actions.digit(Number(event.key) - 1);
    } else if (extra) {
      event.preventDefault();
      extra();
    }
  });
}
