// Runs an experiment plan into its output directory: the shard's unfinished runs on the worker
// pool, each saved atomically as it finishes; Ctrl-C stops cleanly (finished runs kept, exit 130,
// --resume continues); a complete unsharded experiment is then assembled into its output files.
import { join } from 'node:path';
import { planRuns, runScenarioOf, runSpec, shardRuns, type ExperimentPlan, type RunSpec } from '../../sim/experiment/plan';
import { assembleOutputs, planText, prepareDir, readStoredRun, sha256, writeStoredRun, type Assembled } from './experimentDir';
import { buildManifest, gitCommit, machine, manifestText, type Execution, type ManifestStatus } from './manifest';
import { createRunPool, type RunPool } from './pool';
import { createProgress, type Progress } from './progress';
import { writeFileAtomic } from '../files';
import type { Shard } from './shard';

/** How to execute a plan. */
export interface ExecuteOptions {
  out: string;
  workers: number;
  shard?: Shard;
  resume: boolean;
  quiet: boolean;
  label: string;
  command: string;
}

/** What an execution ended with; `assembled` is set when the outputs were written. */
export interface ExecuteOutcome {
  status: ManifestStatus;
  done: number;
  total: number;
  assembled?: Assembled;
}

/** Exit code after Ctrl-C (128 + SIGINT), the shell convention. */
export const INTERRUPTED = 130;

/** Runs the tasks on the pool, a few in flight per worker, until all finish or `signal` aborts. */
async function runOnPool(
  pool: RunPool,
  plan: ExperimentPlan,
  todo: RunSpec[],
  workers: number,
  signal: AbortSignal,
  save: (spec: RunSpec, reply: Awaited<ReturnType<RunPool['run']>>) => void,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < todo.length && !signal.aborted) {
      const spec = todo[next++];
      const reply = await pool.run({ scenario: runScenarioOf(plan, spec) }, signal);
      save(spec, reply);
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers * 2, todo.length) }, lane));
}

/** Builds every arm's scenario once, so a bad design value fails before any file is written. */
function checkArms(plan: ExperimentPlan): void {
  plan.arms.forEach((_, arm) => runScenarioOf(plan, runSpec(plan, arm * plan.replicates)));
}

/** Runs what is left of the plan (or of its shard) into `opts.out` and assembles the outputs when complete. */
export async function executePlan(plan: ExperimentPlan, opts: ExecuteOptions): Promise<ExecuteOutcome> {
  const started = new Date().toISOString();
  const commit = gitCommit();
  const text = planText(plan, commit);
  const planHash = sha256(text);
  checkArms(plan);
  prepareDir(opts.out, text, opts.resume || opts.shard !== undefined);
  const mine = opts.shard ? shardRuns(plan, opts.shard.index, opts.shard.count) : planRuns(plan);
  const todo = mine.filter((spec) => readStoredRun(opts.out, plan, planHash, spec.run) === null);
  const progress = createProgress(opts.label, mine.length, mine.length - todo.length, opts.quiet);
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  process.on('SIGINT', onSigint);
  let finishedNow = 0;
  try {
    await runTodo(plan, opts, todo, stop.signal, progress, (spec, reply) => {
      writeStoredRun(opts.out, { ...spec, plan: planHash, wallMs: reply.wallMs, agentMonths: reply.agentMonths, result: reply.result });
      finishedNow++;
    });
  } finally {
    process.off('SIGINT', onSigint);
    progress.stop();
  }
  const done = mine.length - todo.length + finishedNow;
  const execution = (): Execution => ({
    command: opts.command,
    started,
    finished: new Date().toISOString(),
    workers: opts.workers,
    shard: opts.shard ? `${opts.shard.index}/${opts.shard.count}` : null,
    machine: machine(),
    runsThisSession: finishedNow,
    timings: [],
  });
  if (stop.signal.aborted || opts.shard) {
    const status: ManifestStatus = stop.signal.aborted ? 'interrupted' : 'shard';
    const name = opts.shard ? `manifest-shard-${opts.shard.index}-of-${opts.shard.count}.json` : 'manifest.json';
    writeFileAtomic(join(opts.out, name), manifestText(buildManifest(plan, planHash, commit, status, [], execution())));
    return { status, done, total: mine.length };
  }
  const assembled = assembleOutputs(
    opts.out,
    plan,
    planHash,
    mine.map(() => opts.out),
  );
  writeFileAtomic(
    join(opts.out, 'manifest.json'),
    manifestText(buildManifest(plan, planHash, commit, 'complete', assembled.files, { ...execution(), timings: assembled.timings })),
  );
  return { status: 'complete', done, total: mine.length, assembled };
}

async function runTodo(
  plan: ExperimentPlan,
  opts: ExecuteOptions,
  todo: RunSpec[],
  signal: AbortSignal,
  progress: Progress,
  save: (spec: RunSpec, reply: Awaited<ReturnType<RunPool['run']>>) => void,
): Promise<void> {
  if (todo.length === 0) return;
  const pool = createRunPool(Math.min(opts.workers, todo.length));
  try {
    await runOnPool(pool, plan, todo, opts.workers, signal, (spec, reply) => {
      save(spec, reply);
      progress.advance();
    });
  } catch (err) {
    if (!signal.aborted) throw err;
  } finally {
    await pool.destroy();
  }
}
