// A Sobol' sensitivity experiment as a plan: the Saltelli design over the named parameters' ranges,
// each design row run on one block of seeds per base point, either for one scenario or for a policy
// and its reference on the same seeds (the output is then the paired difference). Its results are
// the first- and total-order indices of each chosen metric over a window of months.
import { findMetric, type MetricName } from '../metrics';
import { findParam } from '../params';
import { ScenarioError, type Scenario } from '../scenario';
import { createStream } from '../engine/rng';
import { isMonth, monthIndex, monthLabel } from '../engine/calendar';
import { valueAt, type Vary } from './designs';
import { createPlan, type Arm, type ExperimentPlan } from './plan';
import { requireAligned, timelineChanger } from './experiments';
import { policyStart } from './comparison';
import { POLICY_WINDOW, periodMonths, type RunOutcome } from './summary';
import { groupOutputs, saltelliDesign, sobolIndices, SOBOL_MAX_DIMENSIONS, type SaltelliRow, type SobolIndex } from './sobol';
import { csvCell, csvLine, statCell } from './tables';
import { mean } from './stats';

/** What a Sobol' experiment measures besides its design. */
export interface SobolSettings {
  metrics: MetricName[];
  /** First and last month of the window ("YYYY-MM"); default: the policies' start (one scenario: the run's start) to the end. */
  window?: [string, string];
  /** Bootstrap resamples of the base points for the intervals. */
  resamples: number;
}

/** Checks the factors are ranges of declared parameters a policy's timeline does not also change. */
function checkFactors(factors: readonly Vary[], scenarios: readonly Scenario[]): void {
  if (factors.length === 0)
    throw new ScenarioError('--vary: expected at least one path=from:to (e.g. --vary behaviour.networkEvasion=0.4:0.9)');
  if (2 * factors.length > SOBOL_MAX_DIMENSIONS)
    throw new ScenarioError(
      `--vary: ${factors.length} parameters; expected at most ${SOBOL_MAX_DIMENSIONS / 2} (the Sobol' directions table has ${SOBOL_MAX_DIMENSIONS} dimensions)`,
    );
  factors.forEach((f, i) => {
    if (factors.findIndex((g) => g.path === f.path) !== i)
      throw new ScenarioError(`--vary ${f.path}: varied twice; give each parameter once`);
    if (f.values !== undefined || f.steps !== undefined)
      throw new ScenarioError(`--vary ${f.path}: expected a range path=from:to (the Sobol' design samples it), not steps or a list`);
    if (findParam(f.path)!.kind !== 'boolean' && !(Number(f.from) < Number(f.to)))
      throw new ScenarioError(`--vary ${f.path}=${f.from}:${f.to}: expected from < to`);
    const changer = timelineChanger(f.path, scenarios);
    if (changer)
      throw new ScenarioError(
        `--vary ${f.path}: "${changer.name}"'s timeline changes it; a value held for the whole run would remove that change from the run. Vary another parameter, or use a scenario that leaves it alone`,
      );
  });
}

/** The window's months, checked against the run; default from the policies' start to the end. */
function windowOf(scenarios: readonly Scenario[], asked: [string, string] | undefined): [string, string] {
  const first = monthIndex(scenarios[0].start);
  const last = first + scenarios[0].years * 12 - 1;
  if (asked === undefined) return [scenarios.length > 1 ? policyStart(scenarios) : scenarios[0].start, monthLabel(last)];
  const [from, to] = asked;
  if (!isMonth(from) || !isMonth(to) || monthIndex(from) > monthIndex(to) || monthIndex(from) < first || monthIndex(to) > last) {
    throw new ScenarioError(
      `--window ${from}:${to}: expected FROM:TO, two months "YYYY-MM" with FROM <= TO inside the run (${monthLabel(first)} to ${monthLabel(last)})`,
    );
  }
  return [from, to];
}

/** The Sobol' plan: every Saltelli row (N (k + 2) of them) under each scenario, `replicates` seeds per row; all
 *  rows of base point j share seeds j R .. j R + R - 1, so the estimators' differences hold seed noise fixed. */
export function sobolPlan(
  scenarios: Scenario[],
  factors: Vary[],
  base: number,
  replicates: number,
  baseSeed: number,
  settings: SobolSettings,
): ExperimentPlan {
  if (scenarios.length < 1 || scenarios.length > 2)
    throw new ScenarioError(
      `sobol: got ${scenarios.length} scenarios; expected one, or a reference and a policy (the output is then policy minus reference on the same seeds)`,
    );
  requireAligned('sobol', scenarios);
  checkFactors(factors, scenarios);
  if (!Number.isInteger(base) || base < 2)
    throw new ScenarioError(
      `--samples ${base}: expected a whole number of base points >= 2 (a power of two suits the Sobol' sequence best)`,
    );
  const unknown = settings.metrics.find((m) => !findMetric(m));
  if (unknown !== undefined || settings.metrics.length === 0)
    throw new ScenarioError(`--metric ${unknown ?? ''}: expected one or more metric names (frontera metrics lists them)`);
  const [from, to] = windowOf(scenarios, settings.window);
  const specs = factors.map((f) => findParam(f.path)!);
  const arms: Arm[] = saltelliDesign(factors.length, base, createStream(baseSeed, 'experiment/sobol-shift')).flatMap((row, r) => {
    const set = Object.fromEntries(factors.map((f, k) => [f.path, valueAt(specs[k], f.from, f.to, row.u[k])]));
    return scenarios.map((s, i) => ({
      scenario: i,
      set,
      seedIndex: row.point * replicates,
      keys: {
        row: r,
        point: row.point,
        matrix: row.matrix,
        factor: row.factor < 0 ? '' : factors[row.factor].path,
        scenario: s.name,
        ...set,
      },
    }));
  });
  return createPlan({
    kind: 'sobol',
    baseSeed,
    replicates,
    scenarios,
    arms,
    factors,
    keyColumns: ['row', 'point', 'matrix', 'factor', 'scenario', ...factors.map((f) => f.path)],
    design: {
      method: 'saltelli-jansen',
      samples: base,
      metrics: settings.metrics.join(','),
      policyStart: from,
      windowEnd: to,
      resamples: settings.resamples,
      confidence: 0.95,
    },
  });
}

