// The functions that take the most time in a V8 CPU profile (`node --cpu-prof`), by self time, with
// their inclusive time. `npx tsx bench/profile-top.ts <file.cpuprofile> [count]`.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
}

/** One function's share of the samples: alone (self) and with what it calls (total, counted once per stack). */
export interface FunctionTime {
  name: string;
  where: string;
  selfShare: number;
  totalShare: number;
}

/** Self and inclusive shares of every function in a profile, largest self share first. */
export function topFunctions(profile: Profile): FunctionTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}\t${basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let samples = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    samples += hits;
    self.set(key(n), (self.get(key(n)) ?? 0) + hits);
    // Inclusive: every distinct function on the stack of these samples, once (recursion counted once).
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) seen.add(key(byId.get(id)!));
    for (const k of seen) total.set(k, (total.get(k) ?? 0) + hits);
  }
  return [...self.entries()]
    .map(([k, hits]) => {
      const [name, where] = k.split('\t');
      return { name, where, selfShare: hits / samples, totalShare: (total.get(k) ?? 0) / samples };
    })
    .sort((a, b) => b.selfShare - a.selfShare);
}

if (process.argv[2]) {
  const count = Number(process.argv[3] ?? 15);
  const rows = topFunctions(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile).slice(0, count);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
  process.stdout.write(
    `  self   total  function (file:line)\n${rows.map((r) => `${pct(r.selfShare)}  ${pct(r.totalShare)}  ${r.name} (${r.where})`).join('\n')}\n`,
  );
}
