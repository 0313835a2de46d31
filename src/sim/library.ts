// The scenario library shipped with Frontera, bundled so the browser, the CLI and the library API
// all see the same files without touching the file system.
import { parseScenario, type Scenario } from './scenario';
import baseline from '../../scenarios/baseline-2003.json' with { type: 'json' };
import borderSurge from '../../scenarios/border-surge.json' with { type: 'json' };
import interiorEmployers from '../../scenarios/interior-employers.json' with { type: 'json' };
import interiorWorkers from '../../scenarios/interior-workers.json' with { type: 'json' };
import victimProtection from '../../scenarios/victim-protection.json' with { type: 'json' };
import legalPathways from '../../scenarios/legal-pathways.json' with { type: 'json' };
import antiCorruption from '../../scenarios/anti-corruption.json' with { type: 'json' };
import combined3p from '../../scenarios/combined-3p.json' with { type: 'json' };
import history from '../../scenarios/history-1992-2010.json' with { type: 'json' };

const FILES: unknown[] = [
  baseline,
  borderSurge,
  interiorEmployers,
  interiorWorkers,
  victimProtection,
  legalPathways,
  antiCorruption,
  combined3p,
  history,
];

/** Every library scenario, validated, in teaching order. */
export const SCENARIOS: readonly Scenario[] = FILES.map((data) => parseScenario(data, `scenarios/${(data as { name: string }).name}.json`));

/** The library scenario with this name, or undefined. */
export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
