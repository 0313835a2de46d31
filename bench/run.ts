// `npm run bench`: every figure of the performance targets (issue 11) in one run, with ratios measured
// in the same run since machines are shared: random draws (seedrandom vs the counter-based generator),
// the 20-year run, setup at scale 1, active agent-months per second at scale 10, replicates on 2
// workers, the simulator in Chromium, the peer ratio against Flocc, batch throughput. Quick mode scales
// two figures down and says so (the 20-year run at scale 10, 10 of the 100 replicates); `--full` runs
// them as the targets state (`--replicates` only the 100 replicates); `--peers` runs only the peer benchmark.
// Uses the built library (dist/node, made by `npm install` / `npm run build:node`) when present.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchBatch, formatBatchBench } from './batch';
import { benchBrowser, formatBrowserBench } from './browser';
import { benchPeers, formatPeerBench } from './peers';
import { benchRng, formatRngBench } from './rng';
import { table } from '../src/cli/format';
import { findScenario } from '../src/sim/library';
import { applyOverrides } from '../src/sim/scenario';
import { batchPlan } from '../src/sim/experiment/experiments';
import { executePlan } from '../src/cli/run/runner';

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
  /** CPU time of the process during the run (user + system): on a shared machine, closer to the quiet-machine wall time. */
  cpuSeconds: number;
  setupSeconds: number;
  setupCpuSeconds: number;
  migrantMonths: number;
  activeMonths: number;
  peakAgents: number;
  /** Largest resident set size seen at the end of a month (whole process), MB. */
  peakRssMb: number;
}

/** Runs baseline-2003 once and measures wall time, setup (construction and the 12 warm-up months), agent-months and memory. */
function measureCore(core: Core, scale: number, years: number): CoreFigure {
  const scenario = core.applyOverrides(core.loadScenario('baseline-2003'), { scale, years });
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const sim = new core.Simulation(scenario);
  const setupSeconds = (performance.now() - started) / 1000;
  const setupCpu = process.cpuUsage(cpuAtStart);
  let migrantMonths = 0;
  let activeMonths = 0;
  let peakAgents = 0;
  let peakRss = process.memoryUsage.rss();
  while (!sim.done) {
    sim.step();
    migrantMonths += sim.liveAgents;
    activeMonths += sim.activeAgents;
    peakAgents = Math.max(peakAgents, sim.liveAgents);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    scale,
    years,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    setupSeconds,
    setupCpuSeconds: (setupCpu.user + setupCpu.system) / 1e6,
    migrantMonths,
    activeMonths,
    peakAgents,
    peakRssMb: peakRss / 1e6,
  };
}

