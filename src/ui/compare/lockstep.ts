// Runs 2 to 4 policies in lockstep, one simulation worker each: the page is the clock. It asks every
// worker for one month at a time (at most WINDOW months ahead of the slowest), and shows only the
// months every policy has reached, so all charts and the strip always show the same month.
import type { Scenario } from '../../sim/scenario';
import { MAX_SPEED } from '../shared/protocol';
import { SeriesStore } from '../shared/series';
import { SimClient, type ProgressEvent } from '../shared/simClient';

/** Months a worker may run ahead of the slowest policy while playing. */
const WINDOW = 2;

export interface LockstepHandlers {
  /** Every policy has loaded: fresh stores, common dates. */
  onLoaded(dates: string[]): void;
  /** The common month advanced (or a snapshot arrived). */
  onProgress(tick: number, policy: number, event: ProgressEvent): void;
  onError(message: string): void;
}

interface Lane { client: SimClient; store: SeriesStore | null; reported: number; inFlight: number }

export class Lockstep {
  private lanes: Lane[] = [];
  private target = 0;
  private months = 0;
  private pace = 12;
  private playingSince = 0;
  private playStartTick = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly handlers: LockstepHandlers;
  playing = false;

  constructor(handlers: LockstepHandlers) {
    this.handlers = handlers;
  }

  /** Months every policy has completed. */
  get tick(): number {
    return this.lanes.length === 0 || this.lanes.some((l) => !l.store) ? 0 : Math.min(...this.lanes.map((l) => l.reported));
  }

  get done(): boolean {
    return this.months > 0 && this.tick >= this.months;
  }

  get loaded(): boolean {
    return this.lanes.length > 0 && this.lanes.every((l) => l.store !== null);
  }

  /** The series store of policy `index` (filled to at least `tick`). */
  store(index: number): SeriesStore | null {
    return this.lanes[index]?.store ?? null;
  }

  /** The worker of policy `index` (for results and exports). */
  client(index: number): SimClient {
    return this.lanes[index].client;
  }

  /** Starts fresh runs of `scenarios`, reusing workers where possible, each following `track` people. */
  load(scenarios: readonly Scenario[], track: number): void {
    this.pause();
    const generation = ++this.generation;
    while (this.lanes.length > scenarios.length) this.lanes.pop()!.client.terminate();
    while (this.lanes.length < scenarios.length) this.lanes.push({ client: new SimClient(), store: null, reported: 0, inFlight: 0 });
    this.target = 0;
    this.months = scenarios[0].years * 12;
    this.lanes.forEach((lane, i) => {
      lane.store = null;
      lane.reported = 0;
      lane.inFlight = 0;
      lane.client.handlers = {
        onLoaded: (info) => { if (generation === this.generation) this.onLaneLoaded(lane, info.dates); },
        onProgress: (event) => { if (generation === this.generation) this.onLaneProgress(lane, i, event); },
        onError: (message) => this.handlers.onError(`policy ${i + 1}: ${message}`),
      };
      lane.client.load(scenarios[i], track);
    });
  }

  /** Plays at `monthsPerSecond` (MAX_SPEED: as fast as the slowest policy allows). */
  play(monthsPerSecond: number): void {
    if (!this.loaded || this.done) return;
    this.playing = true;
    this.pace = monthsPerSecond;
    this.playingSince = performance.now();
    this.playStartTick = this.tick;
    this.clock();
  }

  /** Stops playing; months already requested from a worker still arrive, and the others catch up to them. */
  pause(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.playing) return;
    this.playing = false;
    this.target = Math.max(this.tick, ...this.lanes.map((l) => l.reported + l.inFlight));
    this.pump();
  }

  /** Whether months are still on their way to the requested target. */
  get busy(): boolean {
    return this.playing || this.tick < this.target;
  }

  /** Pauses and advances every policy by `months` (one month, a year) beyond what was already asked, up to the end. */
  advance(months: number): void {
    if (!this.loaded) return;
    this.pause();
    this.target = Math.min(this.months, Math.max(this.target, this.tick) + months);
    this.pump();
  }

  /** Pauses and advances to month index `tick` (e.g. a bookmark), if it lies ahead. */
  advanceTo(tick: number): void {
    if (!this.loaded) return;
    this.pause();
    this.target = Math.min(this.months, Math.max(this.target, tick));
    this.pump();
  }

  terminate(): void {
    this.pause();
    for (const lane of this.lanes) lane.client.terminate();
    this.lanes = [];
  }

  private clock(): void {
    this.timer = undefined;
    if (!this.playing) return;
    const due = this.pace === MAX_SPEED ? this.tick + WINDOW
      : this.playStartTick + Math.floor(((performance.now() - this.playingSince) / 1000) * this.pace);
    this.target = Math.min(this.months, Math.max(this.target, due));
    this.pump();
    if (this.tick >= this.months) {
      this.playing = false;
      return;
    }
    if (this.pace !== MAX_SPEED) this.timer = setTimeout(() => this.clock(), Math.max(4, Math.min(100, 1000 / this.pace / 2)));
  }

  private pump(): void {
    const ceiling = Math.min(this.target, this.tick + WINDOW);
    for (const lane of this.lanes) {
      while (lane.store && lane.reported + lane.inFlight < ceiling && lane.inFlight < WINDOW) {
        lane.inFlight++;
        lane.client.step();
      }
    }
  }

  private onLaneLoaded(lane: Lane, dates: string[]): void {
    lane.store = new SeriesStore(dates);
    if (this.loaded) this.handlers.onLoaded(dates);
  }

  private onLaneProgress(lane: Lane, index: number, event: ProgressEvent): void {
    if (!lane.store) return;
    lane.store.write(event.from, event.rows);
    if (event.tick > lane.reported) lane.inFlight = Math.max(0, lane.inFlight - (event.tick - lane.reported));
    lane.reported = Math.max(lane.reported, event.tick);
    if (this.playing && this.pace === MAX_SPEED) this.clock();
    else this.pump();
    if (this.loaded) this.handlers.onProgress(this.tick, index, event);
  }
}
