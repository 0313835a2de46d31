// `frontera compare --persons N`: persons.csv holds the same sampled people under every scenario,
// each one's outcome on both sides and the first event where their stories part; stories are
// identical until then (checked against the model's own histories); bad values exit 2 naming the
// option, with nothing written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../src/sim/library';
import { replicateSeed } from '../../../src/sim/experiment/seeds';
import { storiesForSample } from '../../../src/sim/experiment/persons';
import { applyOverrides } from '../../../src/sim/scenario';
import { personOutcome, wasVictim } from '../../../src/sim/story';
import { cli, tempDir } from '../helpers';

/** Rows of a CSV as objects (cells with quotes handled). */
function csv(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) =>
      [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')),
    );
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

const SETTINGS = ['--years', '3', '--scale', '200', '--seed', '4', '--workers', '1', '--quiet'];

describe('frontera compare --persons', () => {
  it('writes the same sampled people under each scenario, identical until their first difference', async () => {
    const out = join(tempDir(), 'persons');
    const r = await cli(
      'compare',
      'baseline-2003',
      'border-surge',
      'interior-employers',
      '--replicates',
      '1',
      '--persons',
      '150',
      ...SETTINGS,
      '--out',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const rows = csv(join(out, 'persons.csv'));
    const pids = [...new Set(rows.map((row) => row.pid))];
    expect(pids.length).toBe(150);
    // One row per person and scenario after the first, all on replicate 1's seed.
    expect(rows.length).toBe(2 * pids.length);
    expect(new Set(rows.map((row) => `${row.pid}/${row.policy}`)).size).toBe(rows.length);
    const seed = replicateSeed(4, 0);
    expect(rows.every((row) => row.seed === String(seed) && row.reference === 'baseline-2003')).toBe(true);

    // The model's own histories of the same runs.
    const names = ['baseline-2003', 'border-surge', 'interior-employers'] as const;
    const runs = storiesForSample(
      names.map((name) => applyOverrides(findScenario(name)!, { years: 3, scale: 200, seed })),
      150,
    );
    const stories = Object.fromEntries(names.map((name, i) => [name, runs[i]])) as Record<(typeof names)[number], (typeof runs)[number]>;
    for (const row of rows) {
      const pid = Number(row.pid);
      const reference = stories['baseline-2003'].get(pid);
      const policy = stories[row.policy as 'border-surge' | 'interior-employers'].get(pid);
      expect(row.followed_reference).toBe(String(reference !== undefined));
      expect(row.followed_policy).toBe(String(policy !== undefined));
      if (!reference || !policy) continue;
      // Both policies start in 2005-01: before then every person's story is the same, event for event.
      const upTo = row.first_difference_month || '9999-12';
      expect(upTo >= '2005-01', `${pid} ${row.policy} differs in ${upTo}`).toBe(true);
      expect(reference.filter((e) => e.date < upTo)).toEqual(policy.filter((e) => e.date < upTo));
      expect(row.stories_identical).toBe(String(row.first_difference_month === ''));
      if (row.first_difference_month) expect(row.first_difference_reference).not.toBe(row.first_difference_policy);
      expect(row.victim_reference).toBe(String(wasVictim(personOutcome(reference))));
      expect(row.victim_policy).toBe(String(wasVictim(personOutcome(policy))));
      // A person who became a victim under one side only has stories that part somewhere.
      if (row.victim_change !== 'same') expect(row.first_difference_month).not.toBe('');
    }
    expect(rows.filter((row) => row.followed_reference === 'true' && row.followed_policy === 'true').length).toBeGreaterThan(0);
  }, 300_000);

  it.each([['0'], ['abc'], ['2.5'], ['100001']])('refuses --persons %s with exit 2 naming the option, writing nothing', async (value) => {
    const out = join(tempDir(), 'bad');
    const r = await cli('compare', 'baseline-2003', 'border-surge', '--replicates', '1', '--persons', value, ...SETTINGS, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--persons ${value}`);
    expect(r.stderr).toContain('expected a whole number');
    expect(existsSync(out)).toBe(false);
  });
});
