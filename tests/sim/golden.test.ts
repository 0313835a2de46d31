// Golden series: baseline-2003 (3 years, scale 100, seed 1) must reproduce the stored CSV byte for
// byte. A deliberate model change regenerates it with `UPDATE_GOLDEN=1 npx vitest run tests/sim/golden.test.ts`
// and says so in the commit; anything else that changes it is a determinism bug.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { toCsv } from '../../src/sim/output';
import { runLibrary } from './helpers';

const GOLDEN = new URL('./golden/baseline-2003.csv', import.meta.url);

describe('golden series', () => {
  it('baseline-2003 reproduces the stored monthly series exactly', () => {
    const csv = toCsv(runLibrary('baseline-2003', { years: 3, scale: 100, seed: 1 }));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) {
      if (process.env.CI) throw new Error('golden file missing in CI');
      writeFileSync(GOLDEN, csv);
    }
    expect(csv).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
