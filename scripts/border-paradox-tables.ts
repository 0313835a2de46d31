// Renders the border-paradox experiment (written by scripts/border-paradox.sh with `frontera
// compare` and `frontera sweep`) as markdown for docs/MODEL.md: paired differences with 95% CIs
// for each policy against the baseline, how much of the noise the pairing removed, and the
// outcomes along the border.agents sweep.
import { existsSync, readFileSync } from 'node:fs';
import { findMetric } from '../src/sim/metrics';

const DIR = 'docs/results/border-paradox';
/** The outcomes the question turns on, in the order of the table. */
const OUTCOMES = [
  'victims_new_total',
  'victims_new_via_smugglers',
  'victims_new_us',
  'victims_new_mexico',
  'deaths',
  'smuggler_use_share',
  'professional_smuggler_share',
  'smuggling_fee_mean_usd',
  'apprehensions',
  'departures',
  'returns_from_us',
  'unauthorized_population',
  'victims_detected',
  'victims_cooperating',
  'victims_retrafficked',
  'convictions_us',
  'convictions_mexico',
  'sanctions_paid_usd',
] as const;
/** The outcomes whose paired precision issue 14 sets a goal for (variance reduction of at least 0.9). */
const PAIRED_OUTCOMES = [
  'victims_new_total',
  'victims_new_labor',
  'victims_new_sexual',
  'victims_detected',
  'deaths',
  'convictions',
  'departures',
  'returns_from_us',
  'smuggler_use_share',
] as const;

type Row = Record<string, string>;

/** Rows of a small CSV without quoted commas (the experiment files). */
function readCsv(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

function format(value: number): string {
  if (Math.abs(value) < 10) return value.toFixed(3);
  return Math.round(value).toLocaleString('en-US');
}

const label = (metric: string) => findMetric(metric)?.label ?? metric;

interface RunSize {
  replicates: number;
  scale: number;
  years: number;
  start: string;
}

function runSize(dir: string): RunSize {
  const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
  const scenario = manifest.scenarios[0].scenario;
  return { replicates: manifest.replicates, scale: scenario.scale, years: scenario.years, start: scenario.start };
}

const lastYear = (size: RunSize) => String(Number(size.start.slice(0, 4)) + size.years - 1);

/** The comparison table: baseline level and each policy's paired difference [95% CI] in the last simulated year. */
function comparisonTable(): string {
  const dir = `${DIR}/compare`;
  const size = runSize(dir);
  const year = lastYear(size);
  const rows = readCsv(`${dir}/comparison.csv`).filter((r) => r.period === year);
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  const out = [
    `Paired differences from \`baseline-2003\` in ${year} (the policies start in January 2005), mean over ${size.replicates} common seeds with the paired 95% CI; scale ${size.scale}, ${size.years} years from ${size.start}.`,
    '',
    `| outcome (${year}) | baseline | ${scenarios.map((s) => `${s} minus baseline`).join(' | ')} |`,
    `|---|---|${scenarios.map(() => '---').join('|')}|`,
  ];
  for (const metric of OUTCOMES) {
    const cells = scenarios.map((s) => {
      const r = rows.find((x) => x.scenario === s && x.metric === metric);
      return r ? `${format(Number(r.mean_diff))} [${format(Number(r.paired_ci_low))}, ${format(Number(r.paired_ci_high))}]` : 'n/a';
    });
    const base = rows.find((x) => x.metric === metric);
    out.push(`| ${label(metric)} | ${base ? format(Number(base.mean_baseline)) : 'n/a'} | ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

/** Share of the variance of each difference that pairing on common seeds removed, from the policies' start
 *  (files written before compare had that window: the whole run). */
function varianceReductionTable(): string {
  const all = readCsv(`${DIR}/compare/comparison.csv`);
  const policy = all.find((r) => r.period === 'policy');
  const rows = all.filter((r) => r.period === (policy ? 'policy' : 'all'));
  const window = policy ? `${policy.window_start} to ${policy.window_end}, from the policies' start` : 'whole run';
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  const out = [
    `Variance reduction from pairing (${window}, 1 - Var(difference) / (Var(policy) + Var(baseline)); 1 means the paired difference has no seed noise left, 0 means pairing did not help):`,
    '',
    `| outcome (${window}) | ${scenarios.join(' | ')} |`,
    `|---|${scenarios.map(() => '---').join('|')}|`,
  ];
  for (const metric of PAIRED_OUTCOMES) {
    const cells = scenarios.map((s) => {
      const r = rows.find((x) => x.scenario === s && x.metric === metric);
      return r && r.variance_reduction !== '' ? Number(r.variance_reduction).toFixed(2) : 'n/a';
    });
    out.push(`| ${label(metric)} | ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

/** The sweep table: each outcome's mean [95% CI] at each number of border agents, in the last simulated year. */
function sweepTable(): string {
  const dir = `${DIR}/sweep`;
  const size = runSize(dir);
  const year = lastYear(size);
  const rows = readCsv(`${dir}/summary.csv`).filter((r) => r.period === year);
  const points = [...new Set(rows.map((r) => r.point))];
  const agents = (point: string) => rows.find((r) => r.point === point)!['border.agents'];
  const out = [
    `\`border.agents\` held from the start at each value, ${size.replicates} seeds per point, scale ${size.scale}, ${size.years} years from ${size.start}; yearly values in ${year}, mean [95% CI].`,
    '',
    `| outcome (${year}) | ${points.map((p) => `${Number(agents(p)).toLocaleString('en-US')} agents`).join(' | ')} |`,
    `|---|${points.map(() => '---').join('|')}|`,
  ];
  for (const metric of OUTCOMES) {
    const cells = points.map((p) => {
      const r = rows.find((x) => x.point === p && x.metric === metric);
      return r ? `${format(Number(r.mean))} [${format(Number(r.ci_low))}, ${format(Number(r.ci_high))}]` : 'n/a';
    });
    out.push(`| ${label(metric)} | ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

/** Both tables, or a note saying how to make them when the experiment has not been run. */
export function borderParadoxTables(): string {
  if (!existsSync(`${DIR}/compare/comparison.csv`) || !existsSync(`${DIR}/sweep/summary.csv`)) {
    return '(not run yet: `sh scripts/border-paradox.sh`, then `npm run docs`)';
  }
  return `${comparisonTable()}\n\n${varianceReductionTable()}\n\n${sweepTable()}`;
}
