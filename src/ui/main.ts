// The simulator page: wires the scenario picker, levers, run controls, map, inspector, charts,
// many-seeds mode, exports and share link to one simulation worker. Holds the run's setup and the
// series received so far; everything else lives in the modules it imports.
import './styles.css';
import { findParam } from '../sim/params';
import { resolveParams, type Scenario, type TimelineEntry } from '../sim/scenario';
import { toCsv } from '../sim/output';
import { byId, el, renderRunStatus } from './app/dom';
import { ChartPanel, type ChartDisplay } from './app/chartPanel';
import { renderMechanisms, renderSources } from './app/explanations';
import { showPerson } from './app/inspector';
import { installShortcuts } from './app/keyboard';
import { clearMessage, copyLinkFrom, errorText, showMessage } from './app/messages';
import { ParamPanel } from './app/paramPanel';
import { ScenarioPanel } from './app/scenarioPanel';
import { MapView } from './map/mapView';
import { setChartFontSize, type ChartMarker } from './shared/charts';
import { downloadText, runFileName } from './shared/download';
import { runEnsemble, type EnsembleResult } from './shared/ensemble';
import { formatCount, formatParam } from './shared/format';
import { decodeLink, encodeLink, shareUrl } from './shared/link';
import { SITUATION_COLOURS } from './shared/palette';
import { SITUATION_LABELS, SITUATIONS, type Situation } from '../sim/view';
import type { ParamValues } from './shared/protocol';
import { applyRunSettingRanges, baseScenario, buildScenario, DEFAULT_SCENARIO, setupFor, sourceName, type RunSetup, type ScenarioSource } from './shared/runSetup';
import { SeriesStore, type TimeView } from './shared/series';
import { SimClient, type ProgressEvent } from './shared/simClient';

/** People followed for the map and their stories. */
const TRACKED_PEOPLE = 2500;
const CHART_REDRAW_MS = 250;

class SimulatorPage {
  private readonly client = new SimClient();
  private readonly scenarioPanel: ScenarioPanel;
  private readonly params = new ParamPanel(byId('param-groups'));
  private readonly charts = new ChartPanel(byId('charts'));
  private readonly map = new MapView(byId<HTMLCanvasElement>('map'));
  private setup: RunSetup;
  private scenario: Scenario;
  private store: SeriesStore | null = null;
  private awaitingLoad = true;
  private playing = false;
  private done = false;
  private currentParams: ParamValues = {};
  private liveChanges: TimelineEntry[] = [];
  private ensemble: EnsembleResult | null = null;
  private ensembleAbort: AbortController | null = null;
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDraw = 0;
  private rateSamples: { at: number; tick: number }[] = [];
  private selectedPerson: number | null = null;

  constructor(setup: RunSetup) {
    this.setup = setup;
    this.scenario = buildScenario(setup);
    this.scenarioPanel = new ScenarioPanel({
      pick: (source) => this.pickScenario(source),
      changeSettings: (settings) => this.changeSettings(settings),
      fileProblem: (message) => showMessage('error', `${message}. The current scenario is unchanged.`),
    });
    this.client.handlers = {
      onLoaded: (info) => this.onLoaded(info.dates, info.params),
      onProgress: (event) => this.onProgress(event),
      onParamSet: (entry, params) => this.onParamSet(entry, params),
      onError: (message) => this.onWorkerError(message),
    };
    this.params.onChange = (path, value) => this.changeLever(path, value);
    this.charts.pngName = (id) => runFileName(sourceName(this.setup.source), this.setup.seed, 'png', id).replace(/\.png$/, '');
    this.map.onPick = (id) => void this.inspect(id);
    this.wireControls();
    renderMechanisms(byId('mechanisms'));
    renderSources(byId('sources'));
    this.renderLegend();
    this.renderShowSomeone();
    this.start(setup);
  }

  // ---- run lifecycle -------------------------------------------------------------------------

  /** Starts a fresh run of a setup; on invalid input reports it and keeps the current run. */
  private start(setup: RunSetup): boolean {
    let scenario: Scenario;
    try {
      scenario = buildScenario(setup);
    } catch (err) {
      showMessage('error', `${errorText(err)}. The previous settings are kept.`);
      this.scenarioPanel.show(this.setup, this.scenario);
      return false;
    }
    this.setup = setup;
    this.scenario = scenario;
    this.awaitingLoad = true;
    this.playing = false;
    this.done = false;
    this.liveChanges = [];
    this.clearEnsemble('The settings changed: run many seeds again to see the spread.');
    this.scenarioPanel.show(setup, scenario);
    renderRunStatus('Preparing the run…', 0, scenario.years * 12);
    this.updatePlayButton();
    this.client.load(scenario, TRACKED_PEOPLE);
    this.updateLink();
    return true;
  }

