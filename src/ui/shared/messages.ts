// The page's message bar: errors and notices in plain text (role="alert" for errors), so bad input
// is explained where the student is looking, and the page keeps working.
import { byId, el, setChildren } from './dom';

export type MessageKind = 'error' | 'notice';

/** Shows a message; errors stay until dismissed or replaced, notices fade after a while. */
export function showMessage(kind: MessageKind, text: string): void {
  const bar = byId('messages');
  const close = el('button', { type: 'button', class: 'message-close', 'aria-label': 'Dismiss message' }, '×');
  const box = el(
    'div',
    { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-kind': kind },
    el('span', { class: 'message-text' }, kind === 'error' ? `Problem: ${text}` : text),
    close,
  );
  close.addEventListener('click', () => box.remove());
  setChildren(bar, box);
  if (kind === 'notice') setTimeout(() => box.remove(), 8000);
}

/** Removes the current message. */
export function clearMessage(): void {
  setChildren(byId('messages'));
}

/** The text a student should see for a thrown error: its message, never a stack trace. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0].slice(0, 400);
}
