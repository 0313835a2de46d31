// Writes docs/MODEL.md (ODD+D) from docs/model.template.md, the parameter and metric declarations,
// and a calibration run of baseline-2003 over several seeds; also writes scenarios/scenario.schema.json
// and the history replay built from the evidence (scenarios/history-1992-2010.json).
// Usage: npm run docs [-- --seeds 10 --skip-calibration]
import { readFileSync, writeFileSync } from 'node:fs';
import { PARAMS, PARAM_GROUPS, type ParamSpec } from '../src/sim/params';
import { formulaOf, METRICS } from '../src/sim/metrics';
import { CONSTANTS, type ModelConstant } from '../src/sim/model/constants';
import { findScenario } from '../src/sim/library';
import { applyOverrides, scenarioJsonSchema } from '../src/sim/scenario';
import { runScenario } from '../src/sim/run';
import { yearlySummary, type YearlyRow } from '../src/sim/output';
import { calibrationTargets, targetRole, type CalibrationTarget } from '../src/sim/calibration-targets';
import { HISTORY_NAME, historyScenarioText } from '../src/sim/evidence-history';
import { borderParadoxTables } from './border-paradox-tables';

const escape = (text: string) => text.replace(/\|/g, '\\|');

/** Markdown table of every parameter, grouped, from the declarations. */
export function parameterTable(): string {
  const rows = ['| parameter | unit | range | default | meaning | source |', '|---|---|---|---|---|---|'];
  for (const group of PARAM_GROUPS) {
    for (const p of PARAMS.filter((x) => x.group === group)) {
      const range = p.kind === 'boolean' ? 'true / false' : `${p.min} to ${p.max}`;
      rows.push(`| \`${p.path}\` | ${p.unit} | ${range} | ${String(p.default)} | ${escape(p.description)} | ${escape(p.source)} |`);
    }
  }
  return rows.join('\n');
}

/** Markdown table of every metric from the declarations, with how each month's value is computed. */
export function metricTable(): string {
  const rows = ['| metric | unit | computed each month as | yearly | meaning |', '|---|---|---|---|---|'];
  for (const m of METRICS) rows.push(`| \`${m.name}\` | ${m.unit} | ${escape(formulaOf(m))} | ${m.yearly} | ${escape(m.description)} |`);
  return rows.join('\n');
}

/** Markdown table of every number that shapes a decision: the parameters (policy levers, context and
 *  behaviour) and the named constants, each with its value, range, basis (input, calibrated,
 *  assumption; evidence for constants) and source or calibration target. */
export function decisionTable(): string {
  const rows = ['| number | kind | where | value | unit | range | basis | source or target |', '|---|---|---|---|---|---|---|---|'];
  for (const p of PARAMS as readonly ParamSpec[]) {
    const allowed = p.kind === 'boolean' ? 'true / false' : `${formatConstant(p.min)} to ${formatConstant(p.max)}`;
    const range = p.prior ? `prior ${formatConstant(p.prior[0])} to ${formatConstant(p.prior[1])} (allowed ${allowed})` : allowed;
    const value = typeof p.default === 'boolean' ? String(p.default) : formatConstant(p.default);
    rows.push(`| \`${p.path}\` | parameter | ${p.group} | ${value} | ${escape(p.unit)} | ${range} | ${p.role ?? 'unclassified'} | ${escape(p.source)} |`);
  }
  for (const [name, c] of Object.entries(CONSTANTS) as [string, ModelConstant][]) {
    const range = c.range ? `${formatConstant(c.range[0])} to ${formatConstant(c.range[1])}` : 'none given';
    rows.push(`| \`${name}\` | constant | ${c.module}.ts | ${formatConstant(c.value)} | ${escape(c.unit)} | ${range} | ${c.basis} | ${escape(c.source)} |`);
  }
  return rows.join('\n');
}

function formatConstant(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(Number(value.toPrecision(3)));
}

function format(value: number): string {
  if (Math.abs(value) < 10) return value.toFixed(2);
  return Math.round(value).toLocaleString('en-US');
}

function calibrationTable(targets: CalibrationTarget[], perSeed: YearlyRow[][]): string {
  const rows = ['| quantity | target | model (mean, range over seeds) | verdict | source |', '|---|---|---|---|---|'];
  for (const t of targets) {
    const values = perSeed.map((years) => t.measure(years));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const role = targetRole(t);
    const verdict = role !== 'scored' ? role : mean >= t.low! && mean <= t.high! ? 'inside' : mean < t.low! ? 'below' : 'above';
    rows.push(`| ${t.quantity} | ${t.target} | ${format(mean)} (${format(lo)} to ${format(hi)}) | ${verdict} | ${t.source} |`);
  }
  return rows.join('\n');
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function main(): void {
  writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  writeFileSync(`scenarios/${HISTORY_NAME}.json`, historyScenarioText());
  const seeds = argument('--seeds', 10);
  const years = 3;
  const baseline = findScenario('baseline-2003')!;
  let calibration = '(calibration skipped: run `npm run docs` without --skip-calibration)';
  if (!process.argv.includes('--skip-calibration')) {
    const perSeed: YearlyRow[][] = [];
    for (let seed = 1; seed <= seeds; seed++) {
      perSeed.push(yearlySummary(runScenario(applyOverrides(baseline, { seed, years }))));
      process.stderr.write(`calibration run ${seed}/${seeds}\n`);
    }
    calibration = calibrationTable(calibrationTargets(), perSeed);
  } else {
    const previous = readFileSync('docs/MODEL.md', 'utf8');
    const match = /\| quantity \| target \|[\s\S]*?\n\n/.exec(previous);
    if (match) calibration = match[0].trimEnd();
  }
  const text = readFileSync('docs/model.template.md', 'utf8')
    .replace('{{PARAM_TABLE}}', parameterTable())
    .replace('{{METRIC_TABLE}}', metricTable())
    .replace('{{DECISION_TABLE}}', decisionTable())
    .replace('{{METRIC_COUNT}}', String(METRICS.length))
    .replace('{{CALIBRATION_TABLE}}', calibration)
    .replace('{{BORDER_PARADOX}}', borderParadoxTables())
    .replace('{{CALIBRATION_SCALE}}', String(baseline.scale))
    .replace('{{CALIBRATION_SEEDS}}', String(seeds))
    .replace('{{CALIBRATION_YEARS}}', `2003 to ${2003 + years - 1}`);
  writeFileSync('docs/MODEL.md', text);
  process.stderr.write('wrote docs/MODEL.md and scenarios/scenario.schema.json\n');
}

if (process.argv[1]?.endsWith('generate-docs.ts')) main();
