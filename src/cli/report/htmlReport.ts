// `frontera report DIR`: one self-contained HTML file from an experiment directory (batch, compare,
// sweep, sensitivity, sobol, calibration, history or compare --posterior): the manifest at the top, tables, and charts drawn by
// the bundled page script (Chart.js included), so it opens offline and makes no network request.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError } from '../../sim/scenario';
import { VERSION } from '../../sim/version';
import type { ReportChart } from './htmlReportPage';
import { reportPageScript } from './pageScript';
import {
  batchSections,
  calibrationSections,
  compareSections,
  esc,
  historySections,
  keyValueTable,
  sensitivitySections,
  sweepSections,
  type ReportSection,
} from './htmlReportSections';
import { posteriorSections, sobolSections } from './robustnessSections';
import { assertWritable, writeFileAtomic } from '../files';

interface Manifest {
  kind: string;
  status: string;
  version: string;
  commit: string | null;
  baseSeed: number;
  replicates: number;
  runCount: number;
  design: Record<string, unknown>;
  factors: { path: string; from: unknown; to: unknown }[];
  scenarios: { name: string; sha256: string; scenario: { start: string; years: number; scale: number } }[];
  execution?: { command?: string; started?: string; finished?: string; workers?: number | null; machine?: Record<string, unknown> };
}

function readManifest(dir: string): Manifest {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new ScenarioError(
      `report: ${dir} is not a directory: expected an experiment output directory (--out of batch, compare, sweep, sensitivity, calibrate or history)`,
    );
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new ScenarioError(`report: ${dir} has no manifest.json: expected an experiment output directory`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (err) {
    throw new ScenarioError(`report: ${file} is not valid JSON (${(err as Error).message})`);
  }
  if (manifest.status !== 'complete')
    throw new ScenarioError(
      `report: ${dir} holds an experiment with status "${manifest.status}": expected a complete one (finish it with --resume, or merge its shards)`,
    );
  return manifest;
}

/** The report's sections for the directory's kind of experiment. */
function sectionsFor(dir: string, manifest: Manifest): ReportSection[] {
  switch (manifest.kind) {
    case 'batch':
      return batchSections(dir, manifest.scenarios[0]?.scenario);
    case 'compare':
      return compareSections(dir);
    case 'sweep':
      return sweepSections(dir, manifest.factors);
    case 'sensitivity':
      return sensitivitySections(dir);
    case 'history':
      return [...historySections(dir), ...batchSections(dir, manifest.scenarios[0]?.scenario).slice(1)];
    case 'calibration':
      return calibrationSections(dir);
    case 'posterior':
      return posteriorSections(dir);
    case 'sobol':
      return sobolSections(dir);
    default:
      throw new ScenarioError(
        `report: ${dir}/manifest.json has kind "${manifest.kind}": expected batch, compare, sweep, sensitivity, sobol, calibration, history or posterior`,
      );
  }
}

function manifestBlock(manifest: Manifest): string {
  const e = manifest.execution ?? {};
  const scenarios = manifest.scenarios
    .map((s) => `${s.name} (${s.scenario.start}, ${s.scenario.years} years, scale ${s.scenario.scale})`)
    .join('; ');
  const design = Object.entries(manifest.design ?? {})
    .map(([k, v]) => `${k} ${String(v)}`)
    .join(', ');
  const rows: [string, string][] = [
    ['command', e.command ?? '-'],
    ['kind', manifest.kind],
    ['version', `${manifest.version}${manifest.commit ? ` (commit ${manifest.commit})` : ''}`],
    [
      'seeds',
      `base seed ${manifest.baseSeed}, ${manifest.replicates} replicate${manifest.replicates === 1 ? '' : 's'}, ${manifest.runCount} runs (seeds per run in manifest.json)`,
    ],
    ['scenarios', scenarios],
    ['design', design || '-'],
    ['varied', manifest.factors.map((f) => `${f.path} ${String(f.from)} to ${String(f.to)}`).join(', ') || '-'],
    [
      'executed',
      `${e.started ?? '?'} to ${e.finished ?? '?'}${e.workers ? `, ${e.workers} workers` : ''}${e.machine ? `, ${String(e.machine.cpus)} cores, Node ${String(e.machine.node)}` : ''}`,
    ],
  ];
  return keyValueTable(rows, 'Provenance');
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#222;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}.note{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.8rem 0;font-size:.85rem;display:block;max-width:100%;overflow-x:auto}td{overflow-wrap:anywhere}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}caption{text-align:left;font-weight:600;padding:.3rem 0}.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(520px,100%),1fr));gap:1rem}
figure{margin:0;border:1px solid #e3e3e3;padding:.5rem}figcaption{font-weight:600;font-size:.9rem}.chart-box{position:relative;height:300px}
.verdict-hit{color:#007A55;font-weight:600}.verdict-miss{color:#B34700;font-weight:600}`;

/** Text safe inside a <script> element. */
function scriptText(text: string): string {
  return text.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

/** The whole report page. */
export function reportHtml(dir: string): string {
  const manifest = readManifest(dir);
  const sections = sectionsFor(dir, manifest);
  const charts: ReportChart[] = sections.flatMap((s) => s.charts.map(({ id, config, unit }) => ({ id, config, unit })));
  const body = sections
    .map(
      (s) =>
        `<section><h2>${esc(s.title)}</h2><p class="note">${esc(s.intro)}</p>${s.tables.join('')}` +
        (s.charts.length
          ? `<div class="charts">${s.charts.map((c) => `<figure><figcaption>${esc(c.title)}</figcaption><div class="chart-box"><canvas id="${c.id}" role="img" aria-label="${esc(c.title)}"></canvas></div>${c.note ? `<p class="note">${esc(c.note)}</p>` : ''}</figure>`).join('')}</div>`
          : '') +
        '</section>',
    )
    .join('\n');
  const data = JSON.stringify(charts).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>Frontera ${esc(manifest.kind)} report: ${esc(manifest.scenarios.map((s) => s.name).join(', '))}</title><style>${STYLE}</style></head>
<body><h1>Frontera ${esc(manifest.kind)} report</h1>
<p class="note">Exploratory agent-based model, not a forecast. Generated by frontera ${esc(VERSION)} from ${esc(dir)}; every number below comes from the files in that directory.</p>
${manifestBlock(manifest)}
${body}
<script id="report-charts" type="application/json">${data}</script>
<script>${scriptText(reportPageScript())}</script>
</body></html>
`;
}

/** Runs the report command: writes DIR/report.html (or --out). */
export function reportCommand(dir: string, opts: { out?: string; quiet?: boolean }): void {
  const out = opts.out ?? join(dir, 'report.html');
  const html = reportHtml(dir);
  assertWritable('--out', out);
  writeFileAtomic(out, html);
  if (!opts.quiet) process.stderr.write(`report: wrote ${out} (${Math.round(html.length / 1024)} kB, opens offline)\n`);
}
