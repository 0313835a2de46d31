// The many-seeds runner both pages share: runs one or more scenarios over N replicate seeds in a
// pool of workers, shows progress in a status line with a cancel button, and hands back the runs.
import type { Scenario } from '../../sim/scenario';
import { byId } from './dom';
import { runEnsemble, type EnsembleResult } from './ensemble';
import { errorText, showMessage } from './messages';

/** What the status line says while running and when done. */
export interface SeedRunnerText {
  running(finished: number, total: number): string;
  done: string;
}

export class SeedRunner {
  private readonly status: HTMLElement;
  private readonly cancelButton: HTMLElement;
  private abort: AbortController | null = null;

  /** Uses the page's `#<prefix>-status` line and `#<prefix>-cancel` button. */
  constructor(prefix: string) {
    this.status = byId(`${prefix}-status`);
    this.cancelButton = byId(`${prefix}-cancel`);
    this.cancelButton.addEventListener('click', () => {
      if (this.cancel()) this.say('Cancelled.');
    });
  }

  get running(): boolean {
    return this.abort !== null;
  }

  /** Runs every scenario over `count` seeds (one after another, each over the worker pool); null when cancelled or failed. */
  async run(scenarios: readonly Scenario[], dates: string[], count: number, text: SeedRunnerText): Promise<EnsembleResult[] | null> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.cancelButton.hidden = false;
    const total = count * scenarios.length;
    this.say(text.running(0, total));
    const results: EnsembleResult[] = [];
    try {
      for (const scenario of scenarios) {
        const before = results.length * count;
        results.push(await runEnsemble(scenario, dates, count, (n) => this.say(text.running(before + n, total)), abort.signal));
      }
      this.say(text.done);
      return results;
    } catch (err) {
      if (!abort.signal.aborted) showMessage('error', `many seeds: ${errorText(err)}`);
      return null;
    } finally {
      if (this.abort === abort) {
        this.abort = null;
        this.cancelButton.hidden = true;
      }
    }
  }

  /** Stops a run in progress; whether one was running. */
  cancel(): boolean {
    const had = this.abort !== null;
    this.abort?.abort();
    this.abort = null;
    this.cancelButton.hidden = true;
    return had;
  }

  /** Puts `text` on the status line. */
  say(text: string): void {
    this.status.textContent = text;
  }
}
