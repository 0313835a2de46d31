// `frontera compare ... --posterior DIR --draws N`: every scenario on N parameter sets drawn from a
// calibration's final population (DIR/calibration.json), each with paired seeds; reports each policy's
// effect across plausible worlds (src/sim/experiment/posterior.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScenarioError, type Scenario } from '../sim/scenario';
import {
  posteriorEffects,
  posteriorPlan,
  posteriorPopulation,
  type PosteriorEffect,
  type PosteriorPopulation,
} from '../sim/experiment/posterior';
import { periodMonths, POLICY_WINDOW } from '../sim/experiment/summary';
import { findMetric, HEADLINE_METRICS } from '../sim/metrics';
import { runExperiment, type ExperimentOptions } from './run/experiment';
import { readable, table } from './format';
import { sha256 } from './run/experimentDir';

/** The final population a calibration directory holds; a ScenarioError naming the flag otherwise. */
export function readPosterior(dir: string): { population: PosteriorPopulation; source: string } {
  const file = join(dir, 'calibration.json');
  if (!existsSync(file))
    throw new ScenarioError(`--posterior ${dir}: no calibration.json there; expected a directory written by frontera calibrate`);
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ScenarioError(`--posterior ${dir}: calibration.json is not valid JSON (${(err as Error).message})`);
  }
  return { population: posteriorPopulation(json, `--posterior ${file}`), source: `calibration.json sha256 ${sha256(text)}` };
}

/** The headline effects of each policy as a terminal table. */
export function posteriorTable(effects: readonly PosteriorEffect[], period: string): string {
  const show = (v: number, metric: string) => readable(v, findMetric(metric)!.unit);
  const rows = effects
    .filter((e) => e.period === period && HEADLINE_METRICS.includes(e.metric))
    .sort((a, b) => a.scenario.localeCompare(b.scenario) || HEADLINE_METRICS.indexOf(a.metric) - HEADLINE_METRICS.indexOf(b.metric))
    .map((e) => [
      e.scenario,
      findMetric(e.metric)!.label,
      show(e.median, e.metric),
      `${show(e.p5, e.metric)} to ${show(e.p95, e.metric)}`,
      Number.isFinite(e.sharePositive) ? `${Math.round(e.sharePositive * e.draws)} of ${e.draws}` : '-',
      Number.isFinite(e.parameterShare) ? `${Math.round(e.parameterShare * 100)}%` : '-',
    ]);
  return table(['scenario', 'outcome', 'median effect', '90% interval', 'draws > 0', 'spread from parameters'], rows);
}

/** Runs compare over posterior draws. */
export async function posteriorCompare(
  scenarios: Scenario[],
  opts: ExperimentOptions & { replicates: number; posterior: string; draws?: number; wholeRun?: boolean },
  command: string,
): Promise<void> {
  if (opts.draws === undefined)
    throw new ScenarioError(`--posterior ${opts.posterior}: expected --draws N as well (parameter sets drawn from the population)`);
  const { population, source } = readPosterior(opts.posterior);
  const plan = posteriorPlan(scenarios, population, opts.draws, opts.replicates, scenarios[0].seed, source, opts.wholeRun ?? false);
  const outcome = await runExperiment(
    plan,
    `compare ${scenarios.map((s) => s.name).join(' ')} over ${opts.draws} posterior draws`,
    opts,
    command,
  );
  if (!outcome.assembled || opts.quiet) return;
  const [from, to] = periodMonths(plan, POLICY_WINDOW);
  process.stdout.write(
    `Across plausible worlds: ${opts.draws} parameter sets drawn from ${population.points.length} points of ${opts.posterior} (by weight), each running every scenario on ${opts.replicates} paired seeds of its own; effects are scenario minus ${scenarios[0].name}, ${from} to ${to}. ` +
      'The 90% interval is over every (draw, seed) difference; spread from parameters = between-draw share of the variance (one-way random-effects ANOVA).\n',
  );
  process.stdout.write(`${posteriorTable(posteriorEffects(plan, outcome.assembled.outcomes), POLICY_WINDOW)}\n`);
}
