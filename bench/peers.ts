// The peer benchmark (`npm run bench -- --peers`): the same reduced model (bench/peers/reduced-model.ts)
// run in one process in Frontera's core style and idiomatically in Flocc, agent-months per second of
// each and their ratio, and a check that both give the same aggregate rates within sampling error.
// `npx tsx bench/peers.ts [scale] [years]`; bench/run.ts calls benchPeers().
import { pathToFileURL } from 'node:url';
import { probit } from 'simple-statistics';
import { createStream } from '../src/sim/engine/rng';
import { Mode } from '../src/sim/model/enums';
import { table } from '../src/cli/format';
import { peerSpec, type PeerTallies } from './peers/reduced-model';
import { runFronteraStyle } from './peers/frontera-style';
import { runFloccStyle } from './peers/flocc-style';

/** One implementation's run: its tallies and how long it took. */
export interface PeerRun {
  label: string;
  seconds: number;
  tallies: PeerTallies;
  agentMonthsPerSecond: number;
}

/** One aggregate rate compared between the two implementations. */
export interface RateCheck {
  rate: string;
  frontera: number;
  flocc: number;
  z: number;
  pass: boolean;
}

export interface PeerBenchResult {
  scale: number;
  years: number;
  frontera: PeerRun;
  flocc: PeerRun;
  /** Flocc's agents with seedrandom draws instead of utils.uniform: how much of the gap is the generator. */
  floccFastDraws: PeerRun;
  ratio: number;
  checks: RateCheck[];
  /** |z| above which a difference counts as beyond sampling error (family-wise level FAMILY_ALPHA, Bonferroni). */
  critical: number;
}

/** Default size: about 20,000 live agents, 2.5 million agent-months (Flocc takes about 10 s on a loaded 2-core machine). */
export const PEER_SCALE = 500;
export const PEER_YEARS = 10;

/** Chance the check fails when both implementations are right (two-sided, over all rates together). */
const FAMILY_ALPHA = 0.001;

function timed(label: string, run: () => PeerTallies): PeerRun {
  const started = performance.now();
  const tallies = run();
  const seconds = (performance.now() - started) / 1000;
  return { label, seconds, tallies, agentMonthsPerSecond: tallies.agentMonths / seconds };
}

/** The rates compared: [name, events, trials, trials per independent unit (design effect)]. */
function rates(t: PeerTallies): [string, number, number, number][] {
  // A person's attempts share their mode and risk aversion, so attempts are not independent trials:
  // the variance is inflated by at most the attempts per journey (a conservative design effect).
  const perTrip = (n: number) => Math.max(1, n / Math.max(1, t.trips));
  return [
    ['departures per candidate', t.departures, t.candidates, 1],
    ['first choice: alone', t.firstChoice[Mode.Alone], t.departures, 1],
    ['first choice: community guide', t.firstChoice[Mode.Guide], t.departures, 1],
    ['remote corridor per attempt', t.remote, t.attempts, perTrip(t.attempts)],
    ['apprehensions per attempt', t.apprehensions, t.attempts, perTrip(t.attempts)],
    ['deaths per attempt', t.deaths, t.attempts, perTrip(t.attempts)],
    ['formal removals per apprehension', t.removals, t.apprehensions, perTrip(t.apprehensions)],
    ['gave up per retry decision', t.gaveUp, t.retryDecisions, perTrip(t.retryDecisions)],
    ['hired per month of job search', t.hires, t.jobSearches, 1],
    ['circular per homecoming', t.circular, t.homecomings, 1],
  ];
}

/** Two-proportion z-tests of every rate (pooled variance times the larger design effect). */
export function compareRates(a: PeerTallies, b: PeerTallies): { checks: RateCheck[]; critical: number } {
  const ra = rates(a);
  const rb = rates(b);
  const critical = probit(1 - FAMILY_ALPHA / 2 / ra.length);
  const checks = ra.map(([rate, ea, na, da], i) => {
    const [, eb, nb, db] = rb[i];
    const pooled = (ea + eb) / (na + nb);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb) * Math.max(da, db));
    const z = se > 0 ? (ea / na - eb / nb) / se : 0;
    return { rate, frontera: ea / na, flocc: eb / nb, z, pass: Math.abs(z) < critical };
  });
  // The number of candidates is Poisson in both.
  const zCandidates = (a.candidates - b.candidates) / Math.sqrt(a.candidates + b.candidates);
  checks.unshift({
    rate: 'candidates (count)',
    frontera: a.candidates,
    flocc: b.candidates,
    z: zCandidates,
    pass: Math.abs(zCandidates) < critical,
  });
  return { checks, critical: probit(1 - FAMILY_ALPHA / 2 / checks.length) };
}

