// The difference table: for each calendar year so far and for the whole run so far, every metric
// of every policy against the first, with the paired 90% interval when several seeds ran. The
// cells are formatted like the CLI's comparison tables.
import { METRICS, type MetricSpec } from '../../sim/metrics';
import { combineMonths } from '../../sim/output';
import { csvCell, csvLine, statCell } from '../../sim/experiment/tables';
import { pairedInterval } from './outcomes';

/** Series by metric for one run. */
export type RunSeries = Record<string, ArrayLike<number>>;

/** Periods of months [0, upTo): each calendar year (partial ones too), then "all". */
function periods(dates: readonly string[], upTo: number): { name: string; from: number; to: number }[] {
  const out: { name: string; from: number; to: number }[] = [];
  for (let start = 0; start < upTo;) {
    const year = dates[start].slice(0, 4);
    let end = start;
    while (end < upTo && dates[end].startsWith(year)) end++;
    out.push({ name: year, from: start, to: end });
    start = end;
  }
  out.push({ name: 'all', from: 0, to: upTo });
  return out;
}

function periodValue(metric: MetricSpec, series: RunSeries, from: number, to: number): number {
  return combineMonths(metric, series, from, to);
}

/** difference.csv: live-run values and differences, plus paired statistics over `seedRuns` (per policy, per seed) when given. */
export function differenceCsv(
  labels: readonly string[],
  live: readonly RunSeries[],
  dates: readonly string[],
  upTo: number,
  seedRuns: readonly (readonly RunSeries[])[] | null,
): string {
  const header = ['period', 'policy', 'reference', 'metric', 'unit', 'reference_value', 'value', 'difference'];
  if (seedRuns) header.push('seeds', 'mean_difference', 'paired_ci90_low', 'paired_ci90_high');
  const lines = [csvLine(header)];
  for (const period of periods(dates, upTo)) {
    for (let p = 1; p < labels.length; p++) {
      for (const metric of METRICS) {
        const base = periodValue(metric, live[0], period.from, period.to);
        const value = periodValue(metric, live[p], period.from, period.to);
        const cells = [
          period.name,
          csvCell(labels[p]),
          csvCell(labels[0]),
          metric.name,
          csvCell(metric.unit),
          statCell(base),
          statCell(value),
          statCell(value - base),
        ];
        if (seedRuns) cells.push(...pairedCells(seedRuns[0], seedRuns[p], metric, period.from, period.to));
        lines.push(csvLine(cells));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function pairedCells(base: readonly RunSeries[], other: readonly RunSeries[], metric: MetricSpec, from: number, to: number): string[] {
  // Seeds where either run has no value for the period are left out.
  const interval = pairedInterval(base.map((run, i) => periodValue(metric, other[i], from, to) - periodValue(metric, run, from, to)));
  return [String(interval.n), statCell(interval.mean), statCell(interval.lo), statCell(interval.hi)];
}
