// The one playback controller of both pages: one run per lane, each in its own simulation worker
// (the simulator has one lane, the comparison one per policy), and the only clock. It asks every
// worker for the months due, at most a window ahead of the slowest lane, and reports the month
// every lane has reached, so all views show the same month. A pause stops every worker within a month.
import type { Scenario, TimelineEntry } from '../../sim/scenario';
import { MAX_SPEED, type ParamValues } from './protocol';
import { SeriesStore } from './series';
import { SimClient, type ProgressEvent } from './simClient';

/** Months a worker may run ahead of the slowest lane. */
const WINDOW = 2;
/** As fast as possible, months asked for at once across all lanes, so a worker does not wait while
 *  the page draws; a pause lets at most these arrive (one lane: 12 months, four lanes: 3 each). */
const FAST_MONTHS_IN_FLIGHT = 12;
/** Least time between two samples of the followed people while playing (the map glides between them). */
const SAMPLE_INTERVAL_MS = 120;

/** How often the clock looks at the time: twice a month at `pace`, within 4 to 100 ms. */
function clockInterval(pace: number): number {
  return Math.max(4, Math.min(100, 1000 / pace / 2));
}

export interface PlaybackHandlers {
  /** Every lane has loaded: fresh stores, common dates, each lane's starting lever values. */
  onLoaded(dates: string[], params: ParamValues[]): void;
  /** A lane reported months (or a sample of its people); `tick` is the month every lane has reached. */
  onProgress(lane: number, event: ProgressEvent): void;
  /** A lever change was recorded on a lane's timeline. */
  onParamSet?(lane: number, entry: TimelineEntry, params: ParamValues): void;
  onError(message: string): void;
}

interface Lane {
  client: SimClient;
  store: SeriesStore | null;
  reported: number;
  inFlight: number;
  lastSampleAt: number;
}

export class Playback {
  private lanes: Lane[] = [];
  private target = 0;
  private total = 0;
  private pace = 12;
  private playingSince = 0;
  private playStartTick = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly handlers: PlaybackHandlers;
  private readonly newClient: () => SimClient;
  playing = false;

  /** `newClient` starts a lane's worker (tests pass one that answers in-process). */
  constructor(handlers: PlaybackHandlers, newClient: () => SimClient = () => new SimClient()) {
    this.handlers = handlers;
    this.newClient = newClient;
  }

  /** The month shown: every lane has completed it, and it is not past the target (a worker may have
   *  run ahead by the months asked for before a pause; they are shown when the run advances). */
  get tick(): number {
    return this.loaded ? Math.min(this.target, ...this.lanes.map((l) => l.reported)) : 0;
  }

  /** Months in the run. */
  get months(): number {
    return this.total;
  }

  get loaded(): boolean {
    return this.lanes.length > 0 && this.lanes.every((l) => l.store !== null);
  }

  get done(): boolean {
    return this.loaded && this.tick >= this.total;
  }

  /** Whether months are still on their way (playing, or stepping towards a target). */
  get busy(): boolean {
    return this.playing || this.tick < this.target;
  }

  /** Lane `index`'s series (filled to at least `tick`), once loaded. */
  store(index: number): SeriesStore | null {
    return this.lanes[index]?.store ?? null;
  }

  /** Lane `index`'s worker (for lever changes, histories, results and exports). */
  client(index: number): SimClient {
    return this.lanes[index].client;
  }

  /** Starts fresh runs of `scenarios` (one lane each), reusing workers, each following `track` people. */
  load(scenarios: readonly Scenario[], track: number): void {
    this.pause();
    const generation = ++this.generation;
    while (this.lanes.length > scenarios.length) this.lanes.pop()!.client.terminate();
    while (this.lanes.length < scenarios.length)
      this.lanes.push({ client: this.newClient(), store: null, reported: 0, inFlight: 0, lastSampleAt: 0 });
    this.target = 0;
    this.total = scenarios[0].years * 12;
    const params: ParamValues[] = [];
    const named = (i: number, message: string) => (scenarios.length > 1 ? `policy ${i + 1}: ${message}` : message);
    this.lanes.forEach((lane, i) => {
      Object.assign(lane, { store: null, reported: 0, inFlight: 0, lastSampleAt: 0 });
      const current = () => generation === this.generation;
      lane.client.handlers = {
        onLoaded: (info) => {
          params[i] = info.params;
          if (current()) this.onLaneLoaded(lane, info.dates, params);
        },
        onProgress: (event) => {
          if (current()) this.onLaneProgress(lane, i, event);
        },
        onParamSet: (entry, values) => {
          if (current()) this.handlers.onParamSet?.(i, entry, values);
        },
        onError: (message) => this.handlers.onError(named(i, message)),
      };
      lane.client.load(scenarios[i], track);
    });
  }

