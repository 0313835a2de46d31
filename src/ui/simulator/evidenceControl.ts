// The evidence toggle of the simulator's charts: the button (and its E key), the line under it that
// says what the markers are and how far to trust the comparison, the state the link carries, and,
// once the history replay has run to its end, how this run scores against the evidence.
import { compareWithEvidence, scoreBySeries, type EvidenceComparison } from '../../sim/evidence/check';
import { HISTORY_NAME } from '../../sim/evidence/history';
import type { RunResult } from '../../sim/run';
import type { Scenario } from '../../sim/scenario';
import { chartedMetrics } from '../shared/chartSpecs';
import { byId } from '../shared/dom';
import { evidenceYears } from '../shared/evidenceLayer';
import type { ChartPanel } from './chartPanel';
import { renderScorePicture } from './evidenceScore';

const YEARS = evidenceYears(chartedMetrics());

export class EvidenceControl {
  private readonly button = byId<HTMLButtonElement>('evidence-toggle');
  private readonly note = byId('evidence-note');
  private readonly runScore = byId('evidence-run');
  private readonly scorePicture = byId('evidence-score');
  /** Counts the runs started, so a score computed for an earlier run is dropped. */
  private generation = 0;
  private scored = false;
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
    this.runScore.hidden = !(available && this.on) || this.runScore.textContent === '';
    this.scorePicture.hidden = this.runScore.hidden;
  }

  /** A fresh run starts: its score against the evidence is not known yet. */
  forgetRun(): void {
    this.generation++;
    this.scored = false;
    this.runScore.textContent = '';
    this.runScore.hidden = true;
    this.scorePicture.replaceChildren();
    this.scorePicture.hidden = true;
  }

  /** The history replay ran to its end: scores it against the evidence, as `frontera history` does (once per run). */
  async scoreFinishedRun(scenario: Scenario, result: () => Promise<RunResult>): Promise<void> {
    if (this.scored || scenario.name !== HISTORY_NAME) return;
    this.scored = true;
    const generation = this.generation;
    const rows = compareWithEvidence([await result()]);
    if (generation !== this.generation) return;
    this.runScore.textContent = scoreText(rows, scenario);
    renderScorePicture(this.scorePicture, rows);
    this.render(scenario);
  }

  private noteFor(scenario: Scenario, available: boolean): string {
    if (!available) return YEARS ? `No evidence to draw: the evidence series cover ${YEARS[0]}-${YEARS[1]}, and this run does not.` : '';
    if (!this.on) return 'Evidence hidden (press E or the button to draw it).';
    const what =
      'Evidence: what was measured, in the colour of the model line it compares with; boxes and bars are ranges; filled markers are grades A-B, hollow C-D. Hover a marker for its source.';
    return scenario.name === HISTORY_NAME
      ? what
      : `${what} This scenario is a policy experiment, not a replay of history (that is ${HISTORY_NAME}): the evidence shows what happened, not what this policy would give.`;
  }
}

/** "This run ...: 12 of 41 values inside the evidence's band (per series), 2 of 8 changes." */
export function scoreText(rows: readonly EvidenceComparison[], scenario: Scenario): string {
  const scored = rows.filter((r) => r.verdict === 'hit' || r.verdict === 'miss');
  const levels = scored.filter((r) => r.kind === 'level');
  const changes = scored.filter((r) => r.kind === 'change');
  const hits = (list: readonly EvidenceComparison[]) => list.filter((r) => r.verdict === 'hit').length;
  const bySeries = scoreBySeries(levels)
    .map((s) => `${s.label} ${s.hits} of ${s.scored}`)
    .join('; ');
  return (
    `This run (seed ${scenario.seed}, scale ${scenario.scale}) against the evidence, as \`frontera history\` scores it: ` +
    `${hits(levels)} of ${levels.length} yearly or period values inside the evidence's band (${bySeries}); ` +
    `${hits(changes)} of ${changes.length} changes between periods. One run: the verdicts in "How this works" are from several seeds.`
  );
}
