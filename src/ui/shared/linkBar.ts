// The link bar both pages share: the page's address carries the current setup in its fragment,
// the read-only box shows the full link, and the copy button puts it on the clipboard.
import { byId } from './dom';
import { showMessage } from './messages';

export class LinkBar {
  private readonly input = byId<HTMLInputElement>('share-link');

  /** `what` names the link in messages ("Share link"); `reproduces` says what opening it brings back. */
  constructor(what: string, reproduces: string) {
    byId('copy-link').addEventListener('click', () => void this.copy(what, reproduces));
  }

  /** Shows the link for `fragment` and puts it in the page's address (without a history entry). */
  show(fragment: string): void {
    history.replaceState(null, '', `#${fragment}`);
    this.input.value = location.href;
  }

  /** Copies the link and says so; where the clipboard is not available, selects it for the user to copy. */
  private async copy(what: string, reproduces: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.input.value);
      showMessage('notice', `${what} copied. Opening it reproduces ${reproduces}.`);
    } catch {
      this.input.select();
      showMessage('notice', `Select and copy the ${what.toLowerCase()} below.`);
    }
  }
}
