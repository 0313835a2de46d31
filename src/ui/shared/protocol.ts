// Messages between the page and the simulation worker: one interactive run per worker, stepped a
// few months at a time by the page's playback clock, plus whole-run jobs for the many-seeds mode.
// Shared by the simulator and compare views.
import type { RunResult } from '../../sim/run';
import type { PersonView } from '../../sim/view';
import type { Scenario, TimelineEntry } from '../../sim/scenario';
import type { StoryEvent } from '../../sim/story';

/** The tracked sample in the core's view (person ids, indices into SITUATIONS and PLACES), packed
 *  into typed arrays so it crosses to the page cheaply. */
export interface PackedAgents {
  /** Person ids (pid): the same person under every policy run on the same seed. */
  id: Float64Array;
  situation: Uint8Array;
  place: Uint8Array;
  /** 1 for a person followed because they became a victim (from that month on), 0 for the sample. */
  asVictim: Uint8Array;
}

export type ParamValues = Record<string, number | boolean>;

export type WorkerRequest =
  | { kind: 'load'; scenario: Scenario; track: number }
  /** `months` months, reported once; `sample` asks for the followed people too. */
  | { kind: 'step'; months: number; sample: boolean }
  | { kind: 'sample' }
  /** Drop the months asked for but not yet run, and report where the run stands (with a sample). */
  | { kind: 'hold' }
  | { kind: 'setParam'; path: string; value: number | boolean }
  /** A followed person's story, by person id (pid). */
  | { kind: 'history'; requestId: number; id: number }
  | { kind: 'result'; requestId: number }
  | { kind: 'runWhole'; requestId: number; scenario: Scenario };

export type WorkerReply =
  | { kind: 'loaded'; months: number; dates: string[]; params: ParamValues; liveAgents: number }
  | {
      kind: 'progress';
      from: number;
      tick: number;
      rows: Record<string, Float64Array>;
      /** Lever values from the next month on (a change just made included). */
      params: ParamValues;
      /** The tracked sample, when asked for. */
      agents: PackedAgents | null;
      liveAgents: number;
      done: boolean;
    }
  | { kind: 'paramSet'; entry: TimelineEntry; params: ParamValues }
  /** `person` is null once they left the model; `followed` is false when this run does not follow them (never created, or not in its sample). */
  | {
      kind: 'history';
      requestId: number;
      person: PersonView | null;
      followed: boolean;
      events: StoryEvent[];
      /** Months the run has completed: `person` is their state then (it may be ahead of the month the page shows). */
      tick: number;
    }
  | { kind: 'result'; requestId: number; result: RunResult }
  | { kind: 'wholeRun'; requestId: number; series: Record<string, Float64Array> }
  | { kind: 'error'; requestId?: number; message: string };

/** Play speed meaning "as fast as the machine allows". */
export const MAX_SPEED = 0;
