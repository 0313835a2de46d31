// The validation record as data (docs/results/validation.json): what the recorded calibration, fit
// and history runs found, written once by scripts/generate-validation.ts; docs/VALIDATION.md is
// rendered from it and the simulator's "how this works" panel reads it. Numbers read the same in both.
import type { FitRow, PosteriorRow } from '../calibration/abc';
import type { CheckArm, CheckTarget } from '../calibration/check';
import type { RoundSummary } from '../calibration/smc';
import type { EvidenceComparison, scoreBySeries } from './check';

/** How a recorded result was produced: the command and what its manifest says. */
export interface RecordedRun {
  command: string | null;
  version: string;
  commit: string | null;
  scenario: string;
  scale: number;
  replicates: number;
  runCount: number;
  baseSeed: number;
  finished: string | null;
}

/** The posterior of one calibrated parameter, as the docs show it. */
export type RecordedPosterior = Pick<
  PosteriorRow,
  'parameter' | 'priorLow' | 'priorHigh' | 'p5' | 'p50' | 'p95' | 'best' | 'sdRatio' | 'identification'
>;

/** The calibration's result: tolerance, posterior, fit per target, rounds, correlations and the check on fresh seeds. */
export interface RecordedCalibration {
  samples: number;
  accepted: number;
  epsilon: number;
  bestDistance: number;
  posterior: RecordedPosterior[];
  fit: FitRow[];
  /** SMC rounds; null for a rejection-only calibration. */
  rounds: RoundSummary[] | null;
  /** Posterior correlations, in the order of `posterior`. */
  correlations: number[][] | null;
  /** The defaults and the adopted estimate rerun on fresh seeds (the last arm is the estimate). */
  check: { replicates: number; arms: CheckArm[] } | null;
}

/** One scored or shown comparison of the history replay with the evidence (inputs are left out). */
export type RecordedComparison = Pick<
  EvidenceComparison,
  | 'kind'
  | 'id'
  | 'label'
  | 'period'
  | 'grade'
  | 'evidenceValue'
  | 'evidenceLow'
  | 'evidenceHigh'
  | 'modelMean'
  | 'modelP5'
  | 'modelP95'
  | 'verdict'
  | 'direction'
  | 'window'
>;

/** Hits per evidence series or change between periods (`series` is the series' or the change's id). */
export type SeriesScore = ReturnType<typeof scoreBySeries>[number];

/** Contents of docs/results/validation.json. */
export interface ValidationRecord {
  runs: { calibration: RecordedRun; fit: RecordedRun; history: RecordedRun };
  calibration: RecordedCalibration;
  /** The model as it stands (its defaults) scored against the calibration targets on fresh seeds. */
  currentFit: { replicates: number; arm: CheckArm };
  history: { comparisons: RecordedComparison[]; scores: SeriesScore[] };
}

/** A recorded number: whole numbers (with thousands separators) from 100 up, three significant digits below, '-' when missing. */
export function recordedNumber(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '-';
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  return Number(v.toPrecision(3)).toString();
}

/** A recorded range, "low to high" ("low to ..." when open above); empty when neither end is known. */
export function recordedRange(low: number | null, high: number | null): string {
  return low === null && high === null ? '' : `${recordedNumber(low)} to ${high === null ? '...' : recordedNumber(high)}`;
}

/** A check's measure of a target: mean +/- standard error (5th to 95th percentile across runs). */
export function recordedMeasure(t: CheckTarget): string {
  return `${recordedNumber(t.mean)} +/- ${recordedNumber(t.se)} (${recordedRange(t.p5, t.p95)})`;
}
