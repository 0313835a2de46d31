// The library entry: `import { runScenario, loadScenario } from 'frontera'` gives the same series as the CLI.
import { findScenario, SCENARIOS } from './sim/library';
import { parseScenario, parseScenarioText, ScenarioError, type Scenario } from './sim/scenario';

export * from './sim/params';
export * from './sim/metrics';
export * from './sim/scenario';
export * from './sim/run';
export * from './sim/output';
export * from './sim/view';
export { SCENARIOS, findScenario } from './sim/library';
export { VERSION } from './sim/version';
export * from './sim/experiment';

/** A scenario from the library by name, from JSON text, or from parsed data. Throws ScenarioError on bad input. */
export function loadScenario(source: string | object): Scenario {
  if (typeof source !== 'string') return parseScenario(source);
  if (source.trimStart().startsWith('{')) return parseScenarioText(source);
  const found = findScenario(source);
  if (!found) throw new ScenarioError(`unknown scenario "${source}": expected one of ${SCENARIOS.map((s) => s.name).join(', ')}, or JSON text`);
  return found;
}
