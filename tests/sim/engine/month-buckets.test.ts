// The wake-up calendar (engine/calendar MonthBuckets): each month's ids come back in the order they
// were added, whether they were scheduled near (the ring) or far ahead (the map), and reused storage
// never mixes months.
import { describe, expect, it } from 'vitest';
import { MonthBuckets } from '../../../src/sim/engine/calendar';

/** Takes months first..last, returning what each gave. */
function takeAll(buckets: MonthBuckets, first: number, last: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let m = first; m <= last; m++) {
    const ids: number[] = [];
    buckets.take(m, (id) => ids.push(id));
    if (ids.length > 0) out.set(m, ids);
  }
  return out;
}

describe('MonthBuckets', () => {
  it('gives each month its ids in the order they were added, near months and far ones alike', () => {
    const buckets = new MonthBuckets(-12);
    const expected = new Map<number, number[]>();
    const add = (month: number, id: number) => {
      buckets.add(month, id);
      expected.set(month, [...(expected.get(month) ?? []), id]);
    };
    // Deterministic scatter: months from just ahead to far beyond the ring, several ids a month, 200 ids a bucket at most.
    for (let id = 0; id < 5000; id++) add(-11 + ((id * 7919) % 9000), id);
    expect(takeAll(buckets, -12, 9000)).toEqual(expected);
  });

  it('keeps a month added far ahead and later near in adding order (far entries first)', () => {
    const buckets = new MonthBuckets(0);
    buckets.add(5000, 1);
    const early: number[] = [];
    for (let m = 0; m < 4000; m++) buckets.take(m, (id) => early.push(id));
    buckets.add(5000, 2);
    buckets.add(5000, 3);
    expect(early).toEqual([]);
    expect(takeAll(buckets, 4000, 5000).get(5000)).toEqual([1, 2, 3]);
  });

  it('refuses months already taken', () => {
    const buckets = new MonthBuckets(0);
    buckets.take(0, () => undefined);
    expect(() => buckets.add(0, 1)).toThrow(/already been taken/);
  });
});
