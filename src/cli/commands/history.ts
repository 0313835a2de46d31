// `frontera history`: the history replay over seeds on every core, each run compared with the
// evidence year by year and between periods; prints hits and misses per series with the evidence's
// grade (every miss listed), and writes evidence.csv and evidence.json beside the batch files.
import { batchPlan } from '../../sim/experiment/experiments';
import { HISTORY_NAME } from '../../sim/evidence/history';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreBySeries, type EvidenceComparison } from '../../sim/evidence/check';
import type { HistoryFile } from '../run/historyFiles';
import { calibratedSettings } from '../files';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { table } from '../format';

function verdictCounts(rows: readonly EvidenceComparison[]): string {
  const count = (pick: (r: EvidenceComparison) => boolean) => rows.filter(pick).length;
  const scored = rows.filter((r) => r.verdict === 'hit' || r.verdict === 'miss');
  const out = scored.filter((r) => r.window === 'out-of-sample');
  return [
    `${count((r) => r.verdict === 'hit')} of ${scored.length} scored comparisons inside the evidence's band`,
    `(out of sample: ${out.filter((r) => r.verdict === 'hit').length} of ${out.length});`,
    `not scored: ${count((r) => r.verdict === 'input')} inputs, ${count((r) => r.verdict === 'input-bound')} capped by an input, ${count((r) => r.verdict === 'not comparable')} not comparable, ${count((r) => r.verdict === 'not covered')} outside the run, ${count((r) => r.verdict === 'unverified')} unverified.`,
  ].join(' ');
}

const number = (v: number | null) =>
  v === null || !Number.isFinite(v) ? '' : Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);

/** What a change's evidence says: a value, a range or a bound. */
function evidenceText(r: EvidenceComparison): string {
  if (r.evidenceLow !== null && Number.isFinite(r.evidenceLow))
    return r.evidenceHigh !== null && Number.isFinite(r.evidenceHigh)
      ? `${number(r.evidenceLow)}-${number(r.evidenceHigh)}`
      : `>= ${number(r.evidenceLow)}`;
  return number(r.evidenceValue);
}

/** The per-series table printed after a history validation, then every miss. */
export function historyTable(rows: readonly EvidenceComparison[]): string {
  const scores = scoreBySeries(rows);
  const summary = table(
    ['series or change between periods', 'grade', 'hits'],
    scores.map((s) => [s.label, s.grade, `${s.hits}/${s.scored}`]),
  );
  const misses = rows
    .filter((r) => r.verdict === 'miss')
    .map(
      (r) =>
        `  ${r.kind === 'change' ? r.label : `${r.label}, ${r.period}`}: model ${number(r.modelMean)} vs evidence ${evidenceText(r)} (${r.direction}; grade ${r.grade}, ${r.window})`,
    );
  return `${summary}\n\nMisses (${misses.length}):\n${misses.join('\n')}`;
}

/** Runs the history command. */
export async function historyCommand(
  shared: SharedCli,
  arg: string | undefined,
  opts: ExperimentOptions & { replicates: number; calibrated?: string },
  command: string,
): Promise<void> {
  const fromCalibration = opts.calibrated === undefined ? [] : calibratedSettings(opts.calibrated);
  const scenario = shared.scenarioFromOptions(arg ?? HISTORY_NAME, { ...opts, set: [...fromCalibration, ...(opts.set ?? [])] });
  const plan = batchPlan(scenario, opts.replicates, scenario.seed, 'history');
  const outcome = await runExperiment(plan, `history ${scenario.name}`, opts, command);
  if (!outcome.assembled || opts.quiet) return;
  const rows = (JSON.parse(readFileSync(join(opts.out, 'evidence.json'), 'utf8')) as HistoryFile).comparisons;
  process.stdout.write(
    `${scenario.name} against the evidence: ${opts.replicates} replicates (base seed ${scenario.seed}, scale ${scenario.scale}). Model = mean over replicates; a hit lies inside the evidence's range (or its value +/- the declared tolerance).\n`,
  );
  process.stdout.write(`${historyTable(rows)}\n${verdictCounts(rows)}\nEvery comparison: ${opts.out}/evidence.csv\n`);
}
