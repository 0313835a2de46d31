// The page's handle on a simulation worker: typed requests, callbacks for progress, and promises
// for one-off answers (a person's history, the run's result, a whole run for the many-seeds mode).
import type { RunResult } from '../../sim/run';
import type { PersonView } from '../../sim/view';
import type { Scenario, TimelineEntry } from '../../sim/scenario';
import type { StoryEvent } from '../../sim/story';
import type { PackedAgents, ParamValues, WorkerReply, WorkerRequest } from './protocol';

export interface ProgressEvent {
  from: number;
  tick: number;
  rows: Record<string, Float64Array>;
  params: ParamValues;
  agents: PackedAgents | null;
  liveAgents: number;
  done: boolean;
}

export interface SimClientHandlers {
  onLoaded?(info: { months: number; dates: string[]; params: ParamValues; liveAgents: number }): void;
  onProgress?(event: ProgressEvent): void;
  onParamSet?(entry: TimelineEntry, params: ParamValues): void;
  onError?(message: string): void;
}

type Pending = { resolve: (reply: WorkerReply) => void; reject: (err: Error) => void };

/** Starts a simulation worker (bundled by Vite, so it works from the built static site). */
export function startSimulationWorker(): Worker {
  return new Worker(new URL('../worker/simulation.worker.ts', import.meta.url), { type: 'module', name: 'frontera-simulation' });
}

export class SimClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextRequest = 1;
  handlers: SimClientHandlers;

  constructor(handlers: SimClientHandlers = {}, worker: Worker = startSimulationWorker()) {
    this.handlers = handlers;
    this.worker = worker;
    this.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.handlers.onError?.(`the simulation worker failed: ${event.message || 'unknown error'}`);
    });
  }

  private send(message: WorkerRequest): void {
    this.worker.postMessage(message);
  }

  private receive(reply: WorkerReply): void {
    if ('requestId' in reply && reply.requestId !== undefined) {
      const waiting = this.pending.get(reply.requestId);
      if (waiting) {
        this.pending.delete(reply.requestId);
        if (reply.kind === 'error') waiting.reject(new Error(reply.message));
        else waiting.resolve(reply);
        return;
      }
    }
    switch (reply.kind) {
      case 'loaded':
        return this.handlers.onLoaded?.(reply);
      case 'progress':
        return this.handlers.onProgress?.(reply);
      case 'paramSet':
        return this.handlers.onParamSet?.(reply.entry, reply.params);
      case 'error':
        return this.handlers.onError?.(reply.message);
      default:
        return undefined;
    }
  }

  private ask<K extends WorkerReply['kind']>(
    build: (requestId: number) => WorkerRequest,
    kind: K,
  ): Promise<Extract<WorkerReply, { kind: K }>> {
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, {
        resolve: (reply) =>
          reply.kind === kind ? resolve(reply as Extract<WorkerReply, { kind: K }>) : reject(new Error(`unexpected reply ${reply.kind}`)),
        reject,
      });
      this.send(build(requestId));
    });
  }

  /** Starts a new run of `scenario`, following `track` people for the map. */
  load(scenario: Scenario, track: number): void {
    this.send({ kind: 'load', scenario, track });
  }

  /** Runs `months` months and reports them once; with `sample`, the report carries the followed people too. */
  step(months: number, sample: boolean): void {
    this.send({ kind: 'step', months, sample });
  }

  /** Asks for the followed people as they are now. */
  sample(): void {
    this.send({ kind: 'sample' });
  }

  /** Drops the months asked for but not yet run; the worker reports where it stands. */
  hold(): void {
    this.send({ kind: 'hold' });
  }

  /** Changes a lever from the next month on; the worker records it on the run's timeline. */
  setParam(path: string, value: number | boolean): void {
    this.send({ kind: 'setParam', path, value });
  }

  /** A followed person's attributes (null once they left the model) and life events (also after they left), by person id;
   *  `followed` is false when this run does not follow them; `tick` is the months the run has completed. */
  async history(pid: number): Promise<{ person: PersonView | null; followed: boolean; events: StoryEvent[]; tick: number }> {
    const reply = await this.ask((requestId) => ({ kind: 'history', requestId, id: pid }), 'history');
    return { person: reply.person, followed: reply.followed, events: reply.events, tick: reply.tick };
  }

  /** The run so far: scenario as run (with mid-run changes) and series. */
  async result(): Promise<RunResult> {
    return (await this.ask((requestId) => ({ kind: 'result', requestId }), 'result')).result;
  }

  /** Runs a whole scenario in this worker and returns every metric's series. */
  async runWhole(scenario: Scenario): Promise<Record<string, Float64Array>> {
    return (await this.ask((requestId) => ({ kind: 'runWhole', requestId, scenario }), 'wholeRun')).series;
  }

  terminate(): void {
    this.worker.terminate();
    for (const waiting of this.pending.values()) waiting.reject(new Error('cancelled'));
    this.pending.clear();
  }
}