  private onLoaded(dates: string[], params: ParamValues): void {
    this.awaitingLoad = false;
    this.store = new SeriesStore(dates);
    this.currentParams = params;
    this.params.reset(params, this.scenarioStartParams());
    this.updateMarkers();
    this.drawChartsNow();
  }

  private onProgress(event: ProgressEvent): void {
    if (this.awaitingLoad || !this.store) return;
    this.store.write(event.from, event.rows);
    this.playing = event.playing;
    this.done = event.done;
    this.currentParams = event.params;
    if (event.agents) {
      this.map.update(event.agents);
      this.renderLegend();
      this.params.setValues(event.params, this.scenarioStartParams());
    }
    this.noteRate(event.tick);
    this.showRunStatus(event.liveAgents);
    this.updatePlayButton();
    if (event.playing) this.scheduleChartDraw();
    else this.drawChartsNow();
    if (this.selectedPerson !== null && !event.playing) void this.inspect(this.selectedPerson);
  }

  private onParamSet(entry: TimelineEntry, params: ParamValues): void {
    if (this.awaitingLoad) return;
    this.liveChanges.push(entry);
    this.setup = { ...this.setup, changes: [...this.setup.changes, entry] };
    this.currentParams = { ...params, ...entry.set } as ParamValues;
    this.params.setValues(this.currentParams, this.scenarioStartParams());
    this.updateMarkers();
    this.updateLink();
    const [path, value] = Object.entries(entry.set)[0];
    showMessage('notice', `${findParam(path)?.label ?? path} set to ${formatParam(value as number | boolean)} from ${entry.at}; recorded on the run's timeline.`);
  }

  private onWorkerError(message: string): void {
    showMessage('error', message);
    this.params.setValues(this.currentParams, this.scenarioStartParams());
  }

  private togglePlay(): void {
    if (this.awaitingLoad || this.done) return;
    if (this.playing) this.client.pause();
    else this.client.play(Number(byId<HTMLSelectElement>('speed').value));
    this.playing = !this.playing;
    this.rateSamples = [];
    this.updatePlayButton();
  }

  private stepOnce(): void {
    if (this.awaitingLoad || this.done) return;
    this.playing = false;
    this.client.step();
    this.updatePlayButton();
  }

  private reset(): void {
    const cleared = this.setup.changes.length;
    if (this.start({ ...this.setup, changes: [] }) && cleared) showMessage('notice', `Reset to the start; ${cleared} mid-run lever change(s) cleared.`);
  }

  // ---- levers, scenarios, settings -----------------------------------------------------------

  private changeLever(path: string, value: number | boolean): void {
    const started = this.store !== null && this.store.tick > 0;
    if (!started) {
      const set = { ...this.setup.set, [path]: value };
      const startValues: Readonly<Record<string, number | boolean>> = resolveParams(baseScenario(this.setup.source));
      if (startValues[path] === value) delete set[path];
      this.start({ ...this.setup, set });
    } else if (this.done) {
      showMessage('error', `${path} = ${formatParam(value)}: the run has finished; press Reset to start again, then change the lever`);
      this.params.setValues(this.currentParams, this.scenarioStartParams());
    } else {
      this.client.setParam(path, value);
    }
  }

  private resetLevers(): void {
    this.start({ ...this.setup, set: {}, changes: [] });
  }

  private pickScenario(source: ScenarioSource): void {
    clearMessage();
    const next = setupFor(source, this.setup.scale);
    if (this.start(next) && 'file' in source && source.file.scale !== next.scale) {
      showMessage('notice', `Loaded ${source.file.name}. It runs at scale ${next.scale} here (the file says ${source.file.scale}); change the scale in Run settings.`);
    }
  }

  private changeSettings(settings: { seed: number; scale: number; years: number }): void {
    this.start({ ...this.setup, ...settings, changes: [] });
  }

  /** Parameter values at the start of the scenario as chosen (before any lever change). */
  private scenarioStartParams(): ParamValues {
    return resolveParams(baseScenario(this.setup.source));
  }

  // ---- charts --------------------------------------------------------------------------------

  private scheduleChartDraw(): void {
    if (this.drawTimer !== undefined) return;
    const wait = Math.max(0, CHART_REDRAW_MS - (performance.now() - this.lastDraw));
    this.drawTimer = setTimeout(() => this.drawChartsNow(), wait);
  }

  private drawChartsNow(): void {
    if (this.drawTimer !== undefined) clearTimeout(this.drawTimer);
    this.drawTimer = undefined;
    this.lastDraw = performance.now();
    this.charts.draw(this.store, this.ensemble);
  }

