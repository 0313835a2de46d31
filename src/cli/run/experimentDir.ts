// An experiment's output directory: plan.json (what to run), runs/NNNNNN.json (one small atomic
// file per finished run, so Ctrl-C or a crash loses nothing finished and --resume skips them), and
// the assembled files: runs.csv, summary.csv, comparison.csv, morris.csv, sobol.csv and sobol.json or the posterior effects, the history's evidence
// files or the calibration's files, and manifest.json.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ScenarioError } from '../../sim/scenario';
import type { RunResult } from '../../sim/run';
import { reviveResult } from '../../sim/output';
import { runCount, runSpec, type ExperimentPlan, type RunSpec } from '../../sim/experiment/plan';
import { planWindow, runOutcome, summaryCsv, type RunOutcome } from '../../sim/experiment/summary';
import { runRows, runsHeader } from '../../sim/experiment/tables';
import { compareArms, comparisonCsv } from '../../sim/experiment/comparison';
import { morrisCsv, sensitivityEffects } from '../../sim/experiment/experiments';
import { writeFileAtomic } from '../files';
import { finiteJson, writeHistoryFiles } from './historyFiles';
import { sobolCsv, sobolJson, sobolResults } from '../../sim/experiment/sobolPlan';
import { drawsCsv, POSTERIOR_METHOD, posteriorEffects, posteriorEffectsCsv } from '../../sim/experiment/posterior';
import { writeCalibrationFiles } from './calibrationFiles';

/** A finished run as stored in DIR/runs/: its place in the plan, timing and the full result. */
export interface StoredRun extends RunSpec {
  plan: string;
  wallMs: number;
  agentMonths: number;
  result: RunResult;
}

/** Timing of one run for the manifest. */
export interface RunTiming {
  run: number;
  wallMs: number;
  agentMonths: number;
}

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The text of plan.json: the plan plus the code commit, so shards and resumes must match both. */
export function planText(plan: ExperimentPlan, commit: string | null): string {
  return `${JSON.stringify({ ...plan, commit }, null, 2)}\n`;
}

/** Path of a run's file. */
export function runFile(dir: string, run: number): string {
  return join(dir, 'runs', `${String(run).padStart(6, '0')}.json`);
}

/** A stored run if its file exists, parses and belongs to this plan; null otherwise (the run is redone). */
export function readStoredRun(dir: string, plan: ExperimentPlan, planHash: string, run: number): StoredRun | null {
  const file = runFile(dir, run);
  if (!existsSync(file)) return null;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRun;
    stored.result = reviveResult(stored.result);
    const spec = runSpec(plan, run);
    const valid = stored.plan === planHash && stored.run === run && stored.seed === spec.seed && (stored.result?.dates?.length ?? 0) > 0;
    return valid ? stored : null;
  } catch {
    return null;
  }
}

/** Saves a finished run atomically. */
export function writeStoredRun(dir: string, stored: StoredRun): void {
  writeFileAtomic(runFile(dir, stored.run), JSON.stringify(stored));
}

/** Reads plan.json text from a directory, or null when there is none. */
export function readPlanText(dir: string): string | null {
  const file = join(dir, 'plan.json');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * Makes `dir` ready for the plan: a new directory gets plan.json; an existing one must hold the
 * same plan and be continued on purpose (--resume, or a shard joining a shared directory).
 */
export function prepareDir(dir: string, text: string, mayContinue: boolean): void {
  const existing = readPlanText(dir);
  if (existing === null) {
    writeFileAtomic(join(dir, 'plan.json'), text);
    return;
  }
  if (existing !== text)
    throw new ScenarioError(
      `--out ${dir}: holds a different experiment (its plan.json differs in scenario, design, seeds or code version); choose a new --out directory`,
    );
  if (!mayContinue)
    throw new ScenarioError(`--out ${dir}: already holds this experiment; pass --resume to continue it, or choose a new --out directory`);
}

/** Writes a file from chunks atomically: streamed to a temporary file, synced, then renamed into place. */
export function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (err) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
}

