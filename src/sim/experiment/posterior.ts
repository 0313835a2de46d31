// Policy effects across plausible worlds: N parameter sets drawn from a calibration's final population
// (by its importance weights, from a seeded stream), each running every scenario on its own paired
// seeds. Per policy, outcome and period: the median effect and a 90% interval over every (draw, seed)
// difference, the share of draws whose mean effect is positive, and a variance decomposition of the
// differences into parameters (between draws) and seeds (within draws).
import { METRICS, type MetricName } from '../metrics';
import { checkParamValue, findParam } from '../params';
import { ScenarioError, type Scenario } from '../scenario';
import { createStream } from '../engine/rng';
import { quantileSorted } from 'simple-statistics';
import { createPlan, type Arm, type ExperimentPlan } from './plan';
import { requireAligned, timelineChanger } from './experiments';
import { policyStart } from './comparison';
import { periodMonths, type RunOutcome } from './summary';
import { mean, variance } from './stats';
import { csvCell, csvLine, statCell } from './tables';

/** A calibration's final population: parameter sets with normalised importance weights. */
export interface PosteriorPopulation {
  parameters: string[];
  points: Record<string, number>[];
  weights: number[];
}

type PosteriorRowJson = { parameter?: unknown; values?: unknown; weights?: unknown };

/** The final population from calibration.json's `posterior` rows (each parameter's accepted values, in the
 *  same order, with the points' weights); throws naming the field when the file is not one. */
export function posteriorPopulation(json: unknown, origin: string): PosteriorPopulation {
  const rows = (json as { posterior?: unknown })?.posterior;
  if (!Array.isArray(rows) || rows.length === 0)
    throw new ScenarioError(
      `${origin}: posterior: expected the calibration's list of parameters with their accepted values (calibration.json from frontera calibrate)`,
    );
  const typed = rows as PosteriorRowJson[];
  const n = Array.isArray(typed[0].values) ? typed[0].values.length : 0;
  const parameters = typed.map((row, k) => {
    const path = String(row.parameter);
    if (!findParam(path)) throw new ScenarioError(`${origin}: posterior[${k}].parameter = "${path}": ${checkParamValue(path, 0)}`);
    if (!Array.isArray(row.values) || row.values.length !== n || n === 0)
      throw new ScenarioError(
        `${origin}: posterior[${k}].values: expected ${n || 'one or more'} accepted values, as many for every parameter`,
      );
    row.values.forEach((v, i) => {
      const problem = checkParamValue(path, v as number);
      if (problem) throw new ScenarioError(`${origin}: posterior[${k}].values[${i}] = ${JSON.stringify(v)}: ${problem}`);
    });
    return path;
  });
  const raw = Array.isArray(typed[0].weights) ? (typed[0].weights as unknown[]).map(Number) : new Array<number>(n).fill(1);
  if (raw.length !== n || raw.some((w) => !(w >= 0) || !Number.isFinite(w)) || !raw.some((w) => w > 0)) {
    throw new ScenarioError(`${origin}: posterior[0].weights: expected ${n} non-negative importance weights, not all zero`);
  }
  const total = raw.reduce((a, b) => a + b, 0);
  const points = Array.from({ length: n }, (_, i) =>
    Object.fromEntries(typed.map((row, k) => [parameters[k], Number((row.values as unknown[])[i])])),
  );
  return { parameters, points, weights: raw.map((w) => w / total) };
}

/** `count` population indices drawn with replacement, each with probability its weight. */
export function drawPoints(population: PosteriorPopulation, count: number, seed: number): number[] {
  const rng = createStream(seed, 'experiment/posterior-draws');
  return Array.from({ length: count }, () => {
    let u = rng();
    const i = population.weights.findIndex((w) => (u -= w) < 0);
    return i < 0 ? population.weights.length - 1 : i;
  });
}

/** The plan: `draws` parameter sets from the population, each running every scenario on `replicates` seeds
 *  of its own (draw d: seeds d R .. d R + R - 1), paired across scenarios. Totals from the policies' start. */