  private updateMarkers(): void {
    const fromScenario = this.scenario.timeline.map((e) => ({ at: e.at, label: e.note ?? describeChange(e) }));
    const fromUser = this.liveChanges.map((e) => ({ at: e.at, label: `You: ${describeChange(e)}` }));
    const markers: ChartMarker[] = [...fromScenario, ...fromUser];
    this.charts.setMarkers(markers);
  }

  private setView(view: TimeView): void {
    this.charts.view = view;
    this.updateMarkers();
    this.drawChartsNow();
  }

  private setDisplay(display: ChartDisplay): void {
    this.charts.display = display;
    this.drawChartsNow();
  }

  // ---- many seeds ----------------------------------------------------------------------------

  private async runManySeeds(): Promise<void> {
    const count = Number(byId<HTMLInputElement>('ensemble-count').value);
    if (!Number.isInteger(count) || count < 2 || count > 200) {
      showMessage('error', `seeds = ${byId<HTMLInputElement>('ensemble-count').value}: expected a whole number from 2 to 200`);
      return;
    }
    if (!this.store) return;
    this.ensembleAbort?.abort();
    const abort = new AbortController();
    this.ensembleAbort = abort;
    const status = byId('ensemble-status');
    byId('cancel-ensemble').hidden = false;
    status.textContent = `Running ${count} seeds… 0 done`;
    try {
      const result = await runEnsemble(buildScenario(this.setup), this.store.dates, count, (n) => { status.textContent = `Running ${count} seeds… ${n} done`; }, abort.signal);
      if (abort.signal.aborted) return;
      this.ensemble = result;
      status.textContent = `${count} seeds done: lines show the mean, shading the 5th–95th percentile.`;
      byId<HTMLInputElement>('display-ensemble').disabled = false;
      byId<HTMLInputElement>('display-ensemble').checked = true;
      this.setDisplay('ensemble');
    } catch (err) {
      if (!abort.signal.aborted) showMessage('error', `many seeds: ${errorText(err)}`);
    } finally {
      if (this.ensembleAbort === abort) {
        this.ensembleAbort = null;
        byId('cancel-ensemble').hidden = true;
      }
    }
  }

  private clearEnsemble(reason: string): void {
    const had = this.ensemble !== null || this.ensembleAbort !== null;
    this.ensembleAbort?.abort();
    this.ensemble = null;
    byId<HTMLInputElement>('display-ensemble').disabled = true;
    document.querySelector<HTMLInputElement>('input[name="display"][value="run"]')!.checked = true;
    this.charts.display = 'run';
    if (had) byId('ensemble-status').textContent = reason;
  }

  // ---- exports and link ----------------------------------------------------------------------

  private async exportCsv(): Promise<void> {
    if (!this.store || this.store.tick === 0) return showMessage('error', 'nothing to export yet: play or step the run first');
    const result = await this.client.result();
    downloadText(runFileName(sourceName(this.setup.source), this.setup.seed, 'csv'), toCsv(result), 'text/csv');
  }

  private async exportScenario(): Promise<void> {
    if (this.awaitingLoad) return;
    const result = await this.client.result();
    downloadText(runFileName(sourceName(this.setup.source), this.setup.seed, 'json', 'as-run'), `${JSON.stringify(result.scenario, null, 2)}\n`, 'application/json');
  }

  private updateLink(): void {
    history.replaceState(null, '', `#${encodeLink(this.setup)}`);
    byId<HTMLInputElement>('share-link').value = shareUrl(this.setup, location.href);
  }

  private async copyLink(): Promise<void> {
    await copyLinkFrom(byId<HTMLInputElement>('share-link'), 'Share link', 'this run: scenario, seed, settings and lever changes');
  }

  // ---- map and inspector ---------------------------------------------------------------------

  private async inspect(id: number | null): Promise<void> {
    this.selectedPerson = id;
    this.map.select(id);
    const person = byId('person');
    if (id === null) return;
    const { person: view, events } = await this.client.history(id);
    if (this.selectedPerson === id) showPerson(person, id, view, events);
  }

  private renderLegend(): void {
    const counts = this.map.situationCounts();
    byId('map-legend').replaceChildren(...SITUATIONS.map((s) => el('li', {},
      el('span', { class: 'swatch', style: `background:${SITUATION_COLOURS[s]}` }), `${SITUATION_LABELS[s]} (${formatCount(counts[s])})`)));
  }

  private renderShowSomeone(): void {
    const choices: [string, readonly Situation[]][] = [['in forced labour', ['labour']], ['in sexual exploitation', ['sexual']],
      ['held for ransom', ['ransom']], ['on the way', ['onTheWay']], ['protected', ['protected']], ['anyone', SITUATIONS]];
    byId('show-someone').replaceChildren(...choices.map(([label, situations]) => {
      const button = el('button', { type: 'button', class: 'small' }, label);
      button.addEventListener('click', () => this.showSomeone(label, situations));
      return button;
    }));
  }

