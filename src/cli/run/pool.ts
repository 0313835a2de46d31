// The worker-thread pool (piscina) that runs batch tasks on every core; under tsx or vitest the
// TypeScript worker loads through a small shim, in the build through dist/node/worker.js.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RunReply, RunTask } from './worker';

/** A pool of simulation workers. */
export interface RunPool {
  run(task: RunTask, signal: AbortSignal): Promise<RunReply>;
  destroy(): Promise<void>;
}

/** Cores available to this process: the default worker count. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** The worker module next to this one: the shim for sources, the built worker for dist. */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return join(dirname(here), here.endsWith('.ts') ? 'workerShim.mjs' : 'worker.js');
}

/** Starts `workers` threads that each run one simulation at a time. */
export function createRunPool(workers: number): RunPool {
  const pool = new Piscina<RunTask, RunReply>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: 1,
  });
  return {
    run: (task, signal) => pool.run(task, { signal }),
    destroy: () => pool.destroy(),
  };
}
