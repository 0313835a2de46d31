// What common random numbers buy, on the peer benchmark's reduced model: the same seeds run under the
// baseline and under a border surge (18,500 agents instead of 9,200), once with counter-based draws
// keyed by (decision, month, person) and once with one sequential stream per run (the same rules
// drawing in order, as the model does today). For each outcome, the share of the variance of the
// difference that pairing removes: variance_reduction = 1 - Var(b - a) / (Var(a) + Var(b)).
// `npx tsx bench/crn-pairing.ts [seeds] [scale] [years]`.
import { createStream } from '../src/sim/engine/rng';
import { pairedDifference } from '../src/sim/experiment/stats';
import { table } from '../src/cli/format';
import { peerSpec, type PeerTallies } from './peers/reduced-model';
import { runFronteraStyle } from './peers/frontera-style';
import { runFloccStyle } from './peers/flocc-style';

const OUTCOMES: [string, (t: PeerTallies) => number][] = [
  ['departures', (t) => t.departures],
  ['crossing attempts', (t) => t.attempts],
  ['apprehensions', (t) => t.apprehensions],
  ['deaths', (t) => t.deaths],
  ['entries', (t) => t.entries],
  ['gave up', (t) => t.gaveUp],
  ['hires', (t) => t.hires],
  ['live at the end', (t) => t.live],
];

const [seeds = 12, scale = 2000, years = 5] = process.argv.slice(2).map(Number);
const months = years * 12;
const baseline = peerSpec(scale);
const surge = peerSpec(scale, { 'border.agents': 18500 });
const seedList = Array.from({ length: seeds }, (_, i) => i + 1);
const sequential = (spec: typeof baseline, seed: number) => runFloccStyle(spec, seed, months, createStream(seed, 'sequential'));
const runs = {
  crn: [seedList.map((s) => runFronteraStyle(baseline, s, months)), seedList.map((s) => runFronteraStyle(surge, s, months))],
  sequential: [seedList.map((s) => sequential(baseline, s)), seedList.map((s) => sequential(surge, s))],
};
const rows = OUTCOMES.map(([name, read]) => {
  const reduction = (which: 'crn' | 'sequential') => pairedDifference(runs[which][0].map(read), runs[which][1].map(read));
  const c = reduction('crn');
  const q = reduction('sequential');
  return [name, c.meanDiff.toFixed(1), q.varianceReduction.toFixed(2), c.varianceReduction.toFixed(2)];
});
process.stdout.write(`Paired comparison baseline vs border surge on the reduced model: ${seeds} seeds, scale ${scale}, ${years} years\n`);
process.stdout.write(
  `${table(['outcome', 'mean difference (agents)', 'variance reduction: one sequential stream', 'counter-based (CRN)'], rows)}\n`,
);
