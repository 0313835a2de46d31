// Shared helpers for the simulation tests: short runs of library scenarios with overrides.
import { findScenario } from '../../src/sim/library';
import { applyOverrides, type Overrides } from '../../src/sim/scenario';
import { runScenario, type RunResult } from '../../src/sim/run';
import type { MetricName } from '../../src/sim/metrics';

/** Runs a library scenario with overrides. */
export function runLibrary(name: string, overrides: Overrides): RunResult {
  const scenario = findScenario(name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return runScenario(applyOverrides(scenario, overrides));
}

/** Mean of a metric over the last `months` months of a run. */
export function tailMean(result: RunResult, metric: MetricName, months: number): number {
  const s = result.series[metric];
  const tail = s.slice(s.length - months);
  return tail.reduce((a, b) => a + b, 0) / tail.length;
}
