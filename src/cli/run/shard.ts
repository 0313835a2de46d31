// `--shard k/N`: which slice of an experiment's runs this process owns (every N-th run from k).
import { ScenarioError } from '../../sim/scenario';

/** Shard k (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `k/N` with 1 <= k <= N. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count)
    throw new ScenarioError(`--shard ${text}: expected k/N with 1 <= k <= N (e.g. 3/10)`);
  return { index, count };
}
