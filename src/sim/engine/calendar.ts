// Month arithmetic on "YYYY-MM" strings (a run's tick t is the month `start + t`), and the
// month-bucketed calendar of scheduled wake-ups.

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

/** Ids scheduled per month, each month's in the order they were added: typed-array buckets whose
 *  storage is reused once a month has been taken, so scheduling allocates (almost) nothing. */
export class MonthBuckets {
  private readonly buckets = new Map<number, { ids: Int32Array; count: number }>();
  private readonly spare: Int32Array[] = [];

  /** Adds `id` to month `month`'s bucket. */
  add(month: number, id: number): void {
    let bucket = this.buckets.get(month);
    if (!bucket) this.buckets.set(month, (bucket = { ids: this.spare.pop() ?? new Int32Array(64), count: 0 }));
    if (bucket.count === bucket.ids.length) {
      const grown = new Int32Array(bucket.ids.length * 2);
      grown.set(bucket.ids);
      bucket.ids = grown;
    }
    bucket.ids[bucket.count++] = id;
  }

  /** Removes month `month`'s bucket, calling `each` on its ids in the order they were added. */
  take(month: number, each: (id: number) => void): void {
    const bucket = this.buckets.get(month);
    if (!bucket) return;
    this.buckets.delete(month);
    const { ids, count } = bucket;
    for (let i = 0; i < count; i++) each(ids[i]);
    this.spare.push(ids);
  }
}
