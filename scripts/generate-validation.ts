// Records the validation results as data and renders docs/VALIDATION.md from them. From a calibration,
// a fit and a history directory (the outputs of `frontera calibrate`, `frontera fit` and `frontera
// history`) it writes docs/results/validation.json (the verdicts: see src/sim/evidence/record.ts),
// then fills docs/validation.template.md from that file alone: the method, the estimates with their
// identification, the fit per target, and the out-of-sample table with every verdict. The simulator's
// "how this works" panel reads the same JSON. Without directories it re-renders the page from the JSON.
// Usage: npm run docs:validation -- --calibration out/calibration --history out/history --fit out/fit
//        npm run docs:validation            (after editing the template)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARAMS, type ParamSpec } from '../src/sim/params';
import { EVIDENCE, EVIDENCE_CHANGES, CALIBRATION_YEARS, REMOTE_SECTORS } from '../src/sim/evidence/series';
import {
  recordedMeasure,
  recordedNumber as show,
  recordedRange as range,
  type RecordedCalibration,
  type RecordedRun,
  type ValidationRecord,
} from '../src/sim/evidence/record';
import type { CheckArm } from '../src/sim/calibration/check';
import type { HistoryFile } from '../src/cli/run/historyFiles';
import type { CalibrationFile } from '../src/cli/run/calibrationFiles';

/** Where the record is kept, and the page rendered from it. */
export const RECORD_FILE = 'docs/results/validation.json';
const TEMPLATE = 'docs/validation.template.md';
const PAGE = 'docs/VALIDATION.md';

interface ManifestLike {
  version: string;
  commit: string | null;
  baseSeed: number;
  replicates: number;
  runCount: number;
  scenarios: { name: string; scenario: { scale: number } }[];
  execution?: { command?: string; finished?: string };
}

const cell = (text: unknown) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