/** Where each run of the plan is stored, among one or more directories; throws naming missing runs. */
export function locateRuns(dirs: readonly string[], plan: ExperimentPlan, planHash: string): string[] {
  const located: string[] = [];
  const missing: number[] = [];
  for (let run = 0; run < runCount(plan); run++) {
    const dir = dirs.find((d) => readStoredRun(d, plan, planHash, run) !== null);
    if (dir === undefined) missing.push(run);
    else located.push(dir);
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? `, ... (${missing.length} in all)` : '');
    throw new ScenarioError(
      `merge: runs ${shown} of ${runCount(plan)} are missing in ${dirs.join(' ')}: finish the shards that own them (or rerun with --resume) first`,
    );
  }
  return located;
}

/** The assembled outputs' results: per-run outcomes and timings, in run order. */
export interface Assembled {
  outcomes: RunOutcome[];
  timings: RunTiming[];
  files: string[];
}

/** Writes runs.csv and the kind's summary files into `out` from the stored runs (found in `sources[run]`). */
export function assembleOutputs(out: string, plan: ExperimentPlan, planHash: string, sources: readonly string[]): Assembled {
  const outcomes: RunOutcome[] = [];
  const timings: RunTiming[] = [];
  const results: RunResult[] = [];
  const window = planWindow(plan);
  function* rows(): Generator<string> {
    yield `${runsHeader(plan)}\n`;
    for (let run = 0; run < runCount(plan); run++) {
      const stored = readStoredRun(sources[run], plan, planHash, run);
      if (!stored) throw new Error(`run ${run} vanished from ${sources[run]} while assembling`);
      outcomes.push(runOutcome(stored.result, window));
      if (plan.kind === 'history') results.push(stored.result);
      timings.push({ run, wallMs: stored.wallMs, agentMonths: stored.agentMonths });
      yield runRows(plan, stored, stored.result);
    }
  }
  writeChunksAtomic(join(out, 'runs.csv'), rows());
  const files = ['runs.csv'];
  if (plan.kind === 'sensitivity') {
    writeFileAtomic(join(out, 'morris.csv'), morrisCsv(sensitivityEffects(plan, outcomes)));
    files.push('morris.csv');
  } else if (plan.kind === 'posterior') {
    const effects = posteriorEffects(plan, outcomes);
    writeFileAtomic(join(out, 'posterior-effects.csv'), posteriorEffectsCsv(plan, effects));
    writeFileAtomic(
      join(out, 'posterior-effects.json'),
      finiteJson({
        method: POSTERIOR_METHOD,
        posterior: plan.design.posterior,
        draws: plan.design.draws,
        replicates: plan.replicates,
        effects,
      }),
    );
    writeFileAtomic(join(out, 'draws.csv'), drawsCsv(plan));
    files.push('posterior-effects.csv', 'posterior-effects.json', 'draws.csv');
  } else if (plan.kind === 'sobol') {
    const results = sobolResults(plan, outcomes);
    writeFileAtomic(join(out, 'sobol.csv'), sobolCsv(plan, results));
    writeFileAtomic(join(out, 'sobol.json'), finiteJson(sobolJson(plan, results)));
    files.push('sobol.csv', 'sobol.json');
  } else {
    writeFileAtomic(join(out, 'summary.csv'), summaryCsv(plan, outcomes));
    files.push('summary.csv');
  }
  if (plan.kind === 'compare') {
    writeFileAtomic(join(out, 'comparison.csv'), comparisonCsv(plan, compareArms(plan, outcomes)));
    files.push('comparison.csv');
  }
  if (plan.kind === 'history') files.push(...writeHistoryFiles(out, results).files);
  if (plan.kind === 'calibration') files.push(...writeCalibrationFiles(out, plan, outcomes));
  return { outcomes, timings, files };
}