export function posteriorPlan(
  scenarios: Scenario[],
  population: PosteriorPopulation,
  draws: number,
  replicates: number,
  baseSeed: number,
  source: string,
  wholeRun = false,
): ExperimentPlan {
  if (scenarios.length < 2)
    throw new ScenarioError(`compare --posterior: got ${scenarios.length} scenario; expected two or more to compare`);
  requireAligned('compare', scenarios);
  if (!Number.isInteger(draws) || draws < 2) throw new ScenarioError(`--draws ${draws}: expected a whole number of posterior draws >= 2`);
  for (const path of population.parameters) {
    const changer = timelineChanger(path, scenarios);
    if (changer)
      throw new ScenarioError(
        `--posterior: ${path} is calibrated, and "${changer.name}"'s timeline changes it; a drawn value is held for the whole run and would remove that change`,
      );
  }
  const picks = drawPoints(population, draws, baseSeed);
  const arms: Arm[] = picks.flatMap((point, draw) =>
    scenarios.map((s, i) => ({
      scenario: i,
      set: population.points[point],
      seedIndex: draw * replicates,
      keys: { draw, point, scenario: s.name, ...population.points[point] },
    })),
  );
  return createPlan({
    // Factors record the range the population spans.
    kind: 'posterior',
    baseSeed,
    replicates,
    scenarios,
    arms,
    factors: population.parameters.map((path) => ({
      path,
      from: Math.min(...population.points.map((p) => p[path])),
      to: Math.max(...population.points.map((p) => p[path])),
    })),
    keyColumns: ['draw', 'point', 'scenario', ...population.parameters],
    design: { method: 'posterior-draws', draws, posterior: source, policyStart: policyStart(scenarios), wholeRun },
  });
}

/** How the effects are computed, in words (posterior-effects.json and the docs). */
export const POSTERIOR_METHOD =
  "Each draw is a parameter set resampled with replacement from the calibration's final population by its importance weights (seeded by the base seed); every scenario runs on the draw's own seeds, paired across scenarios. Effect = policy minus the first scenario, run by run. median, p5, p95: over every (draw, seed) difference, so the 90% interval holds parameter and seed uncertainty. share_positive, share_negative: shares of draws whose mean effect over their seeds is above, below zero. Variance: one-way random-effects ANOVA by the method of moments, var_seeds = mean within-draw sample variance, var_parameters = variance of the draw means minus var_seeds / replicates (floored at 0), parameter_share = var_parameters / (var_parameters + var_seeds); needs two or more seeds per draw";

/** One policy's effect on one outcome over one period, across plausible worlds and seeds. */
export interface PosteriorEffect {
  scenario: string;
  baseline: string;
  metric: MetricName;
  period: string;
  draws: number;
  replicates: number;
  /** (draw, seed) differences with a value. */
  n: number;
  mean: number;
  median: number;
  p5: number;
  p95: number;
  /** Shares of draws whose mean effect over their seeds is above zero, and below it. */
  sharePositive: number;
  shareNegative: number;
  varTotal: number;
  /** Between-draw variance component (parameters) and within-draw variance (seeds), one-way random-effects ANOVA. */
  varParameters: number;
  varSeeds: number;
  parameterShare: number;
}

/** Variance components of a balanced nested sample (groups = draws, members = seeds), by the method of
 *  moments of a one-way random-effects ANOVA: within = mean of the groups' sample variances; between =
 *  variance of the group means minus within / R (floored at 0). NaN without two seeds per draw. */
export function varianceComponents(groups: readonly number[][]): { between: number; within: number } {
  const full = groups.filter((g) => g.length >= 2);
  if (full.length < 2) return { between: NaN, within: NaN };
  const within = mean(full.map((g) => variance(g)));
  const r = mean(full.map((g) => g.length));
  return { between: Math.max(0, variance(full.map((g) => mean(g))) - within / r), within };
}

