// Messages between the page and the simulation worker: one interactive run per worker, stepped on
// request, plus whole-run jobs for the many-seeds mode. Shared by the simulator and compare views.
import type { AgentSnapshot, RunResult } from '../../sim/run';
import type { Scenario, TimelineEntry } from '../../sim/scenario';

/** The tracked sample, packed into typed arrays so it crosses to the page cheaply. */
export interface PackedAgents {
  id: Int32Array;
  state: Uint8Array;
  origin: Uint8Array;
  corridor: Uint8Array;
  sector: Int8Array;
  form: Uint8Array;
}

export type ParamValues = Record<string, number | boolean>;

export type WorkerRequest =
  | { kind: 'load'; scenario: Scenario; track: number }
  | { kind: 'play'; monthsPerSecond: number }
  | { kind: 'pause' }
  | { kind: 'step' }
  | { kind: 'setParam'; path: string; value: number | boolean }
  | { kind: 'history'; requestId: number; id: number }
  | { kind: 'result'; requestId: number }
  | { kind: 'runWhole'; requestId: number; scenario: Scenario };

export type WorkerReply =
  | { kind: 'loaded'; months: number; dates: string[]; params: ParamValues; liveAgents: number }
  | { kind: 'progress'; from: number; tick: number; rows: Record<string, Float64Array>; params: ParamValues;
      /** The tracked sample; null while playing fast, between snapshots. */
      agents: PackedAgents | null; liveAgents: number; playing: boolean; done: boolean }
  | { kind: 'paramSet'; entry: TimelineEntry; params: ParamValues }
  | { kind: 'history'; requestId: number; agent: AgentSnapshot | null; events: { date: string; text: string }[] }
  | { kind: 'result'; requestId: number; result: RunResult }
  | { kind: 'wholeRun'; requestId: number; series: Record<string, Float64Array> }
  | { kind: 'error'; requestId?: number; message: string };

/** Play speed meaning "as fast as the machine allows". */
export const MAX_SPEED = 0;
