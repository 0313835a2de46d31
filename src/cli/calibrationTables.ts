// The calibration's tables printed on the terminal: the posterior, the fit per target, and the
// check of the defaults and the estimate on fresh seeds (`frontera calibrate` and `frontera fit`).
import type { CheckArm } from '../sim/calibration/check';
import type { CalibrationFile } from './run/calibrationFiles';
import { table } from './format';

/** A value as the tables print it: whole numbers past 100, three significant digits below, '-' when missing. */
export const show = (v: number | null) =>
  v === null || !Number.isFinite(v) ? '-' : Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toPrecision(3);

/** The posterior and fit tables printed after a calibration. */
export function calibrationTables(file: CalibrationFile): string {
  const posterior = table(
    ['parameter', 'prior', 'posterior median', '90% of accepted', 'best', 'sd / prior sd', 'identification'],
    file.posterior.map((r) => [
      r.parameter,
      `${show(r.priorLow)}-${show(r.priorHigh)}`,
      show(r.p50),
      `${show(r.p5)}-${show(r.p95)}`,
      show(r.best),
      show(r.sdRatio),
      r.identification,
    ]),
  );
  const fit = table(
    ['target', 'range', 'best point', 'accepted 5-95%', 'accepted inside', 'verdict'],
    file.fit.map((r) => [
      r.quantity.slice(0, 60),
      r.role === 'scored' || r.role === 'input-bound' ? `${show(r.low)}-${show(r.high)}` : '-',
      show(r.best),
      `${show(r.acceptedP5)}-${show(r.acceptedP95)}`,
      r.role === 'scored' ? `${Math.round(r.acceptedInside * 100)}%` : '-',
      r.verdict,
    ]),
  );
  const check = file.check ? `\n\n${checkTable(file.check.replicates, file.check.arms)}` : '';
  return `${posterior}\n\n${fit}${check}`;
}

/** The check's table: each target's range and each arm's mean (5-95% across runs) with its verdict. */
export function checkTable(replicates: number, arms: readonly CheckArm[]): string {
  return `Check on ${replicates} fresh seeds (mean over runs, 5-95% across runs):\n${table(
    ['target', 'range', ...arms.map((a) => a.label)],
    arms[0].targets.map((t, i) => [
      t.quantity.slice(0, 60),
      Number.isFinite(t.low) ? `${show(t.low)}-${show(t.high)}` : '-',
      ...arms.map((a) => `${show(a.targets[i].mean)} (${show(a.targets[i].p5)}-${show(a.targets[i].p95)}) ${a.targets[i].verdict}`),
    ]),
  )}`;
}
