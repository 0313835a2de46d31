// `frontera merge DIR...`: combines shard directories (or one shared directory) into exactly the
// files the unsharded command writes, after checking the shards ran the same plan and no run is missing.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ScenarioError } from '../../sim/scenario';
import type { ExperimentPlan } from '../../sim/experiment/plan';
import { assembleOutputs, locateRuns, prepareDir, readPlanText, runFile, sha256 } from '../run/experimentDir';
import { buildManifest, machine, manifestText } from '../run/manifest';
import { writeFileAtomic } from '../files';

/** The plan text all directories share; throws naming the first directory that differs or has none. */
function sharedPlanText(dirs: readonly string[]): string {
  const texts = dirs.map((dir) => {
    const text = readPlanText(dir);
    if (text === null)
      throw new ScenarioError(`merge: ${dir} has no plan.json: expected a directory written by batch, sweep, compare or sensitivity`);
    return text;
  });
  const odd = texts.findIndex((t) => t !== texts[0]);
  if (odd >= 0)
    throw new ScenarioError(
      `merge: ${dirs[odd]} ran a different experiment than ${dirs[0]} (plan.json differs: scenario, design, seeds or code version)`,
    );
  return texts[0];
}

/** Parsed JSON, or a ScenarioError naming the file. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ScenarioError(`merge: ${file} is not valid JSON (${(err as Error).message})`);
  }
}

function readJsonFile(file: string): unknown {
  return parseJson(readFileSync(file, 'utf8'), file);
}

/** Earliest start recorded by the shards' manifests, if any. */
function earliestShardStart(dirs: readonly string[]): string | null {
  const starts = dirs
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /^manifest-shard-\d+-of-\d+\.json$/.test(f))
        .map((f) => (readJsonFile(join(dir, f)) as { execution?: { started?: string } }).execution?.started ?? ''),
    )
    .filter(Boolean)
    .sort();
  return starts[0] ?? null;
}

/** Copies a run file into the output directory atomically. */
function copyRun(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const temp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temp);
  renameSync(temp, to);
}

/** Runs the merge command. */
export function mergeCommand(dirs: string[], opts: { out?: string; quiet?: boolean }, command: string): void {
  const missingDir = dirs.find((d) => !existsSync(d));
  if (missingDir) throw new ScenarioError(`merge: ${missingDir} does not exist`);
  if (opts.out === undefined && dirs.length > 1) throw new ScenarioError('merge: --out is required when merging more than one directory');
  const out = opts.out ?? dirs[0];
  const text = sharedPlanText(dirs);
  const plan = parseJson(text, `${dirs[0]}/plan.json`) as ExperimentPlan & { commit: string | null };
  if (!Array.isArray(plan.arms) || !Array.isArray(plan.scenarios) || typeof plan.replicates !== 'number') {
    throw new ScenarioError(`merge: ${dirs[0]}/plan.json is not an experiment plan (expected arms, scenarios and replicates)`);
  }
  const planHash = sha256(text);
  let sources = locateRuns(dirs, plan, planHash);
  const started = earliestShardStart(dirs) ?? new Date().toISOString();
  if (!dirs.some((d) => resolve(d) === resolve(out))) {
    prepareDir(out, text, true);
    sources.forEach((dir, run) => {
      if (resolve(dir) !== resolve(out)) copyRun(runFile(dir, run), runFile(out, run));
    });
    sources = sources.map(() => out);
  }
  const assembled = assembleOutputs(out, plan, planHash, sources);
  const execution = {
    command,
    started,
    finished: new Date().toISOString(),
    workers: null,
    shard: null,
    machine: machine(),
    runsThisSession: 0,
    timings: assembled.timings,
  };
  writeFileAtomic(
    join(out, 'manifest.json'),
    manifestText(buildManifest(plan, planHash, plan.commit, 'complete', assembled.files, execution)),
  );
  if (!opts.quiet)
    process.stderr.write(
      `merge: ${sources.length} runs from ${dirs.length} director${dirs.length === 1 ? 'y' : 'ies'} into ${out}: ${assembled.files.join(', ')}, manifest.json\n`,
    );
}
