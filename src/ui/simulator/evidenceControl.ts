// The evidence toggle of the simulator's charts: the button (and its E key), the line under it that
// says what the markers are and how far to trust the comparison, and the state the link carries.
import { HISTORY_NAME } from '../../sim/evidence-history';
import type { Scenario } from '../../sim/scenario';
import { chartedMetrics } from '../shared/chartSpecs';
import { byId } from '../shared/dom';
import { evidenceYears } from '../shared/evidenceLayer';
import type { ChartPanel } from './chartPanel';

const YEARS = evidenceYears(chartedMetrics());

export class EvidenceControl {
  private readonly button = byId<HTMLButtonElement>('evidence-toggle');
  private readonly note = byId('evidence-note');
  private readonly charts: ChartPanel;
  private readonly changed: () => void;

  /** `changed` runs after the user turned the overlay on or off (redraw, update the link). */
  constructor(charts: ChartPanel, on: boolean, changed: () => void) {
    this.charts = charts;
    this.changed = changed;
    charts.evidence = on;
    this.button.addEventListener('click', () => this.toggle());
  }

  get on(): boolean {
    return this.charts.evidence;
  }

  toggle(): void {
    if (this.button.disabled) return;
    this.charts.evidence = !this.charts.evidence;
    this.changed();
  }

  /** Shows the toggle's state and what the evidence means for this scenario (after the charts drew). */
  render(scenario: Scenario): void {
    const available = this.charts.evidenceAvailable;
    this.button.disabled = !available;
    this.button.setAttribute('aria-pressed', String(available && this.on));
    this.button.textContent = `Evidence: ${available && this.on ? 'shown' : 'hidden'}`;
    this.note.textContent = this.noteFor(scenario, available);
  }

  private noteFor(scenario: Scenario, available: boolean): string {
    if (!available) return YEARS ? `No evidence to draw: the evidence series cover ${YEARS[0]}-${YEARS[1]}, and this run does not.` : '';
    if (!this.on) return 'Evidence hidden (press E or the button to draw it).';
    const what = 'Evidence: what was measured, in the colour of the model line it compares with; boxes and bars are ranges; filled markers are grades A-B, hollow C-D. Hover a marker for its source.';
    return scenario.name === HISTORY_NAME ? what
      : `${what} This scenario is a policy experiment, not a replay of history (that is ${HISTORY_NAME}): the evidence shows what happened, not what this policy would give.`;
  }
}
