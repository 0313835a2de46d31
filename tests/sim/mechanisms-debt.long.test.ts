// Debt bondage over paired seeds at the baseline's own population: exploiters hold people while a
// debt lasts, so a debt that is worked off slowly keeps more people held, for longer.
import { describe, expect, it } from 'vitest';
import { compare, PAIRED_TIMEOUT, seedRange, type PairedRuns, type Totals } from './helpers';

const RUNS: Partial<PairedRuns> = { years: 3, scale: 50, base: {}, seeds: seedRange(8) };
/** A debt worked off in the first month and no hold while it lasts: a debt makes no difference. */
const DEBT_NO_HOLD = { 'behaviour.bondageCreditUsd': 100000, 'behaviour.debtControl': 0 };
/** Months held per new victim (Little's law: people held over new victims a month). */
const monthsHeld = (m: Totals) => m.victims_held / m.victims_new_total;

describe('debt bondage (8 paired seeds, scale 50, full starting population)', () => {
  it(
    'debt lengthens the time victims are held',
    () => {
      const noDebtHold = compare(DEBT_NO_HOLD, RUNS);
      expect(noDebtHold.t('victims_held')).toBeLessThan(-2);
      expect(noDebtHold.t(monthsHeld)).toBeLessThan(-2);
    },
    PAIRED_TIMEOUT,
  );
});
