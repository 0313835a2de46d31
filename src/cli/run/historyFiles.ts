// The history validation's files: evidence.csv (one row per comparison, hit or miss, with the
// evidence's grade) and evidence.json (the same rows, the per-series score and the chart data).
import { join } from 'node:path';
import type { RunResult } from '../../sim/run';
import { compareWithEvidence, evidenceCharts, evidenceCsv, scoreBySeries, type EvidenceComparison } from '../../sim/evidence/check';
import { writeFileAtomic } from '../files';

/** Contents of evidence.json. */
export interface HistoryFile {
  comparisons: EvidenceComparison[];
  scores: ReturnType<typeof scoreBySeries>;
  charts: ReturnType<typeof evidenceCharts>;
}

/** NaN and infinities as null, so the JSON parses everywhere. */
export function finiteJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/** Writes evidence.csv and evidence.json for the runs; returns the file names and the comparisons. */
export function writeHistoryFiles(out: string, runs: readonly RunResult[]): { files: string[]; comparisons: EvidenceComparison[] } {
  const comparisons = compareWithEvidence(runs);
  const file: HistoryFile = { comparisons, scores: scoreBySeries(comparisons), charts: evidenceCharts(runs) };
  writeFileAtomic(join(out, 'evidence.csv'), evidenceCsv(comparisons));
  writeFileAtomic(join(out, 'evidence.json'), finiteJson(file));
  return { files: ['evidence.csv', 'evidence.json'], comparisons };
}