/** Setup alone: building the run at `scale` (employers, outfits, the settled population) and its warm-up months (wall and CPU seconds). */
function measureSetup(core: Core, scale: number): { seconds: number; cpuSeconds: number } {
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  new core.Simulation(core.applyOverrides(core.loadScenario('baseline-2003'), { scale, years: 1 }));
  const cpu = process.cpuUsage(cpuAtStart);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Wall time of `replicates` runs of baseline-2003 through the batch runner (pool start-up and files included). */
async function measureReplicates(replicates: number, years: number, scale: number, workers: number): Promise<number> {
  const base = applyOverrides(findScenario('baseline-2003')!, { years, scale });
  const out = mkdtempSync(join(tmpdir(), 'frontera-bench-'));
  try {
    const started = performance.now();
    await executePlan(batchPlan(base, replicates, base.seed), {
      out,
      workers,
      resume: false,
      quiet: true,
      label: 'bench',
      command: 'bench/run.ts',
    });
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One row of the targets table: what was measured against issue 11's target. */
type TargetRow = [figure: string, measured: string, target: string, met: string];
const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : 'no');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const full = args.includes('--full');
  const replicates = full || args.includes('--replicates');
  const machine = `${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at start`;
  if (args.includes('--peers')) {
    process.stdout.write(`Frontera peer benchmark (${machine})\n\n${formatPeerBench(benchPeers())}\n`);
    return;
  }
  const { core, from } = await loadCore();
  process.stdout.write(
    `Frontera benchmark (core from ${from}; ${machine}; ${full ? 'full' : `quick: the 20-year run at scale 10 and 10 replicates; add --full for scale 1 and 100 replicates${replicates ? '' : ', --replicates for the replicates alone'}`})\n\n`,
  );
  const targets: TargetRow[] = [];

  process.stdout.write(`${formatRngBench(benchRng())}\n\n`);

  const settings: [number, number][] = full
    ? [
        [100, 10],
        [10, 20],
        [1, 20],
      ]
    : [
        [100, 10],
        [10, 20],
      ];
  // Each figure is printed as soon as it is measured, so a long run shows progress (and survives an interruption).
  const figures = settings.map(([scale, years]) => {
    const f = measureCore(core, scale, years);
    process.stdout.write(
      `  measured scale ${f.scale}, ${f.years} years: ${fmt(f.seconds, 1)} s, CPU ${fmt(f.cpuSeconds, 1)} s (setup ${fmt(f.setupSeconds, 1)} s), peak RSS ${fmt(f.peakRssMb)} MB\n`,
    );
    return f;
  });
  const rows = figures.map((f) => [
    String(f.scale),
    String(f.years),
    fmt(f.seconds, 2),
    fmt(f.cpuSeconds, 2),
    fmt(f.setupSeconds, 2),
    fmt(f.peakAgents),
    fmt(f.migrantMonths / f.seconds / 1e6, 2),
    fmt(f.activeMonths / f.seconds / 1e6, 2),
    fmt(f.activeMonths / f.cpuSeconds / 1e6, 2),
    fmt((f.years * 12) / f.seconds, 1),
    fmt(f.peakRssMb),
  ]);
  process.stdout.write(
    'Core: baseline-2003, one run each (migrant-months = live agents x months; active = agents stepped that month; setup = construction + 12 warm-up months)\n',
  );
  process.stdout.write(
    `${table(['scale', 'years', 'wall s', 'CPU s', 'setup s', 'peak agents', 'M migrant-months/s', 'M active-months/s', 'M active-months/CPU s', 'months/s', 'peak RSS MB'], rows)}\n`,
  );
  const [coarse, fine] = [figures[0], figures[figures.length - 1]];
  process.stdout.write(
    `Ratio: migrant-months/s at scale ${fine.scale} over scale ${coarse.scale}: ${fmt(fine.migrantMonths / fine.seconds / (coarse.migrantMonths / coarse.seconds), 2)} ` +
      `(1.00 = cost grows exactly with the number of agents)\n\n`,
  );

  const scale1 = figures.find((f) => f.scale === 1);
  if (scale1) {
    targets.push([
      '20-year baseline-2003 at scale 1, one core',
      `${fmt(scale1.seconds, 1)} s (CPU ${fmt(scale1.cpuSeconds, 1)} s), ${fmt(scale1.peakRssMb / 1000, 2)} GB peak RSS`,
      '<= 60 s, <= 2 GB',
      verdict(scale1.seconds <= 60 && scale1.peakRssMb <= 2000),
    ]);
  } else {
    const twenty = figures.find((f) => f.scale === 10 && f.years === 20)!;
    targets.push([
      '20-year baseline-2003 at scale 1, one core',
      `quick: scale 10 instead (a tenth of the agents): ${fmt(twenty.seconds, 1)} s (CPU ${fmt(twenty.cpuSeconds, 1)} s), ${fmt(twenty.peakRssMb / 1000, 2)} GB peak RSS; --full runs scale 1`,
      '<= 60 s, <= 2 GB',
      '',
    ]);
  }
  const setup = scale1 ? { seconds: scale1.setupSeconds, cpuSeconds: scale1.setupCpuSeconds } : measureSetup(core, 1);
  targets.push([
    'setup at scale 1 (construction + 12 warm-up months)',
    `${fmt(setup.seconds, 1)} s (CPU ${fmt(setup.cpuSeconds, 1)} s)`,
    '<= 3 s',
    verdict(setup.seconds <= 3),
  ]);
  const scale10 = figures.find((f) => f.scale === 10)!;
  const active10 = scale10.activeMonths / scale10.seconds / 1e6;
  // On a shared machine the wall figure depends on the load; per second of CPU is what one free core would do.
  targets.push([
    'active agent-months per second (scale 10)',
    `${fmt(active10, 2)} M (per CPU second: ${fmt(scale10.activeMonths / scale10.cpuSeconds / 1e6, 2)} M)`,
    '>= 3 M',
    verdict(active10 >= 3),
  ]);

  const runs = replicates ? 100 : 10;
  const replicateSeconds = await measureReplicates(runs, 20, 100, 2);
  process.stdout.write(
    `${runs} replicates x 20 years at scale 100 on 2 workers (batch runner, files included): ${fmt(replicateSeconds, 1)} s\n\n`,
  );
  targets.push([
    '100 replicates x 20 years at scale 100, --workers 2',
    replicates
      ? `${fmt(replicateSeconds, 1)} s`
      : `quick: 10 replicates took ${fmt(replicateSeconds, 1)} s (x10 = ${fmt(replicateSeconds * 10, 0)} s); --full runs 100`,
    '<= 30 s',
    replicates ? verdict(replicateSeconds <= 30) : '',
  ]);

  const browser = await benchBrowser([{ scale: 10, speed: '0' }], full ? 10 : 5);
  if (browser) {
    process.stdout.write(`Simulator in headless Chromium (60-year run, played from the start):\n${formatBrowserBench(browser)}\n\n`);
    const [b] = browser;
    targets.push([
      'browser, simulator at scale 10, full speed',
      `${fmt(b.monthsPerSecond, 1)} months/s at ${fmt(b.fps, 0)} fps (longest frame ${fmt(b.worstFrameMs)} ms)`,
      '>= 60 months/s at >= 50 fps',
      verdict(b.monthsPerSecond >= 60 && b.fps >= 50),
    ]);
  } else {
    targets.push([
      'browser, simulator at scale 10, full speed',
      'not run: Chromium not found at /usr/bin/chromium',
      '>= 60 months/s at >= 50 fps',
      '',
    ]);
  }

  const peers = benchPeers();
  process.stdout.write(`${formatPeerBench(peers)}\n\n`);
  const peerOk = peers.checks.every((c) => c.pass);
  targets.push([
    'peer ratio (Frontera core style / idiomatic Flocc)',
    `${fmt(peers.ratio, 1)}x${peerOk ? '' : ' (rates disagree!)'}`,
    '>= 30x',
    verdict(peers.ratio >= 30 && peerOk),
  ]);

  // Runs long enough that pool start-up does not dominate the scaling figure.
  const batch = await benchBatch({ runs: 12, years: 5, scale: 50, repeats: 1 });
  process.stdout.write(`${formatBatchBench(batch)}\n\n`);

  process.stdout.write(
    `Issue 11 targets, measured in this run (${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} at the end)\n`,
  );
  process.stdout.write(`${table(['figure', 'measured', 'target', 'met'], targets)}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
