// Keyboard shortcuts: space plays or pauses, the right arrow steps one month, r resets. Keys typed
// into form fields are left alone, and space on a focused button keeps its native meaning.

export interface ShortcutActions { togglePlay(): void; step(): void; reset(): void }

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** Installs the shortcuts on the document. */
export function installShortcuts(actions: ShortcutActions): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const onButton = event.target instanceof HTMLElement && ['BUTTON', 'SUMMARY', 'A'].includes(event.target.tagName);
    if (event.key === ' ' && !onButton) {
      event.preventDefault();
      actions.togglePlay();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      actions.step();
    } else if (event.key === 'r' || event.key === 'R') {
      actions.reset();
    }
  });
}
