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

/** One month's ids, in the order they were added. */
interface Bucket {
  ids: Int32Array;
  count: number;
}

/** Months ahead held in the ring (a power of two); later months wait in a map. */
const RING_MONTHS = 4096;
/** Room in a month's first bucket; a bucket doubles when full. */
const FIRST_BUCKET = 64;

/** Ids scheduled per month, each month's in the order they were added, taken month by month in order.
 *  Months within RING_MONTHS of the next one to take sit in a ring of buckets indexed by month (no
 *  hashing); later ones in a map, whose entries for a month always predate the ring's (a month only
 *  comes nearer). Buckets are typed arrays; those still at their first size are reused once their month
 *  is taken, larger ones are let go (reused for a month far ahead, which may get a few ids, a bucket grown
 *  for a busy month would hold memory it never fills: 3.6 times the ids scheduled, before). */
export class MonthBuckets {
  private readonly ring: (Bucket | undefined)[] = new Array<Bucket | undefined>(RING_MONTHS).fill(undefined);
  private readonly far = new Map<number, Bucket>();
  private readonly spare: Int32Array[] = [];

  /** `next` is the first month that will be taken; no month before it can be scheduled. */
  constructor(private next: number) {}

  /** Adds `id` to month `month`'s bucket. */
  add(month: number, id: number): void {
    if (month < this.next) throw new RangeError(`MonthBuckets.add: month ${month} has already been taken (next is ${this.next})`);
    let bucket: Bucket | undefined;
    if (month - this.next < RING_MONTHS) {
      const slot = month & (RING_MONTHS - 1);
      bucket = this.ring[slot];
      if (!bucket) this.ring[slot] = bucket = this.freshBucket();
    } else {
      bucket = this.far.get(month);
      if (!bucket) this.far.set(month, (bucket = this.freshBucket()));
    }
    if (bucket.count === bucket.ids.length) {
      const grown = new Int32Array(bucket.ids.length * 2);
      grown.set(bucket.ids);
      bucket.ids = grown;
    }
    bucket.ids[bucket.count++] = id;
  }

  /** Takes month `month` (each month once, in order): calls `each` on its ids in the order they were added. */
  take(month: number, each: (id: number) => void): void {
    if (month < this.next) throw new RangeError(`MonthBuckets.take: month ${month} has already been taken (next is ${this.next})`);
    this.next = month + 1;
    const early = this.far.get(month);
    if (early) {
      this.far.delete(month);
      this.drain(early, each);
    }
    const slot = month & (RING_MONTHS - 1);
    const bucket = this.ring[slot];
    if (bucket) {
      this.ring[slot] = undefined;
      this.drain(bucket, each);
    }
  }

  private freshBucket(): Bucket {
    return { ids: this.spare.pop() ?? new Int32Array(FIRST_BUCKET), count: 0 };
  }

  private drain(bucket: Bucket, each: (id: number) => void): void {
    const { ids, count } = bucket;
    for (let i = 0; i < count; i++) each(ids[i]);
    if (ids.length === FIRST_BUCKET) this.spare.push(ids);
  }
}
