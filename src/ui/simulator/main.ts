// The simulator page: wires the scenario picker, levers, run controls, people panel, charts, many
// seeds, exports and link to one run in one playback lane. Wiring only: the run lives in session.ts.
import '../styles.css';
import './simulator.css';
import { personName } from '../../sim/story';
import { byId, onRadioChange } from '../shared/dom';
import { setLargeText, isLargeText } from '../shared/largeText';
import { decodeLink, decodeLinkView, DEFAULT_LINK_VIEW, type LinkView } from '../shared/link';
import { LinkBar } from '../shared/linkBar';
import { clearMessage, errorText, showMessage } from '../shared/messages';
import { Playback } from '../shared/playback';
import { RedrawScheduler } from '../shared/redraw';
import { RunControls } from '../shared/runControls';
import { applyRunSettingRanges, DEFAULT_SCENARIO, setupFor, type RunSetup } from '../shared/runSetup';
import { ChartPanel, type ChartDisplay, type ViewSetting } from './chartPanel';
import { EvidenceControl } from './evidenceControl';
import { renderMechanisms, renderSources } from './explanations';
import { ManySeedsPanel } from './manySeeds';
import { Monitors } from './monitors';
import { ParamPanel } from './paramPanel';
import { PeoplePanel } from './peoplePanel';
import { ScenarioPanel } from './scenarioPanel';
import { SimulatorSession } from './session';
import { SinceYourChange } from './sinceChange';

/** The setup and view from the page's link, or the defaults with a visible message when the link is bad. */
function initialState(): { setup: RunSetup; view: LinkView } {
  const fallback = setupFor({ library: DEFAULT_SCENARIO });
  try {
    return { setup: decodeLink(location.hash) ?? fallback, view: decodeLinkView(location.hash) };
  } catch (err) {
    showMessage(
      'error',
      `${errorText(err)}. This link could not be used, so the default scenario (${DEFAULT_SCENARIO}) is loaded instead.`,
    );
    return { setup: fallback, view: DEFAULT_LINK_VIEW };
  }
}

applyRunSettingRanges();
const initial = initialState();
const charts = new ChartPanel(byId('charts'));
const evidence = new EvidenceControl(charts, initial.view.evidence, () => {
  redraw.now();
  session.showLink();
});
const levers = new ParamPanel(byId('param-groups'));
const seeds = new ManySeedsPanel();
const monitors = new Monitors(byId('monitors'));
const since = new SinceYourChange();
const link = new LinkBar('Share link', 'this run: scenario, seed, settings and lever changes');
const scenarioPanel = new ScenarioPanel({
  pick: (source) => {
    clearMessage();
    session.pickScenario(source);
  },
  changeSettings: (settings) => session.changeSettings(settings),
  fileProblem: (message) => showMessage('error', `${message}. The current scenario is unchanged.`),
});
let dates: string[] = [];

const playback = new Playback({
  onLoaded: (loadedDates, params) => {
    dates = loadedDates;
    session.loaded(params[0]);
    redraw.now();
  },
  onProgress: (_lane, event) => {
    session.progressed(event.params, event.agents !== null);
    if (event.agents) people.update(event.agents);
    people.renderCaption(event.liveAgents, session.scenario.scale);
    controls.render(dates);
    redraw.request(!playback.busy);
    if (!playback.busy) people.refresh();
    if (playback.done) void evidence.scoreFinishedRun(session.scenario, () => playback.client(0).result());
  },
  onParamSet: (_lane, entry, params) => session.paramSet(entry, params),
  onError: (message) => session.workerError(message),
});
const people = new PeoplePanel(
  (id) => playback.client(0).history(id),
  (pid) => personName(pid, session.scenario.start),
);
const redraw = new RedrawScheduler(() => {
  charts.draw(playback.store(0), seeds.result, playback.tick);
  monitors.render(playback.store(0), playback.tick);
  since.render(playback.store(0), playback.tick);
  evidence.render(session.scenario);
});
const toggleEvidence = () => evidence.toggle();
const controls = new RunControls(playback, {
  reset: () => session.reset(),
  changed: () => controls.render(dates),
  keys: { keys: { e: toggleEvidence, E: toggleEvidence } },
});
const session = new SimulatorSession(
  playback,
  {
    scenario: scenarioPanel,
    levers,
    link,
    starting: () => {
      seeds.clear('The settings changed: run many seeds again to see the spread.');
      since.clear();
      evidence.forgetRun();
      charts.display = 'run';
      controls.preparing('Preparing the run…');
    },
    markersChanged: () => charts.setMarkers(session.markers()),
    leverChanged: (entry) => since.changed(session.scenario, dates.indexOf(entry.at), dates),
    linkView: () => ({ evidence: evidence.on }),
  },
  initial.setup,
);

levers.onChange = (path, value) => session.changeLever(path, value);
since.onProgress = () => redraw.request(!playback.busy);
since.scenarioAsRun = async () => (await playback.client(0).result()).scenario;
charts.pngName = (id) => session.fileName('png', id).replace(/\.png$/, '');
onRadioChange('view', (view) => {
  charts.view = view as ViewSetting;
  charts.setMarkers(session.markers());
  redraw.now();
});
onRadioChange('display', (display) => {
  charts.display = display as ChartDisplay;
  redraw.now();
});
byId('reset-params').addEventListener('click', () => session.resetLevers());
byId('run-ensemble').addEventListener('click', () => {
  if (playback.loaded)
    void seeds.run(session.scenario, dates, () => {
      charts.display = 'ensemble';
      redraw.now();
    });
});
byId('export-csv').addEventListener('click', () => void session.exportCsv());
byId('export-json').addEventListener('click', () => void session.exportScenario());
byId('projector-mode').addEventListener('click', () => {
  const sizes = setLargeText(!isLargeText());
  byId('projector-mode').setAttribute('aria-pressed', String(isLargeText()));
  charts.setSizes(sizes);
  charts.setMarkers(session.markers());
});
renderMechanisms(byId('mechanisms'));
renderSources(byId('sources'));
session.start(session.setup);
