// The comparison being run: its setup, one playback lane per policy, the moments to point at, the
// paired seeds, and what the page draws and exports from them (strip, outcome cards, CSVs, PNGs).
import type { Scenario } from '../../sim/scenario';
import { toCsv } from '../../sim/output';
import { personName } from '../../sim/story';
import { byId } from '../shared/dom';
import { downloadDataUrl, downloadText, runFileName } from '../shared/download';
import type { EnsembleResult } from '../shared/ensemble';
import { errorText, showMessage } from '../shared/messages';
import { SERIES_COLOURS } from '../../presentation/palette';
import type { Playback } from '../shared/playback';
import { sourceName } from '../shared/runSetup';
import type { SeedRunner } from '../shared/seedRunner';
import { latestMoment } from './bookmarks';
import { encodeComparison } from './compareLink';
import { buildPolicyScenarios, comparisonBookmarks, type ComparisonSetup } from './comparison';
import { differenceCsv } from './differenceTable';
import { renderHeadline, stripNote, type StripNoise } from './headline';
import { findLesson, type Bookmark } from './lessons';
import type { OutcomeCharts, OutcomeData } from './outcomeCharts';
import { outcomeSeries, pairedBand, runningInterval } from './outcomes';

/** People followed per policy for its map. */
const TRACKED_PEOPLE = 1500;

/** What the session shows its state in. */
export interface CompareViews {
  charts: OutcomeCharts;
  seeds: SeedRunner;
  /** A comparison was accepted (before its runs load): show its setup, maps, exports, link. */
  accepted(comparison: ComparisonSetup): void;
  /** The moments changed. */
  marksChanged(marks: Bookmark[]): void;
  /** Paired seeds are ready (redraw). */
  seedsReady(): void;
}

export class CompareSession {
  private readonly playback: Playback;
  private readonly views: CompareViews;
  comparison: ComparisonSetup;
  private scenarios: Scenario[] = [];
  dates: string[] = [];
  marks: Bookmark[] = [];
  private ensembles: EnsembleResult[] | null = null;
  /** Whether the paired seeds were stopped (cancelled or failed) before they finished. */
  private seedsStopped = false;
  /** Comparisons started so far (so a cancelled run of paired seeds knows it is stale). */
  private started = 0;

  constructor(playback: Playback, views: CompareViews, initial: ComparisonSetup) {
    this.playback = playback;
    this.views = views;
    this.comparison = initial;
  }

  /** Starts a comparison; on invalid input shows why and keeps the current one. */
  start(next: ComparisonSetup): boolean {
    let scenarios: Scenario[];
    try {
      scenarios = buildPolicyScenarios(next);
    } catch (err) {
      showMessage('error', `${errorText(err)}. The current comparison is kept.`);
      this.views.accepted(this.comparison);
      return false;
    }
    this.comparison = next;
    this.scenarios = scenarios;
    this.dates = [];
    this.views.seeds.cancel();
    this.views.seeds.say('');
    this.ensembles = null;
    this.seedsStopped = false;
    this.started++;
    this.views.accepted(next);
    this.playback.load(scenarios, TRACKED_PEOPLE);
    return true;
  }

  /** Every policy loaded: mark the moments and start the paired seeds if asked for. */
  loaded(dates: string[]): void {
    this.dates = dates;
    this.updateMarks();
    if (this.comparison.seeds > 1) void this.runPairedSeeds();
  }

  /** The fragment of the comparison link. */
  fragment(): string {
    return encodeComparison(this.comparison);
  }

  /** Redraws the strip and the outcome cards at the month every policy has reached (while `playing`,
   *  only the cards on screen). */
  draw(playing = false): void {
    if (!this.playback.loaded) return;
    const tick = this.playback.tick;
    const labels = this.labels();
    const noise = this.stripNoise(tick);
    renderHeadline(
      byId<HTMLTableElement>('headline'),
      labels,
      (p) => this.playback.store(p)!.series,
      tick,
      noise,
      (metric, p) => this.isLessonHeadline(metric, p),
    );
    byId('strip-note').textContent = stripNote(noise);
    this.views.charts.draw(labels, SERIES_COLOURS, this.dates, (metric) => this.outcomeData(metric, tick), playing);
  }

  /** The month every policy has reached ("YYYY-MM"), or null before the first. */
  shownMonth(): string | null {
    const tick = this.playback.tick;
    return tick > 0 ? this.dates[tick - 1] : null;
  }

  /** A readable name for a followed person's id. */
  personName(pid: number): string {
    return this.scenarios.length > 0 ? personName(pid, this.scenarios[0].start) : `person ${pid}`;
  }

