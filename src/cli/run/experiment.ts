// What the experiment commands share: their common options (--replicates, --workers, --out,
// --shard, --resume, --quiet), and running a plan with the result reported on stderr.
import type { Command } from 'commander';
import type { ExperimentPlan } from '../../sim/experiment/plan';
import { executePlan, INTERRUPTED, type ExecuteOutcome } from './runner';
import { defaultWorkers } from './pool';
import { parseShard } from './shard';
import type { Scenario } from '../../sim/scenario';

/** Helpers main.ts shares with the experiment commands, so options parse the same way everywhere. */
export interface SharedCli {
  addRunOptions(cmd: Command): Command;
  scenarioFromOptions(arg: string, opts: { seed?: number; years?: number; scale?: number; set?: string[] }): Scenario;
  integerOption(flag: string, min: number, max: number): (text: string) => number;
  numberOption(flag: string, min: number, max: number): (text: string) => number;
  /** Commander reducer for repeatable options. */
  collect(value: string, previous: string[]): string[];
}

/** Options every experiment command accepts. */
export interface ExperimentOptions {
  seed?: number;
  years?: number;
  scale?: number;
  set?: string[];
  workers?: number;
  out: string;
  shard?: string;
  resume?: boolean;
  quiet?: boolean;
}

/** Adds the execution options (workers, output, shard, resume, quiet) to a command. */
export function addExecutionOptions(cmd: Command, shared: SharedCli): Command {
  return cmd
    .option(
      '--workers <w>',
      `worker threads (default: all ${defaultWorkers()} cores); results are identical for any count`,
      shared.integerOption('--workers', 1, 1024),
    )
    .requiredOption('--out <dir>', 'output directory (runs.csv, summary.csv, manifest.json, runs/)')
    .option('--shard <k/N>', 'run only shard k of N (for clusters; combine with `frontera merge`)')
    .option('--resume', 'continue an interrupted experiment in --out without redoing finished runs')
    .option('--quiet', 'no progress on stderr');
}

/** Runs the plan as the options say; reports a shard or an interruption (exit 130) on stderr. */
export async function runExperiment(
  plan: ExperimentPlan,
  label: string,
  opts: ExperimentOptions,
  command: string,
): Promise<ExecuteOutcome> {
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  const outcome = await executePlan(plan, {
    out: opts.out,
    workers: opts.workers ?? defaultWorkers(),
    shard,
    resume: opts.resume ?? false,
    quiet: opts.quiet ?? false,
    label,
    command,
  });
  if (outcome.status === 'interrupted') {
    process.stderr.write(
      `${label}: interrupted; ${outcome.done} of ${outcome.total} runs are saved in ${opts.out}/runs. Run the same command with --resume to finish.\n`,
    );
    process.exit(INTERRUPTED);
  }
  if (opts.quiet) return outcome;
  if (outcome.status === 'shard') {
    process.stderr.write(
      `${label}: shard ${opts.shard} finished ${outcome.done} runs in ${opts.out}. When every shard is done: frontera merge <shard dirs...> --out <dir>\n`,
    );
  } else {
    process.stderr.write(
      `${label}: ${outcome.total} runs in ${opts.out}: ${outcome.assembled!.files.join(', ')}, manifest.json (runs/ holds each run's scenario and series)\n`,
    );
  }
  return outcome;
}