/** A metric's indices: what was measured and each parameter's S1 and ST, ranked by ST. */
export interface SobolMetricResult {
  metric: MetricName;
  output: string;
  n: number;
  mean: number;
  variance: number;
  indices: (SobolIndex & { parameter: string; rank: number })[];
}

/** The output a Sobol' plan measures: the scenario, or the policy minus its reference on the same seeds. */
export function sobolOutputName(plan: ExperimentPlan): string {
  const names = plan.scenarios.map((s) => s.name);
  return names.length === 2 ? `${names[1]} minus ${names[0]}` : names[0];
}

/** Each design row's output of one metric over the window: the mean over replicates of the scenario's value,
 *  or of the policy's minus the reference's (run by run, on the same seed). */
function rowOutputs(plan: ExperimentPlan, outcomes: readonly RunOutcome[], metric: MetricName): number[] {
  const period = outcomes[0].periods.indexOf(POLICY_WINDOW);
  const value = (arm: number, r: number) => outcomes[arm * plan.replicates + r].values[metric][period];
  const perRow = plan.scenarios.length;
  return Array.from({ length: plan.arms.length / perRow }, (_, row) => {
    const runs = Array.from({ length: plan.replicates }, (_, r) =>
      perRow === 2 ? value(row * 2 + 1, r) - value(row * 2, r) : value(row, r),
    );
    return runs.some(Number.isNaN) ? NaN : mean(runs);
  });
}

/** The Saltelli rows of the plan, in order (unit coordinates are not needed to estimate). */
function planRows(plan: ExperimentPlan): SaltelliRow[] {
  return plan.arms
    .filter((arm) => arm.scenario === 0)
    .map((arm) => ({
      point: Number(arm.keys.point),
      matrix: arm.keys.matrix as SaltelliRow['matrix'],
      factor: plan.factors.findIndex((f) => f.path === arm.keys.factor),
      u: [],
    }));
}

/** Sobol' indices of every metric the plan names, with bootstrap intervals seeded from the plan. */
export function sobolResults(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): SobolMetricResult[] {
  const rows = planRows(plan);
  return String(plan.design.metrics)
    .split(',')
    .map((name) => {
      const metric = name as MetricName;
      const grouped = groupOutputs(rows, rowOutputs(plan, outcomes, metric), plan.factors.length);
      const rng = createStream(plan.baseSeed, `experiment/sobol-bootstrap/${metric}`);
      const result = sobolIndices(grouped, { resamples: Number(plan.design.resamples), confidence: Number(plan.design.confidence), rng });
      const named = result.indices.map((index, i) => ({ ...index, parameter: plan.factors[i].path }));
      const ranked = [...named].sort(
        (a, b) =>
          (Number.isFinite(b.ST) ? b.ST : -Infinity) - (Number.isFinite(a.ST) ? a.ST : -Infinity) || a.parameter.localeCompare(b.parameter),
      );
      return {
        metric,
        output: sobolOutputName(plan),
        n: result.n,
        mean: result.mean,
        variance: result.variance,
        indices: ranked.map((x, i) => ({ ...x, rank: i + 1 })),
      };
    });
}

/** sobol.csv: per metric and parameter, ranked by total-order index, in SALib's column names. */
export function sobolCsv(plan: ExperimentPlan, results: readonly SobolMetricResult[]): string {
  const [from, to] = periodMonths(plan, POLICY_WINDOW);
  const lines = [
    csvLine(['metric', 'output', 'window_start', 'window_end', 'rank', 'parameter', 'from', 'to', 'n', 'S1', 'S1_conf', 'ST', 'ST_conf']),
  ];
  for (const r of results) {
    for (const x of r.indices) {
      const factor = plan.factors.find((f) => f.path === x.parameter)!;
      lines.push(
        csvLine([
          r.metric,
          csvCell(r.output),
          from,
          to,
          String(x.rank),
          x.parameter,
          csvCell(factor.from),
          csvCell(factor.to),
          String(r.n),
          ...[x.S1, x.S1_conf, x.ST, x.ST_conf].map(statCell),
        ]),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Contents of sobol.json: the method, the design and every metric's indices. */
export function sobolJson(plan: ExperimentPlan, results: readonly SobolMetricResult[]): object {
  const [from, to] = periodMonths(plan, POLICY_WINDOW);
  return {
    method: `Saltelli (2010) design on a digitally shifted Sobol' sequence (Joe-Kuo 6.21201 directions, shift seeded from the base seed), ${plan.design.samples} base points x (${plan.factors.length} + 2) rows, each row on ${plan.replicates} seed(s) shared by its base point's rows; Jansen (1999) first- and total-order estimators; ${plan.design.resamples} bootstrap resamples of the base points, conf = z(0.975) x bootstrap sd (SALib's convention); parameters uniform over their ranges`,
    output: sobolOutputName(plan),
    window: { start: from, end: to },
    samples: plan.design.samples,
    replicates: plan.replicates,
    factors: plan.factors.map((f) => ({ path: f.path, from: f.from, to: f.to })),
    metrics: results,
  };
}
