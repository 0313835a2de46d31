// `npm run bench`: speed and memory of the simulation core (simulated migrant-months per second at
// several scales, the cost of a 20-year run at scale 1 with --full) and batch throughput (1 worker
// versus all cores). Figures come with ratios measured in the same run, since machines are shared.
// Uses the built library (dist/node, made by `npm install` / `npm run build:node`) when present.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { benchBatch, formatBatchBench } from './batch';
import { table } from '../src/cli/format';

type Core = typeof import('../src/index');

async function loadCore(): Promise<{ core: Core; from: string }> {
  const built = new URL('../dist/node/index.js', import.meta.url);
  if (existsSync(built)) return { core: (await import(pathToFileURL(built.pathname).href)) as Core, from: 'dist/node (built)' };
  return { core: await import('../src/index'), from: 'src (tsx)' };
}

interface CoreFigure {
  scale: number;
  years: number;
  seconds: number;
  setupSeconds: number;
  migrantMonths: number;
  activeMonths: number;
  peakAgents: number;
  heapMb: number;
}

/** Runs baseline-2003 once and measures wall time, simulated migrant-months and memory. */
function measureCore(core: Core, scale: number, years: number): CoreFigure {
  const scenario = core.applyOverrides(core.loadScenario('baseline-2003'), { scale, years });
  const started = performance.now();
  const sim = new core.Simulation(scenario);
  const setupSeconds = (performance.now() - started) / 1000;
  let migrantMonths = 0;
  let activeMonths = 0;
  let peakAgents = 0;
  while (!sim.done) {
    sim.step();
    migrantMonths += sim.liveAgents;
    activeMonths += sim.activeAgents;
    peakAgents = Math.max(peakAgents, sim.liveAgents);
  }
  const seconds = (performance.now() - started) / 1000;
  const heapMb = process.memoryUsage().heapUsed / 1e6 + process.memoryUsage().arrayBuffers / 1e6;
  return { scale, years, seconds, setupSeconds, migrantMonths, activeMonths, peakAgents, heapMb };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const full = process.argv.includes('--full');
  const { core, from } = await loadCore();
  process.stdout.write(`Frontera benchmark (core from ${from}; ${full ? 'full' : 'quick: add --full for 20 years at scale 1'})\n\n`);
  const settings: [number, number][] = full ? [[100, 10], [10, 10], [1, 20]] : [[100, 10], [10, 10], [1, 2]];
  const figures = settings.map(([scale, years]) => measureCore(core, scale, years));
  const rows = figures.map((f) => [
    String(f.scale), String(f.years), fmt(f.seconds, 2), fmt(f.setupSeconds, 2), fmt(f.peakAgents),
    fmt(f.migrantMonths / f.seconds / 1e6, 2), fmt(f.activeMonths / f.seconds / 1e6, 2), fmt(f.years * 12 / f.seconds, 1), fmt(f.heapMb),
  ]);
  process.stdout.write('Core: baseline-2003, one run each (migrant-months = live agents x months; active = agents stepped that month)\n');
  process.stdout.write(`${table(['scale', 'years', 'wall s', 'setup s', 'peak agents', 'M migrant-months/s', 'M active-months/s', 'months/s', 'memory MB'], rows)}\n`);
  const [coarse, fine] = [figures[0], figures[figures.length - 1]];
  process.stdout.write(`Ratio: migrant-months/s at scale ${fine.scale} over scale ${coarse.scale}: ${fmt((fine.migrantMonths / fine.seconds) / (coarse.migrantMonths / coarse.seconds), 2)} `
    + `(1.00 = cost grows exactly with the number of agents)\n\n`);
  // Runs long enough that pool start-up does not dominate the scaling figure.
  const batch = await benchBatch({ runs: 12, years: 5, scale: 50, repeats: 1 });
  process.stdout.write(`${formatBatchBench(batch)}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
