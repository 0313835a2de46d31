// Month arithmetic on "YYYY-MM" strings: a run's tick t is the month `start + t`.

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when text is a valid "YYYY-MM" month. */
export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text);
}

/** Months since year 0 for a "YYYY-MM" string. */
export function monthIndex(month: string): number {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new Error(`"${month}" is not a month: expected YYYY-MM`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** The "YYYY-MM" string of a month index. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month label of tick t of a run that starts at `start`. */
export function tickDate(start: string, tick: number): string {
  return monthLabel(monthIndex(start) + tick);
}
