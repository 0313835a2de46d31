// The many-seeds mode: runs a scenario over N replicate seeds in a pool of web workers and keeps
// each seed's series, so charts can draw the mean and a 90% band in any time view.
import type { Scenario } from '../../sim/scenario';
import { replicateSeed } from '../../sim/experiment/seeds';
import { bandAcrossSeeds, type Band } from './ensembleStats';
import type { TimeView } from './series';
import { SimClient } from './simClient';

export interface EnsembleResult {
  scenario: Scenario;
  seeds: number[];
  dates: string[];
  /** Series by metric, one Float64Array per seed (in seed order). */
  runs: Record<string, Float64Array>[];
}

/** How many workers to use: leave one core for the page. */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores - 1));
}

/** Runs `count` replicate seeds of `scenario`; reports completed runs; cancel with `signal`. */
export async function runEnsemble(
  scenario: Scenario,
  dates: string[],
  count: number,
  onDone: (finished: number) => void,
  signal?: AbortSignal,
): Promise<EnsembleResult> {
  const seeds = Array.from({ length: count }, (_, i) => replicateSeed(scenario.seed, i));
  const runs: Record<string, Float64Array>[] = new Array(count);
  const workers = Array.from({ length: Math.min(poolSize(), count) }, () => new SimClient());
  const stop = () => workers.forEach((w) => w.terminate());
  signal?.addEventListener('abort', stop);
  let next = 0;
  let finished = 0;
  const drain = async (client: SimClient) => {
    while (next < count && !signal?.aborted) {
      const index = next++;
      runs[index] = await client.runWhole({ ...scenario, seed: seeds[index] });
      onDone(++finished);
    }
  };
  try {
    await Promise.all(workers.map(drain));
  } finally {
    stop();
    signal?.removeEventListener('abort', stop);
  }
  if (signal?.aborted) throw new Error('cancelled');
  return { scenario, seeds, dates, runs };
}

/** One metric's mean and 90% band across the ensemble, in a time view. */
export function ensembleBand(result: EnsembleResult, metric: string, view: TimeView): Band {
  return bandAcrossSeeds(metric, result.runs, result.dates, view);
}