/** Each draw's paired differences (policy minus the first scenario) of one metric and period, seed by seed. */
function drawDifferences(
  plan: ExperimentPlan,
  outcomes: readonly RunOutcome[],
  scenario: number,
  metric: MetricName,
  period: number,
): number[][] {
  const perDraw = plan.scenarios.length;
  const value = (arm: number, r: number) => outcomes[arm * plan.replicates + r].values[metric][period];
  return Array.from({ length: plan.arms.length / perDraw }, (_, d) =>
    Array.from({ length: plan.replicates }, (_, r) => value(d * perDraw + scenario, r) - value(d * perDraw, r)).filter(
      (x) => !Number.isNaN(x),
    ),
  );
}

function share(values: readonly number[], test: (x: number) => boolean): number {
  return values.length ? values.filter(test).length / values.length : NaN;
}

/** Effects of every policy (each scenario after the first) on every metric, for each total period (not the years). */
export function posteriorEffects(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): PosteriorEffect[] {
  const periods = outcomes[0].periods.map((p, i) => [p, i] as const).filter(([p]) => !/^\d{4}$/.test(p));
  const effects: PosteriorEffect[] = [];
  for (let s = 1; s < plan.scenarios.length; s++) {
    for (const m of METRICS) {
      for (const [period, p] of periods) {
        const groups = drawDifferences(plan, outcomes, s, m.name, p);
        const pooled = groups.flat().sort((a, b) => a - b);
        const means = groups.filter((g) => g.length > 0).map((g) => mean(g));
        const { between, within } = varianceComponents(groups);
        const pct = (q: number) => (pooled.length === 0 ? NaN : quantileSorted(pooled, q));
        effects.push({
          scenario: plan.scenarios[s].name,
          baseline: plan.scenarios[0].name,
          metric: m.name,
          period,
          draws: groups.length,
          replicates: plan.replicates,
          n: pooled.length,
          mean: mean(pooled),
          median: pct(0.5),
          p5: pct(0.05),
          p95: pct(0.95),
          sharePositive: share(means, (x) => x > 0),
          shareNegative: share(means, (x) => x < 0),
          varTotal: variance(pooled),
          varParameters: between,
          varSeeds: within,
          parameterShare: between + within > 0 ? between / (between + within) : NaN,
        });
      }
    }
  }
  return effects;
}

/** posterior-effects.csv: one row per policy, metric and total period. */
export function posteriorEffectsCsv(plan: ExperimentPlan, effects: readonly PosteriorEffect[]): string {
  const header = [
    'scenario',
    'baseline',
    'metric',
    'period',
    'window_start',
    'window_end',
    'draws',
    'replicates',
    'n',
    'median',
    'p5',
    'p95',
    'mean',
    'share_positive',
    'share_negative',
    'var_total',
    'var_parameters',
    'var_seeds',
    'parameter_share',
  ];
  const lines = effects.map((e) =>
    csvLine([
      csvCell(e.scenario),
      csvCell(e.baseline),
      e.metric,
      e.period,
      ...periodMonths(plan, e.period),
      String(e.draws),
      String(e.replicates),
      String(e.n),
      ...[e.median, e.p5, e.p95, e.mean, e.sharePositive, e.shareNegative, e.varTotal, e.varParameters, e.varSeeds, e.parameterShare].map(
        statCell,
      ),
    ]),
  );
  return [csvLine(header), ...lines].join('\n') + '\n';
}

/** draws.csv: each draw's population point and parameter values. */
export function drawsCsv(plan: ExperimentPlan): string {
  const paths = plan.factors.map((f) => f.path);
  const lines = plan.arms
    .filter((a) => a.scenario === 0)
    .map((a) => csvLine([String(a.keys.draw), String(a.keys.point), ...paths.map((p) => csvCell(a.set[p]))]));
  return [csvLine(['draw', 'point', ...paths]), ...lines].join('\n') + '\n';
}