/** Runs both implementations at `scale` (real people per agent) for `years` and compares them. */
export function benchPeers(scale = PEER_SCALE, years = PEER_YEARS, seed = 1): PeerBenchResult {
  const spec = peerSpec(scale);
  const months = years * 12;
  // A short warm-up of each, so both are compared with their code optimised.
  runFronteraStyle(peerSpec(scale * 20), seed + 1, 12);
  runFloccStyle(peerSpec(scale * 20), seed + 1, 12);
  // The Frontera-style run is short, so it is timed three times and the median counts (Flocc's run is long enough to time once).
  const fronteraRuns = [0, 1, 2].map(() =>
    timed('Frontera core style (typed arrays, CRN draws; median of 3)', () => runFronteraStyle(spec, seed, months)),
  );
  const frontera = fronteraRuns.sort((x, y) => x.seconds - y.seconds)[1];
  const flocc = timed('Flocc 0.7 idiomatic (Agent get/set, tick, utils.uniform)', () => runFloccStyle(spec, seed, months));
  const floccFastDraws = timed('Flocc 0.7, draws from seedrandom instead', () =>
    runFloccStyle(spec, seed, months, createStream(seed, 'peers/flocc')),
  );
  const { checks, critical } = compareRates(frontera.tallies, flocc.tallies);
  return {
    scale,
    years,
    frontera,
    flocc,
    floccFastDraws,
    ratio: frontera.agentMonthsPerSecond / flocc.agentMonthsPerSecond,
    checks,
    critical,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The result as readable tables. */
export function formatPeerBench(r: PeerBenchResult): string {
  const row = (run: PeerRun) => [
    run.label,
    fmt(run.seconds, 2),
    fmt(run.tallies.agentMonths),
    fmt(run.agentMonthsPerSecond / 1e6, 2),
    `${fmt(r.frontera.agentMonthsPerSecond / run.agentMonthsPerSecond, 1)}x`,
  ];
  const rate = (x: number) => (x >= 1 ? fmt(x) : x.toFixed(5));
  const failed = r.checks.filter((c) => !c.pass);
  return [
    `Peer benchmark: the reduced model (decide, choose mode and corridor, apprehension, death, retry, work, go home) at scale ${r.scale}, ${r.years} years, one process, one core`,
    table(
      ['implementation', 'seconds', 'agent-months', 'M agent-months/s', 'Frontera is'],
      [row(r.frontera), row(r.flocc), row(r.floccFastDraws)],
    ),
    `Peer ratio (Frontera core style / idiomatic Flocc, agent-months per second): ${fmt(r.ratio, 1)}x`,
    '',
    `Same model? Aggregate rates, two-proportion z-tests (attempt rates with a conservative design effect), |z| < ${r.critical.toFixed(2)} for family-wise level ${FAMILY_ALPHA}:`,
    table(
      ['rate', 'Frontera style', 'Flocc', 'z', 'within sampling error'],
      r.checks.map((c) => [c.rate, rate(c.frontera), rate(c.flocc), c.z.toFixed(2), c.pass ? 'yes' : 'NO']),
    ),
    failed.length === 0
      ? 'Result: both implementations give the same aggregate rates within sampling error.'
      : `Result: ${failed.length} rate(s) differ beyond sampling error (${failed.map((c) => c.rate).join('; ')}): the implementations disagree.`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [scale, years] = process.argv.slice(2).map(Number);
  const result = benchPeers(scale || undefined, years || undefined);
  process.stdout.write(`${formatPeerBench(result)}\n`);
  if (result.checks.some((c) => !c.pass)) process.exitCode = 1;
}