  /** Plays at `monthsPerSecond` (MAX_SPEED: as fast as the slowest lane allows). */
  play(monthsPerSecond: number): void {
    if (!this.loaded || this.done) return;
    this.playing = true;
    this.pace = monthsPerSecond;
    this.playingSince = performance.now();
    this.playStartTick = this.tick;
    this.clock();
  }

  /** Changes the pace; while playing, the new pace counts from now. */
  setPace(monthsPerSecond: number): void {
    if (this.playing) this.play(monthsPerSecond);
    else this.pace = monthsPerSecond;
  }

  /** Stops playing: each worker drops the months asked for but not yet run and reports where it
   *  stands (with a sample of the people); the months it finished are shown, so a lever changed now
   *  takes effect the month after the one shown. */
  pause(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.playing) return;
    this.target = this.tick;
    this.playing = false;
    for (const lane of this.lanes) if (lane.store) this.hold(lane);
  }

  /** Changes a lever of lane `index` from the month after the one its worker has run: the worker
   *  first drops the months it was asked for, so while playing the change lands within a month of
   *  the one shown (playing goes on when the worker reports). */
  setParam(index: number, path: string, value: number | boolean): void {
    const lane = this.lanes[index];
    if (!lane?.store) return;
    this.hold(lane);
    lane.client.setParam(path, value);
  }

  private hold(lane: Lane): void {
    lane.inFlight = 0;
    lane.client.hold();
  }

  /** Pauses and advances every lane by `months` beyond what was already asked, up to the end. */
  advance(months: number): void {
    if (!this.loaded) return;
    this.pause();
    this.target = Math.min(this.total, Math.max(this.target, this.tick) + months);
    this.pump();
  }

  /** Pauses and advances to month `tick` (e.g. a bookmark), if it lies ahead. */
  advanceTo(tick: number): void {
    if (!this.loaded) return;
    this.pause();
    this.target = Math.min(this.total, Math.max(this.target, tick));
    this.pump();
  }

  private get window(): number {
    return this.playing && this.pace === MAX_SPEED ? Math.max(WINDOW, Math.floor(FAST_MONTHS_IN_FLIGHT / this.lanes.length)) : WINDOW;
  }

  private clock(): void {
    this.timer = undefined;
    if (!this.playing) return;
    // As fast as possible, the window counts from the slowest lane's months, which a pause may have
    // left ahead of the target (counting from the target then asked for nothing, and the run froze).
    const due =
      this.pace === MAX_SPEED
        ? this.slowest() + this.window
        : this.playStartTick + Math.floor(((performance.now() - this.playingSince) / 1000) * this.pace);
    this.target = Math.min(this.total, Math.max(this.target, due));
    this.pump();
    if (this.tick >= this.total) {
      this.playing = false;
      return;
    }
    if (this.pace !== MAX_SPEED) this.timer = setTimeout(() => this.clock(), clockInterval(this.pace));
  }

  /** Asks each lane for the months it still owes within the window, in requests of half the window
   *  (so one is always queued while the other runs). */
  private pump(): void {
    const window = this.window;
    const ceiling = Math.min(this.target, this.tick + window);
    const chunk = Math.max(1, Math.floor(window / 2));
    const now = performance.now();
    for (const lane of this.lanes) {
      while (lane.store && lane.reported + lane.inFlight < ceiling && lane.inFlight < window) {
        const months = Math.min(chunk, ceiling - lane.reported - lane.inFlight, window - lane.inFlight);
        lane.inFlight += months;
        const last = lane.reported + lane.inFlight;
        const sample = last >= this.total || (!this.playing && last === this.target) || now - lane.lastSampleAt >= SAMPLE_INTERVAL_MS;
        if (sample) lane.lastSampleAt = now;
        lane.client.step(months, sample);
      }
    }
  }

  /** The months the slowest lane has reported. */
  private slowest(): number {
    return Math.min(...this.lanes.map((l) => l.reported));
  }

  private onLaneLoaded(lane: Lane, dates: string[], params: ParamValues[]): void {
    lane.store = new SeriesStore(dates);
    if (this.loaded) this.handlers.onLoaded(dates, params);
  }

  private onLaneProgress(lane: Lane, index: number, event: ProgressEvent): void {
    if (!lane.store) return;
    lane.store.write(event.from, event.rows);
    if (event.tick > lane.reported) lane.inFlight = Math.max(0, lane.inFlight - (event.tick - lane.reported));
    lane.reported = Math.max(lane.reported, event.tick);
    // Paused, months a worker finished before it stopped are shown (it never runs ahead unseen).
    if (!this.playing) this.target = Math.max(this.target, Math.min(this.total, this.slowest()));
    if (this.done) this.pause();
    else if (this.playing && this.pace === MAX_SPEED) this.clock();
    else this.pump();
    if (this.loaded) this.handlers.onProgress(index, event);
  }
}