  private showSomeone(label: string, situations: readonly Situation[]): void {
    const ids = this.map.idsIn(situations);
    if (ids.length === 0) {
      byId('person').replaceChildren(el('p', { class: 'muted' }, `Nobody in the sample is ${label} right now. Play on, or try another group.`));
      return;
    }
    void this.inspect(ids[Math.floor(Math.random() * ids.length)]);
  }

  // ---- status and controls -------------------------------------------------------------------

  private noteRate(tick: number): void {
    const now = performance.now();
    this.rateSamples.push({ at: now, tick });
    while (this.rateSamples.length > 2 && now - this.rateSamples[0].at > 3000) this.rateSamples.shift();
    const first = this.rateSamples[0];
    const rate = now - first.at > 500 ? ((tick - first.tick) * 1000) / (now - first.at) : 0;
    const rateEl = byId('rate');
    rateEl.dataset.monthsPerSecond = rate.toFixed(2);
    rateEl.textContent = this.playing && rate > 0 ? `${rate.toFixed(1)} months/s` : '';
  }

  private showRunStatus(liveAgents: number): void {
    const store = this.store!;
    const date = store.tick > 0 ? store.dates[store.tick - 1] : `before ${store.dates[0]}`;
    const finished = store.tick >= store.dates.length ? ' · finished' : '';
    renderRunStatus(`${date} · month ${store.tick} of ${store.dates.length}${finished}`, store.tick, store.dates.length);
    byId('population').textContent = `${formatCount(liveAgents)} simulated people, each standing for ${formatCount(this.scenario.scale)} real people`;
    byId('map-caption').textContent = `Dots: ${formatCount(this.map.size)} people followed out of ${formatCount(liveAgents)} simulated. A dot is one followed person, not a count.`;
  }

  private updatePlayButton(): void {
    const play = byId<HTMLButtonElement>('play');
    play.textContent = this.playing ? 'Pause' : this.done ? 'Finished' : 'Play';
    play.disabled = this.done;
    play.setAttribute('aria-pressed', String(this.playing));
    byId<HTMLButtonElement>('step').disabled = this.done;
  }

  private wireControls(): void {
    byId('play').addEventListener('click', () => this.togglePlay());
    byId('step').addEventListener('click', () => this.stepOnce());
    byId('reset').addEventListener('click', () => this.reset());
    byId('speed').addEventListener('change', () => {
      if (this.playing) this.client.play(Number(byId<HTMLSelectElement>('speed').value));
      this.rateSamples = [];
    });
    byId('reset-params').addEventListener('click', () => this.resetLevers());
    byId('run-ensemble').addEventListener('click', () => void this.runManySeeds());
    byId('cancel-ensemble').addEventListener('click', () => {
      this.ensembleAbort?.abort();
      byId('ensemble-status').textContent = 'Cancelled.';
    });
    byId('export-csv').addEventListener('click', () => void this.exportCsv());
    byId('export-json').addEventListener('click', () => void this.exportScenario());
    byId('copy-link').addEventListener('click', () => void this.copyLink());
    byId('projector-mode').addEventListener('click', () => this.toggleLargeText());
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="view"]')) {
      radio.addEventListener('change', () => this.setView(radio.value as TimeView));
    }
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="display"]')) {
      radio.addEventListener('change', () => this.setDisplay(radio.value as ChartDisplay));
    }
    installShortcuts({ togglePlay: () => this.togglePlay(), step: () => this.stepOnce(), reset: () => this.reset() });
  }

  private toggleLargeText(): void {
    const large = document.documentElement.classList.toggle('large');
    byId('projector-mode').setAttribute('aria-pressed', String(large));
    setChartFontSize(large ? 16 : 12);
    this.charts.refreshFonts();
  }
}

/** "Border patrol agents = 18,500" for a timeline entry. */
function describeChange(entry: TimelineEntry): string {
  return Object.entries(entry.set).map(([path, value]) => `${findParam(path)?.label ?? path} = ${formatParam(value as number | boolean)}`).join(', ');
}

/** The setup from the page's link, or the default with a visible message when the link is bad. */
function initialSetup(): RunSetup {
  const fallback = setupFor({ library: DEFAULT_SCENARIO });
  try {
    return decodeLink(location.hash) ?? fallback;
  } catch (err) {
    showMessage('error', `${errorText(err)}. This link could not be used, so the default scenario (${DEFAULT_SCENARIO}) is loaded instead.`);
    return fallback;
  }
}

applyRunSettingRanges();
new SimulatorPage(initialSetup());
