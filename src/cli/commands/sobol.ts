// `frontera sobol`: first- and total-order Sobol' indices of chosen metrics over a window, for one
// scenario or for a policy's paired difference from a reference, over the ranges of the named
// parameters (Saltelli design, Jansen estimators, bootstrap intervals; src/sim/experiment/sobol.ts).
import { ScenarioError } from '../../sim/scenario';
import { parseVary } from '../../sim/experiment/designs';
import { sobolPlan, sobolResults, type SobolMetricResult } from '../../sim/experiment/sobolPlan';
import { findMetric, type MetricName } from '../../sim/metrics';
import { runExperiment, type ExperimentOptions, type SharedCli } from '../run/experiment';
import { table } from '../format';

/** Options of the sobol command. */
export interface SobolOptions extends ExperimentOptions {
  vary: string[];
  samples: number;
  replicates: number;
  metric: string;
  window?: string;
  resamples: number;
}

/** `--window FROM:TO` as two months (checked against the run by the plan). */
function parseWindow(text: string | undefined): [string, string] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(':');
  if (parts.length !== 2) throw new ScenarioError(`--window ${text}: expected FROM:TO, two months "YYYY-MM" (e.g. 2005-01:2012-12)`);
  return [parts[0].trim(), parts[1].trim()];
}

const precise = (value: number) => (Number.isFinite(value) ? value.toPrecision(4) : '-');

function index(value: number, conf: number): string {
  return Number.isFinite(value) ? `${value.toFixed(3)} ± ${Number.isFinite(conf) ? conf.toFixed(3) : '-'}` : '-';
}

/** One metric's indices as a terminal table, ranked by the total-order index. */
export function sobolTable(result: SobolMetricResult): string {
  return table(
    ['rank', 'parameter', 'S1 ± 95% half-width', 'ST ± 95% half-width'],
    result.indices.map((x) => [String(x.rank), x.parameter, index(x.S1, x.S1_conf), index(x.ST, x.ST_conf)]),
  );
}

/** Runs the sobol command. */
export async function sobolCommand(shared: SharedCli, args: string[], opts: SobolOptions, command: string): Promise<void> {
  const factors = opts.vary.map((text) => parseVary(text));
  const metrics = opts.metric
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean) as MetricName[];
  const scenarios = args.map((arg) => shared.scenarioFromOptions(arg, opts));
  const plan = sobolPlan(scenarios, factors, opts.samples, opts.replicates, scenarios[0].seed, {
    metrics,
    window: parseWindow(opts.window),
    resamples: opts.resamples,
  });
  const outcome = await runExperiment(plan, `sobol ${scenarios.map((s) => s.name).join(' ')}`, opts, command);
  if (!outcome.assembled || opts.quiet) return;
  for (const result of sobolResults(plan, outcome.assembled.outcomes)) {
    process.stdout.write(
      `\n${findMetric(result.metric)!.label} (${result.metric}), ${result.output}, ${plan.design.policyStart} to ${plan.design.windowEnd}: ${result.n} base points x ${factors.length + 2} rows x ${opts.replicates} seed(s); mean ${precise(result.mean)}, variance ${precise(result.variance)}\n`,
    );
    process.stdout.write(`${sobolTable(result)}\n`);
  }
}
