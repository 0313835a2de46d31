// The playback controller in Node, with workers that answer in-process after a delay: lanes move in
// lockstep, the shown month is the one every lane reached, a pause stops the workers and shows where
// they stand, play after pause resumes at every speed, and a run played as fast as possible ends done.
// No browser needed.
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/sim/library';
import { applyOverrides } from '../../src/sim/scenario';
import { Playback } from '../../src/ui/shared/playback';
import { MAX_SPEED, type WorkerReply, type WorkerRequest } from '../../src/ui/shared/protocol';
import { SimClient } from '../../src/ui/shared/simClient';

/** A stand-in for the simulation worker: counts months, answers each request after `delayMs`. */
class CountingWorker {
  private listener: ((event: { data: WorkerReply }) => void) | null = null;
  months = 0;
  tick = 0;
  readonly steps: number[] = [];
  constructor(private readonly delayMs: number) {}

  addEventListener(type: string, listener: (event: { data: WorkerReply }) => void): void {
    if (type === 'message') this.listener = listener;
  }

  postMessage(message: WorkerRequest): void {
    const replies = this.answer(message);
    setTimeout(() => replies.forEach((data) => this.listener?.({ data })), this.delayMs);
  }

  terminate(): void {
    this.listener = null;
  }

  private answer(message: WorkerRequest): WorkerReply[] {
    const progress = (from: number): WorkerReply => ({
      kind: 'progress',
      from,
      tick: this.tick,
      rows: { deaths: new Float64Array(this.tick - from).fill(1) },
      params: {},
      agents: null,
      liveAgents: 0,
      done: this.tick >= this.months,
    });
    if (message.kind === 'load') {
      this.months = message.scenario.years * 12;
      this.tick = 0;
      const dates = Array.from({ length: this.months }, (_, i) => `${2003 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
      return [{ kind: 'loaded', months: this.months, dates, params: {}, liveAgents: 0 }, progress(0)];
    }
    if (message.kind === 'step') {
      const from = this.tick;
      this.tick = Math.min(this.months, this.tick + message.months);
      this.steps.push(message.months);
      return [progress(from)];
    }
    return message.kind === 'sample' || message.kind === 'hold' ? [progress(this.tick)] : [];
  }
}

const scenario = applyOverrides(findScenario('baseline-2003')!, { years: 2 });
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A playback over workers with the given delays, loaded and ready. */
async function loadedPlayback(
  delays: number[],
  run = scenario,
): Promise<{ playback: Playback; workers: CountingWorker[]; shown: number[] }> {
  const workers: CountingWorker[] = [];
  const shown: number[] = [];
  let ready = () => undefined as void;
  const loaded = new Promise<void>((done) => {
    ready = done;
  });
  const playback = new Playback(
    {
      onLoaded: () => ready(),
      onProgress: () => shown.push(playback.tick),
      onError: (message) => {
        throw new Error(message);
      },
    },
    () => {
      const worker = new CountingWorker(delays[workers.length]);
      workers.push(worker);
      return new SimClient({}, worker as unknown as Worker);
    },
  );
  playback.load(
    delays.map(() => run),
    10,
  );
  await loaded;
  return { playback, workers, shown };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await wait(5);
  expect(condition()).toBe(true);
}

describe('playback controller', () => {
  it('advances every lane to the target and shows only months every lane has reached', async () => {
    const { playback, shown } = await loadedPlayback([1, 15]);
    playback.advance(12);
    await until(() => !playback.busy);
    expect(playback.tick).toBe(12);
    expect([playback.store(0)!.tick, playback.store(1)!.tick]).toEqual([12, 12]);
    expect(shown.every((tick, i) => i === 0 || tick >= shown[i - 1])).toBe(true);
    expect(Math.max(...shown)).toBe(12);
  });

  it('a pause holds the workers and shows the months they finished; nothing moves after', async () => {
    const { playback, workers } = await loadedPlayback([20], applyOverrides(scenario, { years: 5 }));
    playback.play(MAX_SPEED);
    await until(() => playback.tick >= 3);
    playback.pause();
    await until(() => playback.tick === workers[0].tick);
    const paused = playback.tick;
    await wait(100);
    expect(playback.tick).toBe(paused);
    expect(playback.busy).toBe(false);
    playback.advance(1);
    await until(() => playback.tick === paused + 1);
  });

  for (const pace of [MAX_SPEED, 12, 36]) {
    it(`play after pause resumes at ${pace === MAX_SPEED ? 'full speed' : `${pace} months/s`}, pause after pause`, async () => {
      const { playback } = await loadedPlayback([40], applyOverrides(scenario, { years: 20 }));
      for (let round = 0; round < 4; round++) {
        const before = playback.tick;
        playback.play(pace);
        // Past the months a worker may have run before the pause (up to 12 at full speed).
        await until(() => playback.tick >= before + 14);
        playback.pause();
        await wait(120);
      }
    });
  }

  it('played as fast as possible, asks for several months at once and ends done', async () => {
    const { playback, workers } = await loadedPlayback([2]);
    playback.play(MAX_SPEED);
    await until(() => playback.done);
    expect(playback.tick).toBe(24);
    expect(playback.playing).toBe(false);
    expect(Math.max(...workers[0].steps)).toBeGreaterThan(1);
  });

  it('plays at a pace: about `pace` months a second', async () => {
    const { playback } = await loadedPlayback([1]);
    const started = performance.now();
    playback.play(50);
    await until(() => playback.tick >= 10);
    playback.pause();
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);
  });
});
