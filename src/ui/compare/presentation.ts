// Presentation mode of the comparison: the shared large text (the simulator's scale), thick lines,
// editing controls hidden (the `presenting` class) and full screen; Esc or leaving full screen ends it.
import { byId } from '../shared/dom';
import { setLargeText } from '../shared/largeText';
import type { OutcomeCharts } from './outcomeCharts';

export class Presentation {
  private readonly charts: OutcomeCharts;
  private readonly restyled: () => void;

  /** `restyled` is called after the charts changed style (to set markers again and redraw). */
  constructor(charts: OutcomeCharts, restyled: () => void) {
    this.charts = charts;
    this.restyled = restyled;
    byId('present').addEventListener('click', () => this.set(true));
    document.addEventListener('fullscreenchange', () => {
      if (!document.fullscreenElement) this.set(false);
    });
  }

  get on(): boolean {
    return document.documentElement.classList.contains('presenting');
  }

  toggle(): void {
    this.set(!this.on);
  }

  set(on: boolean): void {
    const root = document.documentElement;
    if (this.on === on) return;
    root.classList.toggle('presenting', on);
    byId('present').setAttribute('aria-pressed', String(on));
    this.charts.setStyle(setLargeText(on), !on);
    if (on && !document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.restyled();
  }
}
