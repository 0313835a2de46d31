// The four experiment kinds as plans: batch (replicates of one scenario), sweep (a grid or Latin
// hypercube over declared parameters), compare (several scenarios on common random numbers) and
// sensitivity (Morris trajectories). Plans are pure data; running them is the caller's business.
import { PARAMS } from '../params';
import { ScenarioError, type Scenario } from '../scenario';
import { createStream } from '../engine/rng';
import { gridDesign, latinHypercubeDesign, requireParam, type DesignPoint, type Vary } from './designs';
import { morrisDesign, morrisEffects, type MorrisEffect } from './morris';
import { createPlan, type Arm, type ExperimentPlan } from './plan';
import { WHOLE_RUN, type RunOutcome } from './summary';
import { policyStart } from './comparison';
import { csvLine, statCell } from './tables';
import { METRICS, type MetricName } from '../metrics';

export type SweepDesign = 'grid' | 'lhs';

/** N replicates of one scenario (a history validation is the same plan, compared with the evidence afterwards). */
export function batchPlan(scenario: Scenario, replicates: number, baseSeed: number, kind: 'batch' | 'history' = 'batch'): ExperimentPlan {
  return createPlan({
    kind,
    baseSeed,
    replicates,
    scenarios: [scenario],
    keyColumns: [],
    arms: [{ scenario: 0, set: {}, keys: {} }],
    factors: [],
    design: {},
  });
}

function pointArms(points: DesignPoint[]): Arm[] {
  return points.map((set, point) => ({ scenario: 0, set, keys: { point, ...set } }));
}

/** A sweep: a full factorial grid or a Latin hypercube of `samples` points, each run `replicates` times on the same seeds. */
export function sweepPlan(
  scenario: Scenario,
  varies: Vary[],
  design: SweepDesign,
  samples: number,
  replicates: number,
  baseSeed: number,
): ExperimentPlan {
  const paths = varies.map((v) => v.path);
  const repeated = paths.find((p, i) => paths.indexOf(p) !== i);
  if (repeated) throw new ScenarioError(`--vary ${repeated}: varied twice; give each parameter once`);
  const points = design === 'grid' ? gridDesign(varies) : latinHypercubeDesign(varies, samples, createStream(baseSeed, 'experiment/lhs'));
  return createPlan({
    kind: 'sweep',
    baseSeed,
    replicates,
    scenarios: [scenario],
    keyColumns: ['point', ...paths],
    arms: pointArms(points),
    factors: varies,
    design: design === 'grid' ? { design } : { design, samples },
  });
}

/** Scenarios run side by side on the same seeds must be distinct and cover the same months. */
export function requireAligned(command: string, scenarios: readonly Scenario[]): void {
  scenarios.forEach((s, i) => {
    if (scenarios.findIndex((o) => o.name === s.name) !== i)
      throw new ScenarioError(`${command}: scenario name "${s.name}" appears twice; expected distinct scenarios`);
    if (s.start !== scenarios[0].start || s.years !== scenarios[0].years) {
      throw new ScenarioError(
        `${command}: scenario "${s.name}" runs ${s.start} for ${s.years} years: expected the same start and years as "${scenarios[0].name}" (${scenarios[0].start}, ${scenarios[0].years} years); use --years to align them`,
      );
    }
  });
}

/** The first scenario whose timeline changes the parameter, if any: a value held for the whole run
 *  (sweeps, Sobol' designs, posterior draws) would remove that change. */
export function timelineChanger(path: string, scenarios: readonly Scenario[]): Scenario | undefined {
  return scenarios.find((s) => s.timeline.some((e) => path in e.set));
}

/** Several scenarios, each replicate running all of them on the same seed (common random numbers); totals run from
 *  the policies' start, and over the whole run too when `wholeRun`. */
export function comparePlan(scenarios: Scenario[], replicates: number, baseSeed: number, wholeRun = false): ExperimentPlan {
  if (scenarios.length < 2) throw new ScenarioError(`compare: got ${scenarios.length} scenario; expected two or more to compare`);
  requireAligned('compare', scenarios);
  const arms = scenarios.map((s, i) => ({ scenario: i, set: {}, keys: { scenario: s.name } }));
  return createPlan({
    kind: 'compare',
    baseSeed,
    replicates,
    scenarios,
    keyColumns: ['scenario'],
    arms,
    factors: [],
    design: { policyStart: policyStart(scenarios), wholeRun },
  });
}

