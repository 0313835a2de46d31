// The simulation worker: holds one interactive run (load, play at a pace, pause, step, change a
// lever, answer history and export requests) and runs whole scenarios for the many-seeds mode,
// so the page never waits on the model.
import { METRIC_NAMES } from '../../sim/metrics';
import { Simulation } from '../../sim/run';
import { parseScenario, type Scenario } from '../../sim/scenario';
import { personView, PLACES, placeOf, SITUATIONS, situationOf } from '../../sim/view';
import { MAX_SPEED, type PackedAgents, type WorkerReply, type WorkerRequest } from '../shared/protocol';

/** How long one batch of months may run before the worker reports and listens again. */
const BATCH_BUDGET_MS = 40;
/** Least time between two snapshots of the tracked sample while playing (the map glides between them). */
const SNAPSHOT_INTERVAL_MS = 120;
let lastSnapshotAt = -Infinity;
const SITUATION_INDEX = new Map(SITUATIONS.map((s, i) => [s, i]));
const PLACE_INDEX = new Map(PLACES.map((p, i) => [p, i]));

let sim: Simulation | null = null;
let playing = false;
let pace = MAX_SPEED;
let paceStartedAt = 0;
let paceStartTick = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

function packAgents(run: Simulation): PackedAgents {
  const list = run.snapshot();
  const packed: PackedAgents = { id: new Int32Array(list.length), situation: new Uint8Array(list.length), place: new Uint8Array(list.length) };
  list.forEach((a, i) => {
    packed.id[i] = a.id;
    packed.situation[i] = SITUATION_INDEX.get(situationOf(a))!;
    packed.place[i] = PLACE_INDEX.get(placeOf(a))!;
  });
  return packed;
}

function reportProgress(run: Simulation, from: number): void {
  const rows: Record<string, Float64Array> = {};
  for (const name of METRIC_NAMES) rows[name] = run.series[name].slice(from, run.tick);
  const now = performance.now();
  const agents = !playing || run.done || now - lastSnapshotAt >= SNAPSHOT_INTERVAL_MS ? packAgents(run) : null;
  if (agents) lastSnapshotAt = now;
  reply({ kind: 'progress', from, tick: run.tick, rows, params: { ...run.params }, agents, liveAgents: run.liveAgents, playing, done: run.done },
    [...Object.values(rows).map((r) => r.buffer), ...(agents ? Object.values(agents).map((a: ArrayBufferView) => a.buffer as ArrayBuffer) : [])]);
}

function load(scenario: Scenario, track: number): void {
  stopPlaying();
  sim = new Simulation(parseScenario(scenario, 'scenario'), { trackAgents: track });
  reply({ kind: 'loaded', months: sim.months, dates: sim.dates, params: { ...sim.params }, liveAgents: sim.liveAgents });
  reportProgress(sim, 0);
}

function stopPlaying(): void {
  playing = false;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}

function startPlaying(monthsPerSecond: number): void {
  if (!sim || sim.done) return;
  stopPlaying();
  playing = true;
  pace = monthsPerSecond;
  paceStartedAt = performance.now();
  paceStartTick = sim.tick;
  playBatch();
}

/** Months due under the current pace (at least one per batch at full speed). */
function monthsDue(run: Simulation): number {
  if (pace === MAX_SPEED) return Infinity;
  const elapsed = (performance.now() - paceStartedAt) / 1000;
  return Math.floor(elapsed * pace) - (run.tick - paceStartTick);
}

function playBatch(): void {
  timer = undefined;
  if (!sim || !playing) return;
  const run = sim;
  const from = run.tick;
  const started = performance.now();
  let due = monthsDue(run);
  while (due > 0 && !run.done && performance.now() - started < BATCH_BUDGET_MS) {
    run.step();
    due--;
  }
  if (run.done) playing = false;
  if (run.tick > from || run.done) reportProgress(run, from);
  if (playing) timer = setTimeout(playBatch, pace === MAX_SPEED ? 0 : Math.max(4, Math.min(250, 1000 / pace / 2)));
}

function stepOnce(): void {
  if (!sim || sim.done) return;
  stopPlaying();
  const from = sim.tick;
  sim.step();
  reportProgress(sim, from);
}

function setParam(path: string, value: number | boolean): void {
  if (!sim) return;
  sim.setParam(path, value);
  const timeline = sim.scenarioAsRun().timeline;
  reply({ kind: 'paramSet', entry: timeline[timeline.length - 1], params: { ...sim.params } });
}

function runWhole(requestId: number, scenario: Scenario): void {
  const run = new Simulation(parseScenario(scenario, 'scenario')).run();
  const series: Record<string, Float64Array> = {};
  for (const name of METRIC_NAMES) series[name] = run.series[name];
  reply({ kind: 'wholeRun', requestId, series }, Object.values(series).map((s) => s.buffer));
}

function handle(message: WorkerRequest): void {
  switch (message.kind) {
    case 'load': return load(message.scenario, message.track);
    case 'play': return startPlaying(message.monthsPerSecond);
    case 'pause': {
      stopPlaying();
      if (sim) reportProgress(sim, sim.tick);
      return;
    }
    case 'step': return stepOnce();
    case 'setParam': return setParam(message.path, message.value);
    case 'history': {
      const agent = sim?.snapshot().find((a) => a.id === message.id);
      return reply({ kind: 'history', requestId: message.requestId, person: agent ? personView(agent) : null, events: sim?.history(message.id) ?? [] });
    }
    case 'result': {
      if (!sim) throw new Error('no run loaded');
      return reply({ kind: 'result', requestId: message.requestId, result: sim.result() });
    }
    case 'runWhole': return runWhole(message.requestId, message.scenario);
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
