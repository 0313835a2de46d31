// The recorded verdicts the simulator shows, from docs/results/validation.json (written by
// scripts/generate-validation.ts, which renders docs/VALIDATION.md from the same file): the fit of
// each calibration target at the adopted estimate and the hits of each evidence series and change.
import { recordedMeasure, recordedRange, type SeriesScore, type ValidationRecord } from '../../sim/evidence/record';

/** One calibration target's recorded fit (2003-2005, in sample), as VALIDATION.md's check table shows it. */
export interface TargetFit {
  range: string;
  best: string;
  verdict: string;
}

export interface RecordedVerdicts {
  /** By the target's id (CalibrationTarget.id). */
  targets: Map<string, TargetFit>;
  /** By the series' or change's id (EvidenceSeries.id, EvidenceChange.id). */
  series: Map<string, SeriesScore>;
  /** The commands that produced them ("frontera calibrate ..."). */
  calibrationRun: string;
  historyRun: string;
}

/** The verdicts of a record: the adopted estimate's check per target (none without a check) and the history's scores. */
export function recordedVerdicts(record: ValidationRecord): RecordedVerdicts {
  const arms = record.calibration.check?.arms ?? [];
  const estimate = arms[arms.length - 1];
  const targets = new Map(
    (estimate?.targets ?? []).map((t): [string, TargetFit] => [
      t.target,
      { range: Number.isFinite(t.low) ? recordedRange(t.low, t.high) : '-', best: recordedMeasure(t), verdict: t.verdict },
    ]),
  );
  return {
    targets,
    series: new Map(record.history.scores.map((s) => [s.series, s])),
    calibrationRun: record.runs.calibration.command ?? '',
    historyRun: record.runs.history.command ?? '',
  };
}
