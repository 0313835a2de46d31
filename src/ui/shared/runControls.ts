// The run controls both pages share: play/pause, step (a month; a year where the page has the
// button), reset and speed, with their keyboard shortcuts, and the status line under them (month,
// progress bar, months simulated per second), all driven by the one playback controller.
import { byId, el } from './dom';
import { installShortcuts, type ShortcutActions } from './keyboard';
import type { Playback } from './playback';
import { MAX_SPEED } from './protocol';

/** The speeds offered, in months per second (one list, one clock, both pages). */
const SPEEDS: readonly [number, string][] = [
  [1, '1 month/s'],
  [3, '3 months/s'],
  [6, '6 months/s'],
  [12, '1 year/s'],
  [36, '3 years/s'],
  [MAX_SPEED, 'As fast as possible'],
];
const DEFAULT_SPEED = 12;

/** Seconds of history the months-per-second readout averages over. */
const RATE_WINDOW_MS = 3000;

export interface RunControlActions {
  reset(): void;
  /** Called after a control changed the playback (to redraw at once). */
  changed(): void;
  /** Further keys for the page (digits, letters). */
  keys?: Pick<ShortcutActions, 'digit' | 'keys'>;
  /** Offer a "+1 year" button and Shift+→. */
  stepYear?: boolean;
}

/** Puts the buttons, the speed choice and the status line into the page's `#run-buttons` and `#run-status`. */
function renderControls(stepYear: boolean): void {
  const button = (id: string, keys: string, text: string, primary = false) =>
    el('button', { type: 'button', id, class: primary ? 'primary' : undefined, 'aria-keyshortcuts': keys }, text);
  byId('run-buttons').prepend(
    button('play', 'Space', 'Play', true),
    button('step', 'ArrowRight', '+1 month'),
    stepYear ? button('step-year', 'Shift+ArrowRight', '+1 year') : '',
    button('reset', 'R', 'Reset'),
    el(
      'span',
      { class: 'speed' },
      el('label', { for: 'speed' }, 'Speed '),
      el(
        'select',
        { id: 'speed' },
        ...SPEEDS.map(([pace, label]) => el('option', { value: pace, selected: pace === DEFAULT_SPEED }, label)),
      ),
    ),
  );
  byId('run-status').prepend(
    el('output', { id: 'status', 'data-tick': 0, 'aria-live': 'off' }, 'Preparing…'),
    el('progress', { id: 'run-progress', max: 1, value: 0, 'aria-label': 'Run progress' }),
    el('span', { id: 'rate', class: 'muted' }),
  );
}

export class RunControls {
  private readonly playback: Playback;
  private readonly actions: RunControlActions;
  private readonly speed: HTMLSelectElement;
  private readonly stepYear: HTMLButtonElement | null;
  private rateSamples: { at: number; tick: number }[] = [];

  constructor(playback: Playback, actions: RunControlActions) {
    this.playback = playback;
    this.actions = actions;
    renderControls(actions.stepYear ?? false);
    this.speed = byId<HTMLSelectElement>('speed');
    this.stepYear = document.getElementById('step-year') as HTMLButtonElement | null;
    byId('play').addEventListener('click', () => this.togglePlay());
    byId('step').addEventListener('click', () => this.advance(1));
    this.stepYear?.addEventListener('click', () => this.advance(12));
    byId('reset').addEventListener('click', () => actions.reset());
    this.speed.addEventListener('change', () => {
      this.playback.setPace(Number(this.speed.value));
      this.rateSamples = [];
    });
    installShortcuts({
      togglePlay: () => this.togglePlay(),
      step: () => this.advance(1),
      reset: () => actions.reset(),
      stepYear: this.stepYear ? () => this.advance(12) : undefined,
      ...actions.keys,
    });
  }

  togglePlay(): void {
    if (this.playback.playing) this.playback.pause();
    else this.playback.play(Number(this.speed.value));
    this.rateSamples = [];
    this.actions.changed();
  }

  advance(months: number): void {
    this.playback.advance(months);
    this.actions.changed();
  }

  /** Shows "Preparing…" until the run has loaded. */
  preparing(text: string): void {
    this.showStatus(text, 0, 1);
    this.renderButtons();
  }

  /** Shows the month every lane has reached of `dates`, the progress bar, the rate and the buttons' state. */
  render(dates: readonly string[]): void {
    if (!this.playback.loaded || dates.length === 0) return this.renderButtons();
    const tick = this.playback.tick;
    const date = tick > 0 ? dates[tick - 1] : `before ${dates[0]}`;
    this.showStatus(`${date} · month ${tick} of ${dates.length}${tick >= dates.length ? ' · finished' : ''}`, tick, dates.length);
    this.showRate(tick);
    this.renderButtons();
  }

  private renderButtons(): void {
    const { playing, done } = this.playback;
    const play = byId<HTMLButtonElement>('play');
    play.textContent = playing ? 'Pause' : done ? 'Finished' : 'Play';
    play.disabled = done;
    play.setAttribute('aria-pressed', String(playing));
    byId<HTMLButtonElement>('step').disabled = done;
    if (this.stepYear) this.stepYear.disabled = done;
  }

  /** The status line and progress bar (tests read the month from data-tick). */
  private showStatus(text: string, tick: number, months: number): void {
    const status = byId('status');
    status.textContent = text;
    status.dataset.tick = String(tick);
    const progress = byId<HTMLProgressElement>('run-progress');
    progress.max = Math.max(1, months);
    progress.value = tick;
  }

  private showRate(tick: number): void {
    const now = performance.now();
    this.rateSamples.push({ at: now, tick });
    while (this.rateSamples.length > 2 && now - this.rateSamples[0].at > RATE_WINDOW_MS) this.rateSamples.shift();
    const first = this.rateSamples[0];
    const rate = now - first.at > 500 ? ((tick - first.tick) * 1000) / (now - first.at) : 0;
    const rateEl = byId('rate');
    rateEl.dataset.monthsPerSecond = rate.toFixed(2);
    rateEl.textContent = this.playback.playing && rate > 0 ? `${rate.toFixed(1)} months/s` : '';
  }
}
