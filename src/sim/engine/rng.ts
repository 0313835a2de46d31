// Named random streams: each subsystem draws from its own generator seeded with `${seed}/${name}`,
// so a change in one subsystem's draws does not shift another's, and two policies run on the same
// seed see the same people (common random numbers).
import seedrandom from 'seedrandom';

export type Rng = () => number;

/** A generator for one named stream of a run. */
export function createStream(seed: number, name: string): Rng {
  return seedrandom.xor4096(`${seed}/${name}`);
}

/** Poisson draw; normal approximation above 50, which is exact enough for counts of people. */
export function drawPoisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) {
    const u1 = rng() || 1e-12;
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng());
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
  }
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** Rounds a non-integer expected count to a whole number without bias (e.g. 2.3 -> 3 with probability 0.3). */
export function roundStochastic(rng: Rng, x: number): number {
  const whole = Math.floor(x);
  return whole + (rng() < x - whole ? 1 : 0);
}

/** Months until an event with the given monthly probability happens (geometric, at least 1). */
export function drawMonthsUntil(rng: Rng, monthlyProbability: number): number {
  if (monthlyProbability >= 1) return 1;
  if (monthlyProbability <= 0) return Number.MAX_SAFE_INTEGER;
  return 1 + Math.floor(Math.log(1 - rng()) / Math.log(1 - monthlyProbability));
}
