// The simulation worker: holds one interactive run (load, step the months the page's clock asks for,
// one month per task so a hold stops it within a month, sample the followed people, change a lever,
// answer history and export requests) and runs whole scenarios for the many-seeds mode, so the page
// never waits on the model.
import { METRIC_NAMES } from '../../sim/metrics';
import { Simulation } from '../../sim/run';
import { parseScenario, type Scenario } from '../../sim/scenario';
import type { StoryEvent } from '../../sim/story';
import { personView, PLACES, placeOf, SITUATIONS, situationOf, type PersonView } from '../../sim/view';
import { type PackedAgents, type ParamValues, type WorkerReply, type WorkerRequest } from '../shared/protocol';

const SITUATION_INDEX = new Map(SITUATIONS.map((s, i) => [s, i]));
const PLACE_INDEX = new Map(PLACES.map((p, i) => [p, i]));

let sim: Simulation | null = null;
/** Months reported to the page so far (every report carries the months since). */
let reportedTo = 0;
/** Step requests not yet done, oldest first (a hold drops them). */
let owed: { months: number; sample: boolean }[] = [];
/** Runs the next owed month in a task of its own, so requests that arrive meanwhile are read first. */
const nextMonth = new MessageChannel();
nextMonth.port1.onmessage = () => runOwedMonth();
let monthQueued = false;

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

function packAgents(run: Simulation): PackedAgents {
  const list = run.snapshot();
  const packed: PackedAgents = {
    id: new Float64Array(list.length),
    situation: new Uint8Array(list.length),
    place: new Uint8Array(list.length),
    asVictim: new Uint8Array(list.length),
  };
  list.forEach((a, i) => {
    packed.id[i] = a.pid;
    packed.asVictim[i] = a.asVictim ? 1 : 0;
    packed.situation[i] = SITUATION_INDEX.get(situationOf(a))!;
    packed.place[i] = PLACE_INDEX.get(placeOf(a))!;
  });
  return packed;
}

/** Lever values from the next month on: the current ones with the changes due next month (so a lever
 *  just changed shows its new value). */
function nextMonthParams(run: Simulation): ParamValues {
  const next = run.dates[run.tick];
  const due = run.scenarioAsRun().timeline.filter((entry) => entry.at === next);
  return Object.assign({ ...run.params }, ...due.map((entry) => entry.set)) as ParamValues;
}

/** Sends the months not yet reported, and a sample of the followed people when asked. */
function reportProgress(run: Simulation, sample: boolean): void {
  const from = reportedTo;
  reportedTo = run.tick;
  const rows: Record<string, Float64Array> = {};
  for (const name of METRIC_NAMES) rows[name] = run.series[name].slice(from, run.tick);
  const agents = sample ? packAgents(run) : null;
  reply(
    { kind: 'progress', from, tick: run.tick, rows, params: nextMonthParams(run), agents, liveAgents: run.liveAgents, done: run.done },
    [
      ...Object.values(rows).map((r) => r.buffer),
      ...(agents ? Object.values(agents).map((a: ArrayBufferView) => a.buffer as ArrayBuffer) : []),
    ],
  );
}

function load(scenario: Scenario, track: number): void {
  owed = [];
  reportedTo = 0;
  sim = new Simulation(parseScenario(scenario, 'scenario'), { trackAgents: track });
  reply({ kind: 'loaded', months: sim.months, dates: sim.dates, params: { ...sim.params }, liveAgents: sim.liveAgents });
  reportProgress(sim, true);
}

/** Owes `months` more months, reported together once done. */
function stepMonths(months: number, sample: boolean): void {
  if (!sim || sim.done) return;
  owed.push({ months, sample });
  queueMonth();
}

function queueMonth(): void {
  if (monthQueued || owed.length === 0) return;
  monthQueued = true;
  nextMonth.port2.postMessage(null);
}

function runOwedMonth(): void {
  monthQueued = false;
  const request = owed[0];
  if (!sim || !request) return;
  sim.step();
  request.months--;
  if (request.months <= 0 || sim.done) {
    owed.shift();
    reportProgress(sim, request.sample);
  }
  if (sim.done) owed = [];
  queueMonth();
}

/** Drops the months owed and reports where the run stands (the page paused, or is about to change a lever). */
function hold(): void {
  owed = [];
  if (sim) reportProgress(sim, true);
}

function setParam(path: string, value: number | boolean): void {
  if (!sim) return;
  sim.setParam(path, value);
  const timeline = sim.scenarioAsRun().timeline;
  reply({ kind: 'paramSet', entry: timeline[timeline.length - 1], params: { ...sim.params } });
}

/** A followed person's view (while in the model) and life events (also after they left it), by person id. */
function personStory(run: Simulation, pid: number): { person: PersonView | null; followed: boolean; events: StoryEvent[]; tick: number } {
  const agent = run.snapshot().find((a) => a.pid === pid);
  const events = run.historyOf(pid);
  return { person: agent ? personView(agent) : null, followed: events !== null, events: events ?? [], tick: run.tick };
}

function runWhole(requestId: number, scenario: Scenario): void {
  const run = new Simulation(parseScenario(scenario, 'scenario')).run();
  const series: Record<string, Float64Array> = {};
  for (const name of METRIC_NAMES) series[name] = run.series[name];
  reply(
    { kind: 'wholeRun', requestId, series },
    Object.values(series).map((s) => s.buffer),
  );
}

function handle(message: WorkerRequest): void {
  switch (message.kind) {
    case 'load':
      return load(message.scenario, message.track);
    case 'step':
      return stepMonths(message.months, message.sample);
    case 'sample':
      return sim ? reportProgress(sim, true) : undefined;
    case 'hold':
      return hold();
    case 'setParam':
      return setParam(message.path, message.value);
    case 'history':
      return reply({
        kind: 'history',
        requestId: message.requestId,
        ...(sim ? personStory(sim, message.id) : { person: null, followed: false, events: [], tick: 0 }),
      });
    case 'result': {
      if (!sim) throw new Error('no run loaded');
      return reply({ kind: 'result', requestId: message.requestId, result: sim.result() });
    }
    case 'runWhole':
      return runWhole(message.requestId, message.scenario);
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  try {
    handle(event.data);
  } catch (err) {
    const requestId = 'requestId' in event.data ? event.data.requestId : undefined;
    reply({ kind: 'error', requestId, message: err instanceof Error ? err.message : String(err) });
  }
});
