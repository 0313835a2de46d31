// manifest.json: what was run (code version and commit, scenarios as run with their hashes, the
// design, every run's seed and parameter values) and, under `execution`, when, where and how fast.
// Everything outside `execution` is deterministic: the same for any worker count or shard split.
import { execFileSync } from 'node:child_process';
import { cpus, hostname, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planRuns, type ExperimentPlan } from '../../sim/experiment/plan';
import type { RunTiming } from './experimentDir';
import { sha256 } from './experimentDir';

export type ManifestStatus = 'complete' | 'interrupted' | 'shard';

/** How, where and when the runs were executed (differs between executions of the same plan). */
export interface Execution {
  command: string;
  started: string;
  finished: string;
  workers: number | null;
  shard: string | null;
  machine: Record<string, string | number>;
  runsThisSession: number;
  timings: RunTiming[];
}

let cachedCommit: string | null | undefined;

function git(args: string[]): string {
  const cwd = dirname(fileURLToPath(import.meta.url));
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** The git commit of the code that runs, with "-dirty" when tracked files differ from it; null outside a checkout. */
export function gitCommit(): string | null {
  if (cachedCommit !== undefined) return cachedCommit;
  try {
    const commit = git(['rev-parse', 'HEAD']);
    cachedCommit = commit ? `${commit}${git(['status', '--porcelain', '--untracked-files=no']) ? '-dirty' : ''}` : null;
  } catch {
    cachedCommit = null;
  }
  return cachedCommit;
}

/** The machine this process runs on. */
export function machine(): Record<string, string | number> {
  const cores = cpus();
  return {
    hostname: hostname(),
    platform: process.platform,
    arch: process.arch,
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** The manifest's content. */
export function buildManifest(
  plan: ExperimentPlan,
  planHash: string,
  commit: string | null,
  status: ManifestStatus,
  files: string[],
  execution: Execution,
): object {
  return {
    tool: 'frontera',
    kind: plan.kind,
    status,
    version: plan.version,
    commit,
    planSha256: planHash,
    baseSeed: plan.baseSeed,
    replicates: plan.replicates,
    runCount: planRuns(plan).length,
    design: plan.design,
    factors: plan.factors,
    scenarios: plan.scenarios.map((scenario) => ({ name: scenario.name, sha256: sha256(JSON.stringify(scenario)), scenario })),
    files,
    runs: planRuns(plan).map((spec) => ({
      run: spec.run,
      arm: spec.arm,
      replicate: spec.replicate,
      seed: spec.seed,
      scenario: plan.scenarios[plan.arms[spec.arm].scenario].name,
      set: plan.arms[spec.arm].set,
    })),
    execution,
  };
}

/** The manifest as file text. */
export function manifestText(manifest: object): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
