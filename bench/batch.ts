// Batch throughput: the same batch (files and all) with 1 worker and with every core, in runs per
// second and simulated migrant-months (live agents x months) per second, and the scaling efficiency.
// `npx tsx bench/batch.ts [runs] [years] [scale] [repeats]`; bench/run.ts calls benchBatch().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findScenario } from '../src/sim/library';
import { applyOverrides } from '../src/sim/scenario';
import { batchPlan } from '../src/sim/experiment/experiments';
import { executePlan } from '../src/cli/run/runner';
import { defaultWorkers } from '../src/cli/run/pool';
import { table } from '../src/cli/format';

/** What to measure. */
export interface BatchBenchOptions {
  scenario?: string;
  runs?: number;
  years?: number;
  scale?: number;
  /** Measurements per worker count, interleaved; the fastest counts (shared machines are noisy). */
  repeats?: number;
}

/** Throughput with one worker count. */
export interface BatchThroughput {
  workers: number;
  runs: number;
  seconds: number;
  runsPerSecond: number;
  migrantMonthsPerSecond: number;
}

/** Both measurements and the scaling efficiency between them (speed-up / workers). */
export interface BatchBenchResult {
  scenario: string;
  years: number;
  scale: number;
  repeats: number;
  single: BatchThroughput;
  all: BatchThroughput;
  speedUp: number;
  efficiency: number;
}

/** Runs the whole batch once with `workers` workers and times it. */
export async function timeBatch(options: Required<BatchBenchOptions>, workers: number): Promise<BatchThroughput> {
  const base = applyOverrides(findScenario(options.scenario)!, { years: options.years, scale: options.scale });
  const out = mkdtempSync(join(tmpdir(), 'frontera-bench-'));
  try {
    const started = performance.now();
    const outcome = await executePlan(batchPlan(base, options.runs, base.seed), {
      out,
      workers,
      resume: false,
      quiet: true,
      label: 'bench',
      command: 'bench/batch.ts',
    });
    const seconds = (performance.now() - started) / 1000;
    const migrantMonths = outcome.assembled!.timings.reduce((sum, t) => sum + t.agentMonths, 0);
    return { workers, runs: options.runs, seconds, runsPerSecond: options.runs / seconds, migrantMonthsPerSecond: migrantMonths / seconds };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Measures batch throughput with 1 worker and with all cores on the same batch. */
export async function benchBatch(options: BatchBenchOptions = {}): Promise<BatchBenchResult> {
  const cores = defaultWorkers();
  const o: Required<BatchBenchOptions> = {
    scenario: 'baseline-2003',
    runs: Math.max(8, 4 * cores),
    years: 2,
    scale: 100,
    repeats: 2,
    ...options,
  };
  const singles: BatchThroughput[] = [];
  const alls: BatchThroughput[] = [];
  for (let i = 0; i < o.repeats; i++) {
    singles.push(await timeBatch(o, 1));
    alls.push(await timeBatch(o, cores));
  }
  const fastest = (list: BatchThroughput[]) => list.reduce((best, t) => (t.seconds < best.seconds ? t : best));
  const single = fastest(singles);
  const all = fastest(alls);
  const speedUp = all.runsPerSecond / single.runsPerSecond;
  return { scenario: o.scenario, years: o.years, scale: o.scale, repeats: o.repeats, single, all, speedUp, efficiency: speedUp / cores };
}

/** The result as a readable table. */
export function formatBatchBench(r: BatchBenchResult): string {
  const row = (t: BatchThroughput) => [
    String(t.workers),
    String(t.runs),
    t.seconds.toFixed(2),
    t.runsPerSecond.toFixed(2),
    Math.round(t.migrantMonthsPerSecond).toLocaleString('en-US'),
  ];
  return [
    `Batch throughput: ${r.scenario}, ${r.years} years at scale ${r.scale} (whole batch: pool start-up, runs, files; fastest of ${r.repeats})`,
    table(['workers', 'runs', 'seconds', 'runs/s', 'migrant-months/s'], [row(r.single), row(r.all)]),
    `Speed-up ${r.speedUp.toFixed(2)}x on ${r.all.workers} cores: scaling efficiency ${Math.round(r.efficiency * 100)}%`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [runs, years, scale, repeats] = process.argv.slice(2).map(Number);
  const result = await benchBatch({
    ...(runs ? { runs } : {}),
    ...(years ? { years } : {}),
    ...(scale ? { scale } : {}),
    ...(repeats ? { repeats } : {}),
  });
  process.stdout.write(`${formatBatchBench(result)}\n`);
}
