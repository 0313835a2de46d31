// The live comparison page: 2 to 4 policies run in lockstep on one seed (one worker each), with a
// headline strip, per-outcome charts and difference charts, maps, bookmarks, paired seeds,
// presentation mode, exports and a comparison link. Holds the comparison; views live in modules.
import '../styles.css';
import './compare.css';
import type { Scenario } from '../../sim/scenario';
import { toCsv } from '../../sim/output';
import { byId, el, renderRunStatus } from '../app/dom';
import { installShortcuts } from '../app/keyboard';
import { copyLinkFrom, errorText, showMessage } from '../app/messages';
import { MapView } from '../map/mapView';
import { setChartFontSize } from '../shared/charts';
import { downloadDataUrl, downloadText, runFileName } from '../shared/download';
import { runEnsemble, type EnsembleResult } from '../shared/ensemble';
import { SERIES_COLOURS } from '../shared/palette';
import type { PackedAgents } from '../shared/protocol';
import { applyRunSettingRanges, sourceName } from '../shared/runSetup';
import { renderBookmarks, latestMoment } from './bookmarks';
import { comparisonUrl, decodeComparison, encodeComparison } from './compareLink';
import { buildPolicyScenarios, comparisonBookmarks, comparisonFromLesson, type ComparisonSetup } from './comparison';
import { differenceCsv } from './differenceTable';
import { renderHeadline } from './headline';
import { DEFAULT_LESSON, findLesson, LESSONS, type Bookmark } from './lessons';
import { Lockstep } from './lockstep';
import { OutcomeCharts, type OutcomeData } from './outcomeCharts';
import { outcomeSeries, pairedBand, type CompareView } from './outcomes';
import { renderPolicyEditors } from './policyEditor';
import { renderTeachingNote } from './teachingNote';

/** People followed per policy for its map. */
const TRACKED_PEOPLE = 1500;
const REDRAW_MS = 200;

class ComparePage {
  private comparison: ComparisonSetup;
  private scenarios: Scenario[] = [];
  private dates: string[] = [];
  private marks: Bookmark[] = [];
  private maps: MapView[] = [];
  private ensembles: EnsembleResult[] | null = null;
  private ensembleAbort: AbortController | null = null;
  private focusedMap: number | null = null;
  /** Latest sample per policy, drawn on the maps at the next redraw (not every month). */
  private pendingAgents: (PackedAgents | undefined)[] = [];
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly charts = new OutcomeCharts(byId('outcomes'));
  private readonly lockstep = new Lockstep({
    onLoaded: (dates) => this.onLoaded(dates),
    onProgress: (_tick, policy, event) => {
      if (event.agents) this.pendingAgents[policy] = event.agents;
      this.scheduleDraw();
    },
    onError: (message) => showMessage('error', message),
  });

  constructor(initial: ComparisonSetup) {
    this.comparison = initial;
    this.charts.pngName = (id) => runFileName(`compare-${id}`, this.comparison.seed, 'png').replace(/\.png$/, '');
    this.wireControls();
    byId<HTMLSelectElement>('lesson-select').replaceChildren(
      ...LESSONS.map((l) => el('option', { value: l.name }, l.title)), el('option', { value: '' }, 'Custom comparison'));
    if (!this.start(initial)) this.start(comparisonFromLesson(findLesson(DEFAULT_LESSON)!));
  }

  // ---- comparison lifecycle ------------------------------------------------------------------

  /** Starts a comparison; on invalid input shows why and keeps the current one. */
  private start(next: ComparisonSetup): boolean {
    let scenarios: Scenario[];
    try {
      scenarios = buildPolicyScenarios(next);
    } catch (err) {
      showMessage('error', `${errorText(err)}. The current comparison is kept.`);
      this.renderSetup();
      return false;
    }
    this.comparison = next;
    this.scenarios = scenarios;
    this.dates = [];
    this.ensembleAbort?.abort();
    this.ensembles = null;
    byId('seeds-status').textContent = '';
    this.renderSetup();
    this.renderMaps();
    this.renderExportButtons();
    renderRunStatus('Preparing the runs…');
    this.lockstep.load(scenarios, TRACKED_PEOPLE);
    this.updatePlayButton();
    this.updateLink();
    return true;
  }

