// The cost of a random draw: the current seedrandom xor4096 streams against the counter-based
// generator (src/sim/engine/crn.ts), draws per second and their ratio measured in the same run.
// `npx tsx bench/rng.ts [million draws]`; bench/run.ts calls benchRng().
import { pathToFileURL } from 'node:url';
import { createStream } from '../src/sim/engine/rng';
import { CrnCursor, crnStream, drawAt, drawKey, monthKey, uniformAt } from '../src/sim/engine/crn';
import { table } from '../src/cli/format';

/** Draws per second of one way of drawing. */
export interface RngFigure {
  method: string;
  drawsPerSecond: number;
}

/** Draws a person takes per decision in the benchmark (as a migration candidate does today). */
const DRAWS_PER_PERSON = 10;

type Method = { method: string; run: (draws: number) => number };

const METHODS: Method[] = [
  {
    method: 'seedrandom xor4096 stream (today)',
    run: (draws) => {
      const rng = createStream(1, 'bench');
      let sum = 0;
      for (let i = 0; i < draws; i++) sum += rng();
      return sum;
    },
  },
  {
    method: 'crn uniformAt(month key, person, 0): one draw per person',
    run: (draws) => {
      const mk = monthKey(crnStream(1, 'bench'), 7);
      let sum = 0;
      for (let person = 0; person < draws; person++) sum += uniformAt(mk, person, 0);
      return sum;
    },
  },
  {
    method: `crn uniformAt(month key, person, k), k < ${DRAWS_PER_PERSON}`,
    run: (draws) => {
      const mk = monthKey(crnStream(1, 'bench'), 7);
      let sum = 0;
      for (let person = 0; person * DRAWS_PER_PERSON < draws; person++) {
        for (let k = 0; k < DRAWS_PER_PERSON; k++) sum += uniformAt(mk, person, k);
      }
      return sum;
    },
  },
  {
    method: `crn drawKey once, drawAt x${DRAWS_PER_PERSON}`,
    run: (draws) => {
      const mk = monthKey(crnStream(1, 'bench'), 7);
      let sum = 0;
      for (let person = 0; person * DRAWS_PER_PERSON < draws; person++) {
        const key = drawKey(mk, person);
        for (let k = 0; k < DRAWS_PER_PERSON; k++) sum += drawAt(key, k);
      }
      return sum;
    },
  },
  {
    method: 'crn CrnCursor.next (an Rng)',
    run: (draws) => {
      const mk = monthKey(crnStream(1, 'bench'), 7);
      const cursor = new CrnCursor();
      const next = cursor.next;
      let sum = 0;
      for (let person = 0; person * DRAWS_PER_PERSON < draws; person++) {
        cursor.at(mk, person);
        for (let k = 0; k < DRAWS_PER_PERSON; k++) sum += next();
      }
      return sum;
    },
  },
];

/** Interleaved rounds per method; the fastest counts (shared machines are noisy). */
const RNG_REPEATS = 5;

/** Draws per second of each method, best of `repeats` interleaved rounds of `draws` draws. */
export function benchRng(draws = 10_000_000, repeats = RNG_REPEATS): RngFigure[] {
  const best = METHODS.map(() => 0);
  let checksum = 0;
  for (let r = 0; r < repeats; r++) {
    METHODS.forEach((m, i) => {
      const started = performance.now();
      checksum += m.run(draws);
      best[i] = Math.max(best[i], draws / ((performance.now() - started) / 1000));
    });
  }
  // The sums are used so no engine can drop the loops; each is about draws / 2.
  if (!(checksum > 0)) throw new Error('rng bench: no draws were made');
  return METHODS.map((m, i) => ({ method: m.method, drawsPerSecond: best[i] }));
}

/** The figures as a table, with each method's speed relative to seedrandom. */
export function formatRngBench(figures: RngFigure[]): string {
  const base = figures[0].drawsPerSecond;
  const rows = figures.map((f) => [f.method, (f.drawsPerSecond / 1e6).toFixed(1), `${(f.drawsPerSecond / base).toFixed(2)}x`]);
  return `Random draws (one core; best of ${RNG_REPEATS} interleaved rounds of ${DRAWS_PER_PERSON}-draw people)\n${table(['method', 'M draws/s', 'vs seedrandom'], rows)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const millions = Number(process.argv[2] ?? 10);
  process.stdout.write(`${formatRngBench(benchRng(millions * 1e6))}\n`);
}
