// The migrant record's layout: every field has its own bytes inside PERSON_BYTES, and the accessors
// write one field without touching its neighbours.
import { describe, expect, it } from 'vitest';
import { enumValues } from '../../src/sim/model/enums';
import {
  createMigrantStore,
  F32,
  getF32,
  getI32,
  getU8,
  growMigrantStore,
  I32,
  PERSON_BYTES,
  pidOf,
  setF32,
  setI32,
  setPid,
  setU8,
  touchRecords,
  U8,
} from '../../src/sim/model/record';

interface Span {
  name: string;
  from: number;
  to: number;
}

/** Each field's bytes in a record: a U8 field one byte at its offset, an F32 or I32 field four bytes at four times its offset. */
function spans(): Span[] {
  const named = <E extends number>(e: Record<string, string | E>, bytes: number): Span[] =>
    enumValues<E>(e).map((offset) => ({ name: String(e[offset as never]), from: offset * bytes, to: offset * bytes + bytes }));
  return [...named<U8>(U8, 1), ...named<F32>(F32, 4), ...named<I32>(I32, 4)];
}

/** Pairs of fields that share a byte. */
function overlaps(fields: readonly Span[]): string[] {
  const sorted = [...fields].sort((a, b) => a.from - b.from);
  return sorted.slice(1).flatMap((f, i) => (f.from < sorted[i].to ? [`${sorted[i].name}/${f.name}`] : []));
}

describe('the migrant record', () => {
  it('finds two fields sharing bytes (the check can fail)', () => {
    expect(
      overlaps([
        { name: 'a', from: 0, to: 4 },
        { name: 'b', from: 3, to: 4 },
        { name: 'c', from: 4, to: 8 },
      ]),
    ).toEqual(['a/b']);
  });

  it('gives every field its own bytes, all inside PERSON_BYTES, the wider fields aligned', () => {
    const fields = spans();
    expect(fields.length).toBe(14 + 3 + 9);
    expect(overlaps(fields)).toEqual([]);
    expect(Math.max(...fields.map((f) => f.to))).toBeLessThanOrEqual(PERSON_BYTES);
    expect(PERSON_BYTES % 4).toBe(0);
  });

  it('writes one field of one person and leaves every other byte as it was', () => {
    const store = createMigrantStore(4);
    store.u8.fill(7);
    const before = store.u8.slice();
    setU8(store, 2, U8.Attempts, 3);
    setF32(store, 2, F32.Debt, 1500.5);
    setI32(store, 2, I32.Employer, -1);
    setPid(store, 2, 2 ** 40 + 5);
    expect([getU8(store, 2, U8.Attempts), getF32(store, 2, F32.Debt), getI32(store, 2, I32.Employer), pidOf(store, 2)]).toEqual([
      3,
      1500.5,
      -1,
      2 ** 40 + 5,
    ]);
    const touched = new Set(
      [U8.Attempts, ...[F32.Debt, I32.Employer, I32.PidLow, I32.PidHigh].flatMap((w) => [0, 1, 2, 3].map((b) => w * 4 + b))].map(
        (b) => 2 * PERSON_BYTES + b,
      ),
    );
    const changed = [...store.u8.keys()].filter((i) => store.u8[i] !== before[i]);
    expect(changed.every((i) => touched.has(i))).toBe(true);
    expect(getU8(store, 1, U8.Attempts)).toBe(7);
  });

  it('keeps every field of every person when the store doubles, the new records zero', () => {
    const store = createMigrantStore(1024);
    for (let id = 0; id < store.capacity; id++) {
      setPid(store, id, 2 ** 35 + id);
      setF32(store, id, F32.Savings, id + 0.5);
      setU8(store, id, U8.Attempts, id % 256);
    }
    growMigrantStore(store);
    expect(store.capacity).toBe(2048);
    const kept = [...Array(1024).keys()].every(
      (id) =>
        pidOf(store, id) === 2 ** 35 + id && getF32(store, id, F32.Savings) === id + 0.5 && getU8(store, id, U8.Attempts) === id % 256,
    );
    expect(kept).toBe(true);
    expect(store.u8.subarray(1024 * PERSON_BYTES).every((b) => b === 0)).toBe(true);
    expect(store.u8.length).toBe(2048 * PERSON_BYTES);
  });

  it('touchRecords only reads: every byte stays as it was', () => {
    const store = createMigrantStore(64);
    store.u8.forEach((_, i) => (store.u8[i] = (i * 31) % 251));
    const before = store.u8.slice();
    touchRecords(store, [5, 63, 0, 17], 0, 4);
    expect(store.u8).toEqual(before);
  });
});
