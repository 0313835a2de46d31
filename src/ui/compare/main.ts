// The live comparison page: wires the setup panel, run controls, strip, maps, outcome cards,
// moments, paired seeds, presentation mode, exports and link to one playback lane per policy.
// Wiring only: the comparison lives in session.ts.
import '../styles.css';
import './compare.css';
import { byId, el, onRadioChange } from '../shared/dom';
import { LinkBar } from '../shared/linkBar';
import { errorText, showMessage } from '../shared/messages';
import { Playback } from '../shared/playback';
import { RedrawScheduler } from '../shared/redraw';
import { RunControls } from '../shared/runControls';
import { applyRunSettingRanges } from '../shared/runSetup';
import { runFileName } from '../shared/download';
import { SeedRunner } from '../shared/seedRunner';
import { renderBookmarks } from './bookmarks';
import { decodeComparison } from './compareLink';
import { comparisonFromLesson, type ComparisonSetup } from './comparison';
import { DEFAULT_LESSON, findLesson } from './lessons';
import { MapsPanel } from './mapsPanel';
import { OutcomeCharts } from './outcomeCharts';
import { Presentation } from './presentation';
import { SamePersonPanel } from './samePerson';
import type { CompareView } from './outcomes';
import { CompareSession } from './session';
import { SetupPanel } from './setupPanel';

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
const charts = new OutcomeCharts(byId('outcomes'), byId('moment-key'));
const maps = new MapsPanel();
const link = new LinkBar('Comparison link', 'these policies, levers, seed, settings and moments');
const setupPanel = new SetupPanel((next) => session.start(next));
const samePerson = new SamePersonPanel({
  labels: () => session.comparison.policies.map((p) => p.label),
  nameOf: (pid) => session.personName(pid),
  shownMonth: () => session.shownMonth(),
  shownTick: () => playback.tick,
  story: (policy, id) => playback.client(policy).history(id),
});
maps.nameOf = (pid) => session.personName(pid);
maps.onPick = (id) => {
  maps.select(id);
  void samePerson.show(id);
};
samePerson.onClose = () => maps.select(null);
const presentation = new Presentation(charts, () => {
  charts.setMarkers(session.marks);
  redraw.now();
});

const playback = new Playback({
  onLoaded: (dates) => {
    const at = byId<HTMLInputElement>('bookmark-at');
    [at.min, at.max] = [dates[0], dates[dates.length - 1]];
    session.loaded(dates);
    redraw.now();
  },
  onProgress: (lane, event) => {
    if (event.agents) maps.update(lane, event.agents);
    redraw.request(!playback.busy);
  },
  onError: (message) => showMessage('error', message),
});
const controls = new RunControls(playback, {
  reset: () => session.start(session.comparison),
  changed: () => redraw.now(),
  stepYear: true,
  keys: {
    digit: (index) => maps.focus(index),
    keys: { p: () => presentation.toggle(), P: () => presentation.toggle(), Escape: leave },
  },
});
/** Esc closes the person's stories, else the enlarged map, else presentation mode. */
function leave(): void {
  if (samePerson.open) samePerson.close();
  else if (maps.focused !== null) maps.focus(null);
  else presentation.set(false);
}

/** The month the resting views (list of people, open stories) were last brought up to. */
let restedAt = -1;
const redraw = new RedrawScheduler(() => {
  session.draw(playback.busy);
  maps.redraw();
  controls.render(session.dates);
  byId('moment').textContent = session.momentText();
  if (!playback.busy && playback.tick !== restedAt) {
    restedAt = playback.tick;
    maps.renderDiffering();
    void samePerson.refresh();
  }
});
const session = new CompareSession(
  playback,
  {
    charts,
    seeds: new SeedRunner('seeds'),
    accepted: (comparison) => {
      samePerson.close();
      restedAt = -1;
      setupPanel.show(comparison);
      maps.render(comparison.policies.map((p) => p.label));
      renderExportButtons(comparison);
      controls.preparing('Preparing the runs…');
      link.show(session.fragment());
    },
    marksChanged: (marks) => {
      renderBookmarks(byId('bookmarks'), marks, session.comparison.bookmarks, {
        runTo: (at) => session.runTo(at),
        remove: (mark) => session.start({ ...session.comparison, bookmarks: session.comparison.bookmarks.filter((b) => b !== mark) }),
      });
      charts.setMarkers(marks);
      link.show(session.fragment());
    },
    seedsReady: () => redraw.now(),
  },
  initialComparison(),
);

function renderExportButtons(comparison: ComparisonSetup): void {
  byId('export-policy-buttons').replaceChildren(
    ...comparison.policies.map((policy, i) => {
      const button = el('button', { type: 'button', 'data-export-policy': i }, `CSV: ${policy.label}`);
      button.addEventListener('click', () => void session.exportPolicyCsv(i));
      return button;
    }),
  );
}

charts.pngName = (id) => runFileName(`compare-${id}`, session.comparison.seed, 'png').replace(/\.png$/, '');
onRadioChange('view', (view) => {
  charts.view = view as CompareView;
  charts.setMarkers(session.marks);
  redraw.now();
});
byId('bookmark-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const label = byId<HTMLInputElement>('bookmark-label');
  if (session.addBookmark(byId<HTMLInputElement>('bookmark-at').value, label.value.trim())) label.value = '';
});
byId('export-diff').addEventListener('click', () => session.exportDifferences());
byId('export-png').addEventListener('click', () => session.exportPngs());
if (!session.start(session.comparison)) session.start(comparisonFromLesson(findLesson(DEFAULT_LESSON)!));
