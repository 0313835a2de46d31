// The simulator's many-seeds panel: the seed count, the run and cancel buttons (the shared seeds
// runner), and the "This run / Many seeds" choice, enabled once a result is there.
import type { Scenario } from '../../sim/scenario';
import { byId } from '../shared/dom';
import type { EnsembleResult } from '../shared/ensemble';
import { showMessage } from '../shared/messages';
import { SeedRunner } from '../shared/seedRunner';

const MIN_SEEDS = 2;
const MAX_SEEDS = 200;

export class ManySeedsPanel {
  private readonly runner = new SeedRunner('ensemble');
  private readonly count = byId<HTMLInputElement>('ensemble-count');
  private readonly choice = byId<HTMLInputElement>('display-ensemble');
  /** The latest result, for the settings it was run with. */
  result: EnsembleResult | null = null;

  /** Runs the seeds of `scenario` (over `dates`) and calls `ready` with the result. */
  async run(scenario: Scenario, dates: string[], ready: () => void): Promise<void> {
    const count = Number(this.count.value);
    if (!Number.isInteger(count) || count < MIN_SEEDS || count > MAX_SEEDS) {
      return showMessage('error', `seeds = ${this.count.value}: expected a whole number from ${MIN_SEEDS} to ${MAX_SEEDS}`);
    }
    const results = await this.runner.run([scenario], dates, count, {
      running: (finished) => `Running ${count} seeds… ${finished} done`,
      done: `${count} seeds done: lines show the mean, shading the 5th–95th percentile.`,
    });
    if (!results) return;
    this.result = results[0];
    this.choice.disabled = false;
    this.choice.checked = true;
    ready();
  }

  /** Drops the result and any run in progress (the settings changed), saying so if there was one. */
  clear(reason: string): void {
    const had = this.runner.cancel() || this.result !== null;
    this.result = null;
    this.choice.disabled = true;
    document.querySelector<HTMLInputElement>('input[name="display"][value="run"]')!.checked = true;
    if (had) this.runner.say(reason);
  }
}