function table(header: string[], rows: unknown[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join(
    '\n',
  );
}

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

/** What a run's manifest says about how it was produced. */
function recordedRun(dir: string): RecordedRun {
  const manifest = readJson<ManifestLike>(dir, 'manifest.json');
  const s = manifest.scenarios[0];
  return {
    command: manifest.execution?.command ?? null,
    version: manifest.version,
    commit: manifest.commit,
    scenario: s.name,
    scale: s.scenario.scale,
    replicates: manifest.replicates,
    runCount: manifest.runCount,
    baseSeed: manifest.baseSeed,
    finished: manifest.execution?.finished ?? null,
  };
}

/** The calibration's result as recorded: calibration.json without the per-point values. */
function recordedCalibration(file: CalibrationFile): RecordedCalibration {
  return {
    samples: file.samples,
    accepted: file.accepted,
    epsilon: file.epsilon,
    bestDistance: file.best.distance,
    posterior: file.posterior.map(({ parameter, priorLow, priorHigh, p5, p50, p95, best, sdRatio, identification }) => ({
      parameter,
      priorLow,
      priorHigh,
      p5,
      p50,
      p95,
      best,
      sdRatio,
      identification,
    })),
    fit: file.fit,
    rounds: file.rounds ?? null,
    correlations: file.correlations ?? null,
    check: file.check ?? null,
  };
}

/** The record of three result directories (calibration, history, fit). */
export function validationRecord(calibrationDir: string, historyDir: string, fitDir: string): ValidationRecord {
  const history = readJson<HistoryFile>(historyDir, 'evidence.json');
  const fit = readJson<{ replicates: number; arms: CheckArm[] }>(fitDir, 'check.json');
  return {
    runs: { calibration: recordedRun(calibrationDir), fit: recordedRun(fitDir), history: recordedRun(historyDir) },
    calibration: recordedCalibration(readJson<CalibrationFile>(calibrationDir, 'calibration.json')),
    currentFit: { replicates: fit.replicates, arm: fit.arms[0] },
    history: {
      comparisons: history.comparisons
        .filter((r) => r.verdict !== 'input')
        .map(
          ({
            kind,
            id,
            label,
            period,
            grade,
            evidenceValue,
            evidenceLow,
            evidenceHigh,
            modelMean,
            modelP5,
            modelP95,
            verdict,
            direction,
            window,
          }) => ({
            kind,
            id,
            label,
            period,
            grade,
            evidenceValue,
            evidenceLow,
            evidenceHigh,
            modelMean,
            modelP5,
            modelP95,
            verdict,
            direction,
            window,
          }),
        ),
      scores: history.scores,
    },
  };
}

function runLine(run: RecordedRun): string {
  return `\`${run.command ?? '?'}\` (frontera ${run.version}, commit ${run.commit ?? 'unknown'}; ${run.scenario}, scale ${run.scale}, ${run.replicates} replicate(s), ${run.runCount} runs, base seed ${run.baseSeed}; finished ${run.finished ?? '?'})`;
}

/** Parameters by role, from PARAMS. */
export function rolesTable(): string {
  const specs = PARAMS as readonly ParamSpec[];
  return table(
    ['parameter', 'role', 'prior (calibrated only)', 'default', 'source'],
    specs.map((p) => [
      `\`${p.path}\``,
      p.role ?? 'not yet classified',
      p.prior ? `${p.prior[0]} to ${p.prior[1]}` : '',
      String(p.default),
      p.source,
    ]),
  );
}

/** The calibration section's tables. */
export function calibrationTables(file: RecordedCalibration): {
  posterior: string;
  fit: string;
  summary: string;
  rounds: string;
  correlations: string;
  check: string;
} {
  const posterior = table(
    [
      'parameter',
      'prior',
      'posterior median (adopted)',
      '90% interval (5th-95th pct.)',
      'closest point',
      'posterior sd / prior sd',
      'identification',
    ],
    file.posterior.map((p) => [
      `\`${p.parameter}\``,
      range(p.priorLow, p.priorHigh),
      show(p.p50),
      range(p.p5, p.p95),
      show(p.best),
      show(p.sdRatio),
      p.identification,
    ]),
  );
  const fit = table(
    [
      'target',
      'range',
      'closest point',
      'accepted 5th-95th pct.',
      'accepted inside',
      'mean over the first round (prior)',
      'verdict',
      'source',
    ],
    file.fit.map((r) => [
      r.quantity,
      r.low === null ? '-' : range(r.low, r.high),
      show(r.best),
      range(r.acceptedP5, r.acceptedP95),
      r.role === 'scored' ? `${Math.round(r.acceptedInside * 100)}%` : '-',
      show(r.priorMean),
      r.verdict,
      r.source,
    ]),
  );
  const scored = file.fit.filter((r) => r.role === 'scored');
  const inside = scored.filter((r) => r.verdict === 'inside');
  const summary =
    `${inside.length} of ${scored.length} scored targets inside their range at the closest point of the last round (distance ${show(file.bestDistance)} range widths); ` +
    `${file.accepted} of ${file.samples} points accepted in the last round (distance <= ${show(file.epsilon)}).`;
  const rounds = file.rounds
    ? table(
        ['round', 'points', 'runs', 'tolerance (distance)', 'accepted', 'effective sample size', 'closest point'],
        file.rounds.map((r) => [r.round, r.samples, r.runs, show(r.epsilon), r.accepted, show(r.ess), show(r.bestDistance)]),
      )
    : '(rejection only: one round)';
  const names = file.posterior.map((p) => p.parameter);
  const pairs = (file.correlations ?? [])
    .flatMap((row, i) => row.map((c, j) => ({ a: names[i], b: names[j], c })).filter((x, j) => j > i && Math.abs(x.c) >= 0.3))
    .sort((x, y) => Math.abs(y.c) - Math.abs(x.c));
  const correlations =
    pairs.length === 0
      ? 'No pair of parameters has a posterior correlation of 0.3 or more in absolute value.'
      : table(
          ['parameters', 'posterior correlation'],
          pairs.map((x) => [`\`${x.a}\` and \`${x.b}\``, show(x.c)]),
        );
  const arms = file.check?.arms ?? [];
  const [before, after] = [arms[0], arms[arms.length - 1]];
  const check =
    arms.length === 0
      ? '(no check run)'
      : `${table(
          ['target', 'range', `${before.label} (before adoption)`, 'verdict before', 'best point', 'verdict'],
          after.targets.map((t, i) => [
            t.quantity,
            Number.isFinite(t.low) ? range(t.low, t.high) : '-',
            recordedMeasure(before.targets[i]),
            before.targets[i].verdict,
            recordedMeasure(t),
            t.verdict,
          ]),
        )}\n\n` +
        arms
          .map(
            (a) =>
              `- **${a.label}**: ${a.targets.filter((t) => t.verdict === 'inside').length} of ${a.targets.filter((t) => t.role === 'scored').length} scored targets inside (distance ${show(a.distance)}); outside: ${
                a.targets
                  .filter((t) => t.role === 'scored' && t.verdict !== 'inside')
                  .map((t) => `${t.quantity} (${t.verdict}: ${show(t.mean)})`)
                  .join('; ') || 'none'
              }.`,
          )
          .join('\n');
  return { posterior, fit, summary, rounds, correlations, check };
}

/** The out-of-sample section's tables. */
export function historyTables(file: ValidationRecord['history']): { summary: string; scores: string; all: string; misses: string } {
  const scored = file.comparisons.filter((r) => r.verdict === 'hit' || r.verdict === 'miss');
  const out = scored.filter((r) => r.window === 'out-of-sample');
  const hits = (rows: typeof scored) => rows.filter((r) => r.verdict === 'hit').length;
  const byGrade = ['A', 'B', 'C', 'D']
    .map((g) => `grade ${g}: ${hits(out.filter((r) => r.grade === g))} of ${out.filter((r) => r.grade === g).length}`)
    .join(', ');
  const summary =
    `${hits(scored)} of ${scored.length} scored comparisons inside the evidence's band; out of sample (no year in ${CALIBRATION_YEARS[0]}-${CALIBRATION_YEARS[1]}): ${hits(out)} of ${out.length} (${byGrade}). ` +
    `Changes between periods, out of sample: ${hits(out.filter((r) => r.kind === 'change'))} of ${out.filter((r) => r.kind === 'change').length}.`;
  const scores = table(
    ['series or change between periods', 'grade', 'hits / scored', 'misses'],
    file.scores.map((s) => [s.label, s.grade, `${s.hits} / ${s.scored}`, s.misses.join(', ') || '-']),
  );
  const evidence = (r: (typeof scored)[number]) =>
    r.evidenceLow !== null || r.evidenceHigh !== null ? range(r.evidenceLow, r.evidenceHigh) : show(r.evidenceValue);
  const all = table(
    ['comparison', 'period', 'grade', 'evidence', 'model mean (5th-95th pct.)', 'verdict', 'window'],
    file.comparisons.map((r) => [
      r.label,
      r.period,
      r.grade,
      evidence(r),
      `${show(r.modelMean)} (${range(r.modelP5, r.modelP95)})`,
      `${r.verdict}${r.direction ? ` (${r.direction})` : ''}`,
      r.window,
    ]),
  );
  const misses = scored
    .filter((r) => r.verdict === 'miss' && r.kind === 'change')
    .map((r) => `- **${r.label}** (grade ${r.grade}): model ${show(r.modelMean)}, evidence ${evidence(r)}.`)
    .join('\n');
  return { summary, scores, all, misses };
}

/** Evidence series and changes, as declared (sources and grades). */
export function evidenceTable(): string {
  return table(
    ['series', 'role', 'grade', 'years', 'model measure', 'hit band', 'source'],
    [
      ...EVIDENCE.map((s) => [
        s.label,
        s.role,
        s.grade,
        `${s.basis} ${s.observations[0].from}-${s.observations[s.observations.length - 1].to}`,
        s.model
          ? 'metric' in s.model
            ? `\`${s.model.metric}\``
            : `\`${s.model.numerator}\` / \`${s.model.denominator}\` x ${s.model.factor}`
          : 'none',
        s.role === 'input'
          ? 'input (not scored)'
          : s.levelsComparable === false
            ? 'changes only'
            : s.tolerance
              ? `range, or value +/- ${Math.round(s.tolerance * 100)}%`
              : 'range',
        s.source,
      ]),
      ...EVIDENCE_CHANGES.map((c) => [
        c.label,
        'change',
        c.grade,
        `${c.numerator.join('-')} / ${c.denominator.join('-')}`,
        "ratio of the series' measure",
        c.low !== undefined || c.high !== undefined ? 'range' : 'value +/- 25%',
        c.source,
      ]),
    ],
  );
}

/** The model as it stands scored against the targets: each target's mean with its verdict. */
export function currentFitTable(arm: CheckArm): string {
  const scored = arm.targets.filter((t) => t.role === 'scored');
  return (
    `${table(
      ['target', 'range', 'mean +/- s.e. (5th-95th pct. across runs)', 'verdict'],
      arm.targets.map((t) => [t.quantity, Number.isFinite(t.low) ? range(t.low, t.high) : '-', recordedMeasure(t), t.verdict]),
    )}\n\n` +
    `${scored.filter((t) => t.verdict === 'inside').length} of ${scored.length} scored targets inside their range (distance ${show(arm.distance)} range widths).`
  );
}

/** docs/VALIDATION.md from the template and the record. */
export function validationMarkdown(template: string, record: ValidationRecord): string {
  const calibration = calibrationTables(record.calibration);
  const history = historyTables(record.history);
  return template
    .replace('{{CALIBRATION_RUN}}', runLine(record.runs.calibration))
    .replace('{{HISTORY_RUN}}', runLine(record.runs.history))
    .replace('{{CURRENT_FIT_RUN}}', runLine(record.runs.fit))
    .replace('{{CURRENT_FIT}}', currentFitTable(record.currentFit.arm))
    .replace('{{ROLES_TABLE}}', rolesTable())
    .replace('{{CALIBRATION_SUMMARY}}', calibration.summary)
    .replace('{{POSTERIOR_TABLE}}', calibration.posterior)
    .replace('{{FIT_TABLE}}', calibration.fit)
    .replace('{{ROUNDS_TABLE}}', calibration.rounds)
    .replace('{{CORRELATIONS}}', calibration.correlations)
    .replace('{{CHECK_TABLE}}', calibration.check)
    .replace('{{CHECK_REPLICATES}}', String(record.calibration.check?.replicates ?? 0))
    .replace('{{EVIDENCE_TABLE}}', evidenceTable())
    .replace('{{REMOTE_SECTORS}}', REMOTE_SECTORS.join(', '))
    .replace('{{HISTORY_SUMMARY}}', history.summary)
    .replace('{{HISTORY_SCORES}}', history.scores)
    .replace('{{CHANGE_MISSES}}', history.misses || '(none)')
    .replace('{{HISTORY_ALL}}', history.all);
}

/** The record as written to docs/results/validation.json. */
export function recordText(record: ValidationRecord): string {
  return `${JSON.stringify(record, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/** The value after a flag, or undefined when the flag is absent. */
function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  if (!process.argv[i + 1])
    throw new Error(`${name} needs a directory (usage: npm run docs:validation [-- --calibration DIR --history DIR --fit DIR])`);
  return process.argv[i + 1];
}

if (process.argv[1]?.endsWith('generate-validation.ts')) {
  const dirs = ['--calibration', '--history', '--fit'].map(argument);
  if (dirs.some((d) => d !== undefined)) {
    if (dirs.some((d) => d === undefined))
      throw new Error(
        'give all three of --calibration DIR --history DIR --fit DIR, or none (to re-render from docs/results/validation.json)',
      );
    writeFileSync(RECORD_FILE, recordText(validationRecord(dirs[0]!, dirs[1]!, dirs[2]!)));
    process.stderr.write(`wrote ${RECORD_FILE}\n`);
  } else if (!existsSync(RECORD_FILE)) throw new Error(`no ${RECORD_FILE}: run with --calibration DIR --history DIR --fit DIR first`);
  const record = JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as ValidationRecord;
  writeFileSync(PAGE, validationMarkdown(readFileSync(TEMPLATE, 'utf8'), record));
  process.stderr.write(`wrote ${PAGE}\n`);
}