  /** The latest moment reached, for the status line. */
  momentText(): string {
    const shown = this.shownMonth();
    const moment = shown ? latestMoment(this.marks, shown) : undefined;
    return moment ? `${moment.at}: ${moment.label}` : '';
  }

  /** Runs to a moment's month, if it lies ahead. */
  runTo(at: string): void {
    const index = this.dates.indexOf(at);
    if (index < 0) return;
    if (index + 1 <= this.playback.tick) return showMessage('notice', `Already past ${at}. Press Reset (R) to start again.`);
    this.playback.advanceTo(index + 1);
  }

  /** Adds the instructor's own moment; false (with a message) when it does not fit the run. */
  addBookmark(at: string, label: string): boolean {
    if (!this.dates.includes(at)) {
      showMessage(
        'error',
        `moment month = "${at}": expected a month of the run (${this.dates[0]} to ${this.dates[this.dates.length - 1]})`,
      );
      return false;
    }
    if (label === '') {
      showMessage('error', 'moment label = "": expected 1 to 120 characters');
      return false;
    }
    this.comparison = { ...this.comparison, bookmarks: [...this.comparison.bookmarks, { at, label }] };
    this.updateMarks();
    return true;
  }

  async exportPolicyCsv(index: number): Promise<void> {
    if (this.playback.tick === 0) return showMessage('error', 'nothing to export yet: play or step the comparison first');
    const result = await this.playback.client(index).result();
    const policy = this.comparison.policies[index];
    downloadText(runFileName(`p${index + 1}-${sourceName(policy.source)}`, this.comparison.seed, 'csv'), toCsv(result), 'text/csv');
  }

  exportDifferences(): void {
    const tick = this.playback.tick;
    if (tick === 0) return showMessage('error', 'nothing to export yet: play or step the comparison first');
    const live = this.labels().map((_, p) => this.playback.store(p)!.series);
    const seedRuns = this.ensembles?.map((e) => e.runs) ?? null;
    downloadText(
      runFileName('compare-differences', this.comparison.seed, 'csv'),
      differenceCsv(this.labels(), live, this.dates, tick, seedRuns),
      'text/csv',
    );
  }

  exportPngs(): void {
    for (const [name, url] of this.views.charts.pngs()) downloadDataUrl(`${name}.png`, url);
  }

  private labels(): string[] {
    return this.comparison.policies.map((p) => p.label);
  }

  private updateMarks(): void {
    this.marks = comparisonBookmarks(this.comparison, this.scenarios, this.dates);
    this.views.marksChanged(this.marks);
  }

  /** Whether a strip cell is one of the lesson's headline differences (while the policy is still the lesson's own). */
  private isLessonHeadline(metric: string, policy: number): boolean {
    const lesson = this.comparison.lesson ? findLesson(this.comparison.lesson) : undefined;
    return !!lesson?.headline.some(
      (h) => h.metric === metric && h.policy === policy + 1 && lesson.policies[policy]?.label === this.comparison.policies[policy]?.label,
    );
  }

  /** What the strip says about noise at month `tick`: the paired seeds' interval of each running difference once they are ready. */
  private stripNoise(tick: number): StripNoise {
    const runs = this.ensembles?.map((e) => e.runs);
    if (runs)
      return { state: 'ready', seeds: this.comparison.seeds, interval: (metric, p) => runningInterval(metric, runs[0], runs[p], tick) };
    if (this.comparison.seeds === 1) return { state: 'one seed' };
    return this.seedsStopped ? { state: 'stopped' } : { state: 'running' };
  }

  private outcomeData(metric: string, tick: number): OutcomeData {
    const view = this.views.charts.view;
    const series = this.comparison.policies.map((_, p) => outcomeSeries(metric, this.playback.store(p)!.series, this.dates, view, tick));
    const seedSeries = this.ensembles?.map((e) => e.runs.map((run) => outcomeSeries(metric, run, this.dates, view, tick)));
    const bands = series.map((_, p) => (seedSeries && p > 0 ? pairedBand(seedSeries[0], seedSeries[p]) : null));
    return { series, bands };
  }

  private async runPairedSeeds(): Promise<void> {
    const started = this.started;
    const count = this.comparison.seeds;
    const results = await this.views.seeds.run(this.scenarios, this.dates, count, {
      running: (finished, total) => `Paired seeds: ${finished} of ${total} runs done…`,
      done: `${count} paired seeds ready: the strip says which differences are beyond noise; the shading on difference charts is the paired 90% interval of the mean difference.`,
    });
    // A newer comparison cancelled these seeds: it runs its own.
    if (this.started !== started) return;
    this.seedsStopped = results === null;
    if (results) this.ensembles = results;
    this.views.seedsReady();
  }
}
