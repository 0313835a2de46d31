// The simulator's run: its setup (scenario, settings, levers, changes made while it ran), the one
// playback lane it plays in, and what follows from them: lever changes, markers, exports and the link.
import { findParam } from '../../sim/params';
import { resolveParams, type Scenario, type TimelineEntry } from '../../sim/scenario';
import { toCsv } from '../../sim/output';
import type { ChartMarker } from '../shared/charts';
import { downloadText, runFileName } from '../shared/download';
import { formatParam } from '../../presentation/format';
import { encodeLink, type LinkView } from '../shared/link';
import type { LinkBar } from '../shared/linkBar';
import { errorText, showMessage } from '../shared/messages';
import type { Playback } from '../shared/playback';
import type { ParamValues } from '../shared/protocol';
import { baseScenario, buildScenario, setupFor, sourceName, type RunSetup, type ScenarioSource } from '../shared/runSetup';
import type { ParamPanel } from './paramPanel';
import type { ScenarioPanel } from './scenarioPanel';

/** People followed for the map and their stories. */
const TRACKED_PEOPLE = 2500;

/** What the session shows its state in. */
export interface SessionViews {
  scenario: ScenarioPanel;
  levers: ParamPanel;
  link: LinkBar;
  /** A fresh run starts (reset views, drop the many-seeds result). */
  starting(scenario: Scenario): void;
  /** The markers on the charts changed. */
  markersChanged(): void;
  /** A lever change was recorded on the run's timeline (mid-run). */
  leverChanged(entry: TimelineEntry): void;
  /** How the page shows the run now (carried in the link). */
  linkView(): LinkView;
}

export class SimulatorSession {
  private readonly playback: Playback;
  private readonly views: SessionViews;
  setup: RunSetup;
  scenario: Scenario;
  private liveChanges: TimelineEntry[] = [];
  private currentParams: ParamValues = {};

  constructor(playback: Playback, views: SessionViews, setup: RunSetup) {
    this.playback = playback;
    this.views = views;
    this.setup = setup;
    this.scenario = buildScenario(setup);
  }

  /** Starts a fresh run of a setup; on invalid input reports it and keeps the current run. */
  start(setup: RunSetup): boolean {
    let scenario: Scenario;
    try {
      scenario = buildScenario(setup);
    } catch (err) {
      showMessage('error', `${errorText(err)}. The previous settings are kept.`);
      this.views.scenario.show(this.setup, this.scenario);
      return false;
    }
    this.setup = setup;
    this.scenario = scenario;
    this.liveChanges = [];
    this.views.scenario.show(setup, scenario);
    this.views.starting(scenario);
    this.playback.load([scenario], TRACKED_PEOPLE);
    this.showLink();
    return true;
  }

  /** Puts the current setup and view in the page's link. */
  showLink(): void {
    this.views.link.show(encodeLink(this.setup, this.views.linkView()));
  }

  reset(): void {
    const cleared = this.setup.changes.length;
    if (this.start({ ...this.setup, changes: [] }) && cleared)
      showMessage('notice', `Reset to the start; ${cleared} mid-run lever change(s) cleared.`);
  }

  /** The run loaded with these lever values. */
  loaded(params: ParamValues): void {
    this.currentParams = params;
    this.views.levers.reset(params, this.startParams());
    this.views.markersChanged();
  }

  /** The run reported months with these lever values. */
  progressed(params: ParamValues, sampled: boolean): void {
    this.currentParams = params;
    if (sampled) this.views.levers.setValues(params, this.startParams());
  }

  /** The worker recorded a lever change on the run's timeline. */
  paramSet(entry: TimelineEntry, params: ParamValues): void {
    this.liveChanges.push(entry);
    this.setup = { ...this.setup, changes: [...this.setup.changes, entry] };
    this.currentParams = { ...params, ...entry.set } as ParamValues;
    this.views.levers.setValues(this.currentParams, this.startParams());
    this.views.markersChanged();
    this.views.leverChanged(entry);
    this.showLink();
    const [path, value] = Object.entries(entry.set)[0];
    showMessage(
      'notice',
      `${findParam(path)?.label ?? path} set to ${formatParam(value as number | boolean)} from ${entry.at}; recorded on the run's timeline.`,
    );
  }

  workerError(message: string): void {
    showMessage('error', message);
    this.views.levers.setValues(this.currentParams, this.startParams());
  }

  /** Before the run starts a lever sets the starting value; during it, a change from the next month. */
  changeLever(path: string, value: number | boolean): void {
    if (this.playback.tick === 0) {
      const set = { ...this.setup.set, [path]: value };
      if (this.startParams()[path] === value) delete set[path];
      this.start({ ...this.setup, set });
    } else if (this.playback.done) {
      showMessage('error', `${path} = ${formatParam(value)}: the run has finished; press Reset to start again, then change the lever`);
      this.views.levers.setValues(this.currentParams, this.startParams());
    } else {
      this.playback.setParam(0, path, value);
    }
  }

  resetLevers(): void {
    this.start({ ...this.setup, set: {}, changes: [] });
  }

  pickScenario(source: ScenarioSource): void {
    const next = setupFor(source, this.setup.scale);
    if (this.start(next) && 'file' in source && source.file.scale !== next.scale) {
      showMessage(
        'notice',
        `Loaded ${source.file.name}. It runs at scale ${next.scale} here (the file says ${source.file.scale}); change the scale in Run settings.`,
      );
    }
  }

  changeSettings(settings: { seed: number; scale: number; years: number }): void {
    this.start({ ...this.setup, ...settings, changes: [] });
  }

  /** The scenario's notes and the changes made during this run, for the charts. */
  markers(): ChartMarker[] {
    const fromScenario = this.scenario.timeline.map((e) => ({ at: e.at, label: e.note ?? describeChange(e) }));
    const fromUser = this.liveChanges.map((e) => ({ at: e.at, label: `You: ${describeChange(e)}` }));
    return [...fromScenario, ...fromUser];
  }

  /** The file name (without extension) of this run's export `suffix`. */
  fileName(extension: string, suffix?: string): string {
    return runFileName(sourceName(this.setup.source), this.setup.seed, extension, suffix);
  }

  async exportCsv(): Promise<void> {
    if (this.playback.tick === 0) return showMessage('error', 'nothing to export yet: play or step the run first');
    downloadText(this.fileName('csv'), toCsv(await this.playback.client(0).result()), 'text/csv');
  }

  async exportScenario(): Promise<void> {
    if (!this.playback.loaded) return;
    const result = await this.playback.client(0).result();
    downloadText(this.fileName('json', 'as-run'), `${JSON.stringify(result.scenario, null, 2)}\n`, 'application/json');
  }

  /** Lever values at the start of the scenario as chosen (before any lever change). */
  private startParams(): ParamValues {
    return resolveParams(baseScenario(this.setup.source));
  }
}

/** "Border patrol agents = 18,500" for a timeline entry. */
function describeChange(entry: TimelineEntry): string {
  return Object.entries(entry.set)
    .map(([path, value]) => `${findParam(path)?.label ?? path} = ${formatParam(value as number | boolean)}`)
    .join(', ');
}
