// The migrant store's record layout: one interleaved record of PERSON_BYTES per slot, read and written
// through typed views of one buffer, with each field's offset, and the small accessors model code uses.
/** Bytes per person in the migrant store: one record holds every field of a person, so a change of
 *  state touches one or two cache lines instead of one per field (the store runs to gigabytes at scale 1). */
export const PERSON_BYTES = 64;
/** The record in larger units (indices into the store's wider views). */
export const PERSON_WORDS = PERSON_BYTES / 4;

/** Uint8Array fields: offsets in bytes in a person's record (store.u8[id * PERSON_BYTES + U8.Field]). */
export enum U8 {
  State = 0, // MigrantState
  Origin = 1, // Origin
  Female = 2, // 1 = woman or girl
  Minor = 3, // 1 = under 18
  Network = 4, // 1 = has contacts in the U.S.
  Plan = 5, // Plan
  Mode = 6, // Mode of the current or last crossing
  Corridor = 7, // Corridor of the last attempt
  Form = 8, // Form of exploitation while held, else Form.None
  Attempts = 9, // crossing attempts on this trip (capped at 255)
  Trafficked = 10, // 1 once held in trafficking (a later episode is re-trafficking)
  Followed = 11, // 1 while the person is in the followed sample (st.tracked), so asking costs no lookup by id
  Age = 12, // age in whole years at the Arrived tick (model/outflows ageOf)
  Ties = 13, // family ties, Tie bits: a partner or children in the U.S., family waiting at home
}
/** Float32Array fields: offsets in 4-byte words in a person's record (store.f32[id * PERSON_WORDS + F32.Field]). */
export enum F32 {
  Savings = 4, // USD
  Debt = 5, // USD owed to a smuggler
  RiskAversion = 6, // 0-1
}
/** Int32Array fields: offsets in 4-byte words in a person's record (store.i32[id * PERSON_WORDS + I32.Field]). */
export enum I32 {
  Smuggler = 7, // outfit id, -1 if none
  Employer = 8, // employer id, -1 if none
  NextWorker = 9, // next person on the same employer's list, -1 at the end
  PrevWorker = 10, // previous person on that list, -1 at the head
  WakeTick = 11, // tick of the scheduled wake-up, -1 if none
  Since = 12, // tick the current state began
  PidLow = 13, // the person's id (newPersonId; identity across policies, unlike the slot, which is reused): low 32 bits (pidOf)
  PidHigh = 14, // and high bits
  Arrived = 15, // tick of the last arrival in the U.S. (or of creation, before any): years stayed and age count from it
}

/** Interleaved store of migrants, indexed by slot: views of one buffer of records; grows by doubling. */
export interface MigrantStore {
  capacity: number;
  u8: Uint8Array;
  f32: Float32Array;
  i32: Int32Array;
}

/** Bytes before the first record in its buffer. Node's large buffers start 16 bytes past a 64-byte boundary
 *  (the C allocator's header), so records from byte 0 would each span two cache lines; from byte 48 they
 *  sit on one (Node 20 here: buffers at addresses 16 past a multiple of 64; elsewhere 48 bytes go unused). */
const RECORDS_FROM = 48;

/** Views of the records in a fresh buffer for `capacity` of them. */
function storeOf(capacity: number): MigrantStore {
  const buffer = new ArrayBuffer(RECORDS_FROM + capacity * PERSON_BYTES);
  return {
    capacity,
    u8: new Uint8Array(buffer, RECORDS_FROM, capacity * PERSON_BYTES),
    f32: new Float32Array(buffer, RECORDS_FROM, capacity * PERSON_WORDS),
    i32: new Int32Array(buffer, RECORDS_FROM, capacity * PERSON_WORDS),
  };
}

/** An empty store for at least `capacity` migrants (fresh records are zero until written). */
export function createMigrantStore(capacity: number): MigrantStore {
  return storeOf(Math.max(1024, capacity));
}

const TWO_32 = 4294967296;

/** The id of the person in slot `id` (newPersonId: a whole number below 2^53, kept as two 32-bit halves). */
export function pidOf(store: MigrantStore, id: number): number {
  const at = id * PERSON_WORDS;
  return store.i32[at + I32.PidHigh] * TWO_32 + (store.i32[at + I32.PidLow] >>> 0);
}

/** Sets the id of the person in slot `id`. */
export function setPid(store: MigrantStore, id: number, pid: number): void {
  const at = id * PERSON_WORDS;
  const low = pid % TWO_32;
  store.i32[at + I32.PidLow] = low;
  store.i32[at + I32.PidHigh] = (pid - low) / TWO_32;
}

/** Doubles the store's capacity, keeping every record. */
export function growMigrantStore(store: MigrantStore): void {
  const grown = storeOf(store.capacity * 2);
  grown.u8.set(store.u8);
  Object.assign(store, grown);
}

/** A person's byte field (U8). Accessors keep offset arithmetic in one place; V8 inlines them (bench/README.md). */
export function getU8(store: MigrantStore, id: number, field: U8): number {
  return store.u8[id * PERSON_BYTES + field];
}

export function setU8(store: MigrantStore, id: number, field: U8, value: number): void {
  store.u8[id * PERSON_BYTES + field] = value;
}

/** A person's 32-bit float field (F32). */
export function getF32(store: MigrantStore, id: number, field: F32): number {
  return store.f32[id * PERSON_WORDS + field];
}

export function setF32(store: MigrantStore, id: number, field: F32, value: number): void {
  store.f32[id * PERSON_WORDS + field] = value;
}

/** A person's 32-bit integer field (I32). */
export function getI32(store: MigrantStore, id: number, field: I32): number {
  return store.i32[id * PERSON_WORDS + field];
}

export function setI32(store: MigrantStore, id: number, field: I32, value: number): void {
  store.i32[id * PERSON_WORDS + field] = value;
}

/** People a tight loop of touchRecords reads ahead of the work on them (a 1 KB block of records). */
export const TOUCH_BLOCK = 16;
/** Where touchRecords leaves what it read, so the compiler keeps the reads. */
let touched = 0;

/** Reads each record of ids[from, to) in a tight loop. A person's first read of their record, at a
 *  random slot, waits on memory; reads with nothing between them wait together, so the work on the block that
 *  follows finds the records in the cache. Changes nothing (a read only). */
export function touchRecords(store: MigrantStore, ids: ArrayLike<number>, from: number, to: number): void {
  let sum = 0;
  // The first and the last byte: a record spans two cache lines when the buffer is not aligned to 64 bytes.
  for (let i = from; i < to; i++) {
    const at = ids[i] * PERSON_BYTES;
    sum ^= store.u8[at] ^ store.u8[at + PERSON_BYTES - 1];
  }
  touched ^= sum;
}
