// The calibration check: a scenario's calibrated parameters set to a few arms (the defaults, an
// estimate) and rerun on fresh seeds, each 2003-2005 target's measure summarised per arm with its
// verdict. `frontera calibrate` ends with it; `frontera fit` is the check alone.
import { resolveParams, type Scenario } from '../scenario';
import type { Vary } from '../experiment/designs';
import { createPlan, type ExperimentPlan } from '../experiment/plan';
import type { RunOutcome } from '../experiment/summary';
import { pointDistance, weightedSummary, yearlyRows, type FitRow } from './abc';
import { calibrationTargets, targetRole } from './targets';

/** The 2003-2005 window the targets describe. */
export const TARGET_YEARS = 3;

/** A target's measure over the check's replicates (mean and 5th-95th percentile across runs). */
export interface CheckTarget {
  target: string;
  quantity: string;
  role: FitRow['role'];
  low: number;
  high: number;
  mean: number;
  se: number;
  p5: number;
  p95: number;
  verdict: FitRow['verdict'];
}

/** The defaults and the adopted estimate, each rerun on more replicates than the rounds used. */
export interface CheckArm {
  label: string;
  set: Record<string, number>;
  distance: number;
  targets: CheckTarget[];
}

/** The scenario's own values of the calibrated parameters (defaults filled in). */
export function scenarioValues(scenario: Scenario, priors: readonly Vary[]): Record<string, number> {
  const params = resolveParams(scenario);
  return Object.fromEntries(priors.map((q) => [q.path, Number(params[q.path as keyof typeof params])]));
}

/** The check: each arm (a label and the calibrated parameters' values) on `replicates` seeds the rounds never used. */
export function checkPlan(
  scenario: Scenario,
  priors: readonly Vary[],
  arms: readonly { label: string; set: Record<string, number> }[],
  replicates: number,
): ExperimentPlan {
  return createPlan({
    kind: 'sweep',
    baseSeed: (scenario.seed + 1) % 0x100000000,
    replicates,
    scenarios: [scenario],
    keyColumns: ['estimate', ...priors.map((q) => q.path)],
    arms: arms.map((a) => ({ scenario: 0, set: a.set, keys: { estimate: a.label, ...a.set } })),
    factors: [...priors],
    design: { method: 'calibration-check' },
  });
}

/** Each target's measure per check arm: mean, standard error and spread over the runs. */
export function checkArms(plan: ExperimentPlan, outcomes: readonly RunOutcome[]): CheckArm[] {
  const targets = calibrationTargets();
  return plan.arms.map((arm, a) => {
    const runs = outcomes.slice(a * plan.replicates, (a + 1) * plan.replicates).map(yearlyRows);
    const measures: Record<string, number> = {};
    const rows = targets.map((t): CheckTarget => {
      const s = weightedSummary(runs.map((years) => t.measure(years)));
      measures[t.id] = s.mean;
      const role = targetRole(t);
      const verdict = role !== 'scored' ? role : s.mean < t.low! ? 'below' : s.mean > t.high! ? 'above' : 'inside';
      return {
        target: t.id,
        quantity: t.quantity,
        role,
        low: t.low ?? NaN,
        high: t.high ?? NaN,
        mean: s.mean,
        se: s.sd / Math.sqrt(Math.max(1, s.n - 1)),
        p5: s.p5,
        p95: s.p95,
        verdict,
      };
    });
    return {
      label: String(arm.keys.estimate),
      set: arm.set as Record<string, number>,
      distance: pointDistance(measures, targets),
      targets: rows,
    };
  });
}