  private onLoaded(dates: string[]): void {
    this.dates = dates;
    this.marks = comparisonBookmarks(this.comparison, this.scenarios, dates);
    this.renderBookmarkList();
    this.charts.setMarkers(this.marks);
    const at = byId<HTMLInputElement>('bookmark-at');
    at.min = dates[0];
    at.max = dates[dates.length - 1];
    this.drawNow();
    if (this.comparison.seeds > 1) void this.runPairedSeeds();
  }

  private propose(next: ComparisonSetup): void {
    this.start(next);
  }

  private reset(): void {
    this.start(this.comparison);
  }

  // ---- drawing -------------------------------------------------------------------------------

  private scheduleDraw(): void {
    if (!this.lockstep.busy) return this.drawNow();
    if (this.drawTimer === undefined) this.drawTimer = setTimeout(() => this.drawNow(), REDRAW_MS);
  }

  private drawNow(): void {
    if (this.drawTimer !== undefined) clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
    if (!this.lockstep.loaded) return;
    this.pendingAgents.forEach((agents, p) => { if (agents) this.maps[p]?.update(agents); });
    this.pendingAgents = [];
    const tick = this.lockstep.tick;
    const labels = this.comparison.policies.map((p) => p.label);
    renderHeadline(byId<HTMLTableElement>('headline'), labels, (p, metric) => this.lockstep.store(p)!.series[metric], tick);
    this.charts.draw(labels, SERIES_COLOURS, this.dates, (metric) => this.outcomeData(metric, tick));
    this.showRunStatus(tick);
    this.updatePlayButton();
  }

  private outcomeData(metric: string, tick: number): OutcomeData {
    const view = this.charts.view;
    const series = this.comparison.policies.map((_, p) => outcomeSeries(metric, this.lockstep.store(p)!.series[metric], this.dates, view, tick));
    const seedSeries = this.ensembles?.map((e) => e.runs.map((run) => outcomeSeries(metric, run[metric], this.dates, view, tick)));
    const bands = series.map((_, p) => (seedSeries && p > 0 ? pairedBand(seedSeries[0], seedSeries[p]) : null));
    return { series, bands };
  }

  private setView(view: CompareView): void {
    this.charts.view = view;
    this.charts.setMarkers(this.marks);
    this.drawNow();
  }

  // ---- run controls --------------------------------------------------------------------------

  private togglePlay(): void {
    if (this.lockstep.playing) this.lockstep.pause();
    else this.lockstep.play(Number(byId<HTMLSelectElement>('speed').value));
    this.updatePlayButton();
    this.drawNow();
  }

  private advance(months: number): void {
    this.lockstep.advance(months);
    this.updatePlayButton();
  }

  private runTo(at: string): void {
    const index = this.dates.indexOf(at);
    if (index < 0) return;
    if (index + 1 <= this.lockstep.tick) {
      showMessage('notice', `Already past ${at}. Press Reset (R) to start again.`);
      return;
    }
    this.lockstep.advanceTo(index + 1);
  }

  private showRunStatus(tick: number): void {
    const months = this.dates.length;
    const date = tick > 0 ? this.dates[tick - 1] : `before ${this.dates[0]}`;
    renderRunStatus(`${date} · month ${tick} of ${months}${tick >= months ? ' · finished' : ''}`, tick, months);
    const moment = tick > 0 ? latestMoment(this.marks, this.dates[tick - 1]) : undefined;
    byId('moment').textContent = moment ? `${moment.at}: ${moment.label}` : '';
  }

  private updatePlayButton(): void {
    const play = byId<HTMLButtonElement>('play');
    const done = this.lockstep.done;
    play.textContent = this.lockstep.playing ? 'Pause' : done ? 'Finished' : 'Play';
    play.disabled = done;
    play.setAttribute('aria-pressed', String(this.lockstep.playing));
    byId<HTMLButtonElement>('step').disabled = done;
    byId<HTMLButtonElement>('step-year').disabled = done;
  }

  // ---- paired seeds --------------------------------------------------------------------------

  private async runPairedSeeds(): Promise<void> {
    const abort = new AbortController();
    this.ensembleAbort = abort;
    const count = this.comparison.seeds;
    const status = byId('seeds-status');
    const results: EnsembleResult[] = [];
    try {
      for (const [p, scenario] of this.scenarios.entries()) {
        status.textContent = `Paired seeds: policy ${p + 1} of ${this.scenarios.length}…`;
        results.push(await runEnsemble(scenario, this.dates, count, () => undefined, abort.signal));
      }
      if (abort.signal.aborted) return;
      this.ensembles = results;
      status.textContent = `${count} paired seeds ready: the shading on difference charts is the paired 90% interval of the mean difference.`;
      this.drawNow();
    } catch (err) {
      if (!abort.signal.aborted) showMessage('error', `paired seeds: ${errorText(err)}`);
    }
  }

