// Long suite: victim protection over 40 paired seeds and 4 years (80 runs), too slow for the default `npm test`.
import { describe, expect, it } from 'vitest';
import { compare, MECHANISM_RUNS, PAIRED_TIMEOUT, seedRange, type Totals } from './helpers';
import { tHalfWidth } from '../../src/sim/experiment/stats';

// At the baseline's capacity (about 40 prosecutions a year) prosecutors try only witnessed cases and convictions
// barely move (a finding, see docs/MODEL.md); at 200 a year cases without a witness fill what witnessed ones leave.
const base = { ...MECHANISM_RUNS.base, 'justice.prosecutionCapacity': 200 };
const protection = {
  'protection.continuedPresencePerYear': 5000,
  'protection.cooperationRequired': false,
  'protection.cooperationResponse': 1,
};
const SEEDS = seedRange(40);
const paired = () => compare(protection, { base, seeds: SEEDS, years: 4 });

const ratio = (a: number, b: number) => a / Math.max(1e-9, b);
const convictionsPerWitnessedCase = (x: Totals) => ratio(x.convictions_us_witnessed, x.prosecutions_us_witnessed);
const convictionsPerCase = (x: Totals) => ratio(x.convictions_us, x.prosecutions_us);
const witnessedShare = (x: Totals) => ratio(x.prosecutions_us_witnessed, x.prosecutions_us);

/** Prints a paired mean difference with its 95% CI. */
function report(what: string, diff: number, tValue: number): void {
  const half = tValue === 0 ? 0 : tHalfWidth(Math.abs(diff / tValue), SEEDS.length - 1);
  process.stdout.write(
    `${what}: ${diff >= 0 ? '+' : ''}${diff.toFixed(4)} (95% CI ${(diff - half).toFixed(4)} to ${(diff + half).toFixed(4)}), t = ${tValue.toFixed(2)}\n`,
  );
}

describe('mechanisms, long: victim protection (40 paired seeds, 4 years)', () => {
  it(
    'stronger victim protection raises cooperation (40 seeds, 4 years)',
    () => {
      // A rate: the extra convictions deter employers, so victims (and with them the raw counts) fall
      // while each identified victim is more willing to testify.
      expect(paired().t((x) => x.victims_cooperating / Math.max(1e-9, x.victims_identified))).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );

  // Prosecutors use all their capacity every month, so convictions per case follow how many victims testify,
  // not only how willing each is: with the calibrated defaults on the model before the jobs channel (main at 0ce8c7b), protection cut
  // identified victims so far that the number who testified fell, and this rate with it (paired t -1.05;
  // issue 10's closing note). The witnessed-case rate below is what testimony does whatever that number.
  it(
    'stronger victim protection raises convictions per U.S. case (40 seeds, 4 years)',
    () => {
      const { t, meanDiff } = paired();
      report('protection: convictions per U.S. case', meanDiff(convictionsPerCase), t(convictionsPerCase));
      report('protection: share of U.S. cases with a witness', meanDiff(witnessedShare), t(witnessedShare));
      expect(t(convictionsPerCase)).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );

  it(
    'stronger victim protection raises convictions per U.S. case with a witness (40 seeds, 4 years)',
    () => {
      // More victims testify against the same offender, so a witnessed case has more witnesses and is won more often.
      const { t, meanDiff } = paired();
      report('protection: convictions per witnessed U.S. case', meanDiff(convictionsPerWitnessedCase), t(convictionsPerWitnessedCase));
      expect(t(convictionsPerWitnessedCase)).toBeGreaterThan(2);
    },
    PAIRED_TIMEOUT,
  );
});