/** Every declared parameter over its whole declared range: the default factors of a screening. */
export function allFactors(): Vary[] {
  return PARAMS.map((p) => (p.kind === 'boolean' ? { path: p.path, from: false, to: true } : { path: p.path, from: p.min, to: p.max }));
}

/** Parses `a,b=from:to,c`: each factor over its declared range unless a narrower range is given. */
export function parseFactors(text: string): Vary[] {
  const declared = allFactors();
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [path, range] = item.split('=');
      const spec = requireParam('--params', path.trim());
      const whole = declared.find((f) => f.path === spec.path)!;
      if (range === undefined) return whole;
      const [from, to] = range.split(':').map(Number);
      if (spec.kind === 'boolean' || !Number.isFinite(from) || !Number.isFinite(to) || from < spec.min || to > spec.max || from >= to) {
        throw new ScenarioError(
          `--params ${item}: expected ${spec.path}=from:to with ${spec.min} <= from < to <= ${spec.max} (${spec.unit})`,
        );
      }
      return { path: spec.path, from, to };
    });
}

/** Morris screening: `trajectories` one-at-a-time paths over the factors, each path on its own seed. */
export function sensitivityPlan(
  scenario: Scenario,
  factors: Vary[],
  trajectories: number,
  levels: number,
  baseSeed: number,
): ExperimentPlan {
  if (factors.length === 0) throw new ScenarioError('--params: expected at least one parameter to screen');
  if (levels < 2 || levels % 2 !== 0) throw new ScenarioError(`--levels ${levels}: expected an even number of grid levels (4 is usual)`);
  const points = morrisDesign(factors, trajectories, levels, createStream(baseSeed, 'experiment/morris'));
  const arms: Arm[] = points.map((p) => ({
    scenario: 0,
    set: p.values,
    keys: { trajectory: p.trajectory, step: p.step, changed: p.changed ?? '', ...p.values },
    seedIndex: p.trajectory,
  }));
  return createPlan({
    kind: 'sensitivity',
    baseSeed,
    replicates: 1,
    scenarios: [scenario],
    keyColumns: ['trajectory', 'step', 'changed', ...factors.map((f) => f.path)],
    arms,
    factors,
    design: { method: 'morris', trajectories, levels },
  });
}

/** Screening results of every metric's whole-run value, factors ranked by mu* (1 = most influential). */
export function sensitivityEffects(
  plan: ExperimentPlan,
  outcomes: readonly RunOutcome[],
): { metric: MetricName; effects: (MorrisEffect & { rank: number })[] }[] {
  const design = plan.arms.map((arm) => ({
    trajectory: Number(arm.keys.trajectory),
    step: Number(arm.keys.step),
    changed: arm.keys.changed === '' ? null : String(arm.keys.changed),
    values: arm.set,
  }));
  return METRICS.map((m) => {
    const outputs = outcomes.map((o) => o.values[m.name][o.periods.indexOf(WHOLE_RUN)]);
    const effects = morrisEffects(plan.factors, design, outputs);
    const ranked = [...effects].sort((a, b) => (b.muStar || 0) - (a.muStar || 0) || a.factor.localeCompare(b.factor));
    return { metric: m.name, effects: ranked.map((e, i) => ({ ...e, rank: i + 1 })) };
  });
}

/** morris.csv: per metric (whole run) and factor, ranked by mu*. */
export function morrisCsv(results: ReturnType<typeof sensitivityEffects>): string {
  const lines = [csvLine(['metric', 'rank', 'parameter', 'n', 'mu', 'mu_star', 'sigma'])];
  for (const { metric, effects } of results) {
    for (const e of effects)
      lines.push(csvLine([metric, String(e.rank), e.factor, String(e.n), statCell(e.mu), statCell(e.muStar), statCell(e.sigma)]));
  }
  return lines.join('\n') + '\n';
}