  // ---- rendering of panels -------------------------------------------------------------------

  private renderSetup(): void {
    const c = this.comparison;
    renderPolicyEditors(c, { propose: (next) => this.propose(next), problem: (message) => showMessage('error', `${message}. The current comparison is kept.`) });
    byId<HTMLInputElement>('seed').value = String(c.seed);
    byId<HTMLInputElement>('scale').value = String(c.scale);
    byId<HTMLInputElement>('years').value = String(c.years);
    byId<HTMLInputElement>('seeds').value = String(c.seeds);
    byId<HTMLSelectElement>('lesson-select').value = c.lesson ?? '';
    const lesson = c.lesson ? findLesson(c.lesson) : undefined;
    byId('lesson-summary').textContent = lesson?.summary ?? 'A comparison built by hand: no teaching note.';
    renderTeachingNote(byId('teaching-note-body'), lesson);
  }

  private renderMaps(): void {
    const container = byId('maps');
    const cards = this.comparison.policies.map((policy, i) => {
      const canvas = el('canvas', { role: 'img', 'aria-label': `Map of a sample of people under ${policy.label}` });
      const card = el('figure', { class: 'map-card', 'data-policy': i },
        el('figcaption', {}, el('span', { class: 'policy-swatch', style: `background:${SERIES_COLOURS[i]}` }), el('kbd', {}, String(i + 1)), ` ${policy.label}`),
        canvas);
      return { card, canvas };
    });
    container.replaceChildren(...cards.map((c) => c.card));
    this.maps = cards.map((c) => new MapView(c.canvas));
    this.focusMap(null);
  }

  private focusMap(index: number | null): void {
    this.focusedMap = index !== null && index < this.comparison.policies.length && index !== this.focusedMap ? index : null;
    const container = byId('maps');
    container.dataset.focus = this.focusedMap === null ? '' : String(this.focusedMap);
    document.documentElement.classList.toggle('map-focus', this.focusedMap !== null);
    for (const card of container.querySelectorAll<HTMLElement>('.map-card')) card.classList.toggle('focused', card.dataset.policy === String(this.focusedMap));
  }

  private renderBookmarkList(): void {
    renderBookmarks(byId('bookmarks'), this.marks, this.comparison.bookmarks, {
      runTo: (at) => this.runTo(at),
      remove: (mark) => this.propose({ ...this.comparison, bookmarks: this.comparison.bookmarks.filter((b) => b !== mark) }),
    });
  }

  private addBookmark(): void {
    const at = byId<HTMLInputElement>('bookmark-at').value;
    const label = byId<HTMLInputElement>('bookmark-label').value.trim();
    if (!this.dates.includes(at)) return showMessage('error', `moment month = "${at}": expected a month of the run (${this.dates[0]} to ${this.dates[this.dates.length - 1]})`);
    if (label === '') return showMessage('error', 'moment label = "": expected 1 to 120 characters');
    this.comparison = { ...this.comparison, bookmarks: [...this.comparison.bookmarks, { at, label }] };
    this.marks = comparisonBookmarks(this.comparison, this.scenarios, this.dates);
    byId<HTMLInputElement>('bookmark-label').value = '';
    this.renderBookmarkList();
    this.charts.setMarkers(this.marks);
    this.updateLink();
  }

  // ---- exports and link ----------------------------------------------------------------------

  private renderExportButtons(): void {
    byId('export-policy-buttons').replaceChildren(...this.comparison.policies.map((policy, i) => {
      const button = el('button', { type: 'button', 'data-export-policy': i }, `CSV: ${policy.label}`);
      button.addEventListener('click', () => void this.exportPolicyCsv(i));
      return button;
    }));
  }

  private async exportPolicyCsv(index: number): Promise<void> {
    if (this.lockstep.tick === 0) return showMessage('error', 'nothing to export yet: play or step the comparison first');
    const result = await this.lockstep.client(index).result();
    const policy = this.comparison.policies[index];
    downloadText(runFileName(`p${index + 1}-${sourceName(policy.source)}`, this.comparison.seed, 'csv'), toCsv(result), 'text/csv');
  }

