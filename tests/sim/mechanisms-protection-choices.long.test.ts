// Long suite: victims decide for themselves. Continued presence (a yearly number of grants) acts
// through each held person's decision to come forward and each identified person's decision to
// cooperate; the cooperation requirement's net effect on cooperation is reported with its CI, not
// fixed (its direction at the level of one victim's decision is tested in victims.test.ts).
// Paired seeds at the baseline population.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange, type Totals } from './helpers';
import { tHalfWidth } from '../../src/sim/experiment/stats';

/** The baseline population (9.3 million at the start), scale 20. */
const RUNS = { base: {}, scale: 20, years: 3, seeds: seedRange(10) };
const reportingRate = (x: Totals) => x.victims_reporting / Math.max(1e-9, x.victims_held_us);
const cooperationRate = (x: Totals) => x.victims_cooperating / Math.max(1e-9, x.victims_identified);

describe('mechanisms, long: victims\' own choices (10 paired seeds, baseline population)', () => {
  it('more continued-presence grants raise coming forward and cooperation', () => {
    const { t } = compare({ 'protection.continuedPresencePerYear': 5000 }, RUNS);
    expect(t('continued_presence_granted')).toBeGreaterThan(2);
    expect(t(reportingRate)).toBeGreaterThan(2);
    expect(t(cooperationRate)).toBeGreaterThan(2);
  }, PAIRED_TIMEOUT);

  it('dropping the cooperation requirement: its effect on cooperation is reported with a 95% CI', () => {
    const { t, meanDiff } = compare({ 'protection.cooperationRequired': false }, RUNS);
    const diff = meanDiff(cooperationRate);
    const tValue = t(cooperationRate);
    const half = tValue === 0 ? 0 : tHalfWidth(Math.abs(diff / tValue), RUNS.seeds.length - 1);
    process.stdout.write(`cooperation requirement dropped: cooperation share ${diff >= 0 ? '+' : ''}${(100 * diff).toFixed(2)} points `
      + `(95% CI ${(100 * (diff - half)).toFixed(2)} to ${(100 * (diff + half)).toFixed(2)}), t = ${tValue.toFixed(2)}; `
      + `coming forward ${(100 * meanDiff(reportingRate)).toFixed(3)} points a month (t = ${t(reportingRate).toFixed(2)})\n`);
    expect(Number.isFinite(half)).toBe(true);
  }, PAIRED_TIMEOUT);
});