  private exportDifferences(): void {
    const tick = this.lockstep.tick;
    if (tick === 0) return showMessage('error', 'nothing to export yet: play or step the comparison first');
    const labels = this.comparison.policies.map((p) => p.label);
    const live = labels.map((_, p) => this.lockstep.store(p)!.series);
    const seedRuns = this.ensembles?.map((e) => e.runs) ?? null;
    downloadText(runFileName('compare-differences', this.comparison.seed, 'csv'), differenceCsv(labels, live, this.dates, tick, seedRuns), 'text/csv');
  }

  private exportPngs(): void {
    for (const [name, url] of this.charts.pngs()) downloadDataUrl(`${name}.png`, url);
  }

  private updateLink(): void {
    history.replaceState(null, '', `#${encodeComparison(this.comparison)}`);
    byId<HTMLInputElement>('share-link').value = comparisonUrl(this.comparison, location.href);
  }

  private async copyLink(): Promise<void> {
    await copyLinkFrom(byId<HTMLInputElement>('share-link'), 'Comparison link', 'these policies, levers, seed, settings and moments');
  }

  // ---- presentation --------------------------------------------------------------------------

  private setPresenting(on: boolean): void {
    const root = document.documentElement;
    if (root.classList.contains('presenting') === on) return;
    root.classList.toggle('presenting', on);
    byId('present').setAttribute('aria-pressed', String(on));
    setChartFontSize(on ? 20 : 12);
    this.charts.setStyle(on ? 5 : 2, on ? 18 : 11, !on);
    this.charts.setMarkers(this.marks);
    if (on && !document.fullscreenElement) root.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    this.drawNow();
  }

  // ---- wiring --------------------------------------------------------------------------------

  private wireControls(): void {
    byId('play').addEventListener('click', () => this.togglePlay());
    byId('step').addEventListener('click', () => this.advance(1));
    byId('step-year').addEventListener('click', () => this.advance(12));
    byId('reset').addEventListener('click', () => this.reset());
    byId('present').addEventListener('click', () => this.setPresenting(true));
    byId('speed').addEventListener('change', () => { if (this.lockstep.playing) this.lockstep.play(Number(byId<HTMLSelectElement>('speed').value)); });
    byId('lesson-select').addEventListener('change', () => this.pickLesson(byId<HTMLSelectElement>('lesson-select').value));
    for (const id of ['seed', 'scale', 'years', 'seeds'] as const) byId(id).addEventListener('change', () => this.changeSetting(id));
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
      radio.addEventListener('change', () => this.setView(radio.value as CompareView));
    }
    byId('bookmark-form').addEventListener('submit', (event) => { event.preventDefault(); this.addBookmark(); });
    byId('export-diff').addEventListener('click', () => this.exportDifferences());
    byId('export-png').addEventListener('click', () => this.exportPngs());
    byId('copy-link').addEventListener('click', () => void this.copyLink());
    document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) this.setPresenting(false); });
    installShortcuts({
      togglePlay: () => this.togglePlay(),
      step: () => this.advance(1),
      stepYear: () => this.advance(12),
      reset: () => this.reset(),
      digit: (index) => this.focusMap(index),
      keys: {
        p: () => this.setPresenting(!document.documentElement.classList.contains('presenting')),
        P: () => this.setPresenting(!document.documentElement.classList.contains('presenting')),
        Escape: () => (this.focusedMap !== null ? this.focusMap(null) : this.setPresenting(false)),
      },
    });
  }

  private pickLesson(name: string): void {
    const lesson = findLesson(name);
    if (lesson) this.start(comparisonFromLesson(lesson));
    else this.start({ ...this.comparison, lesson: null });
  }

  private changeSetting(id: 'seed' | 'scale' | 'years' | 'seeds'): void {
    const input = byId<HTMLInputElement>(id);
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(value)) {
      showMessage('error', `${id} = "${input.value}": expected a number. The current comparison is kept.`);
      this.renderSetup();
      return;
    }
    this.start({ ...this.comparison, [id]: value });
  }
}

/** The comparison from the page's link, or the default lesson with a visible message when the link is bad. */
function initialComparison(): ComparisonSetup {
  const fallback = comparisonFromLesson(findLesson(DEFAULT_LESSON)!);
  try {
    return decodeComparison(location.hash) ?? fallback;
  } catch (err) {
    showMessage('error', `${errorText(err)}. This link could not be used, so the default lesson is loaded instead.`);
    return fallback;
  }
}

applyRunSettingRanges();
new ComparePage(initialComparison());
