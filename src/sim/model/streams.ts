// The run's random streams: the sequential setup stream, and the common-random-number streams each
// mechanism declares (mechanisms/), assembled into `Stream` keys and the names that seed them.
import type { Rng } from '../engine/rng';
import { MECHANISMS, type DeclaredStreams } from '../mechanisms';

/** The run's sequential random streams, declared once (see engine/rng): only for setup draws that no
 *  policy changes (the employers' sectors and first types); everything else draws from CRN_STREAM_NAMES. */
export const STREAM_NAMES = ['setup'] as const;
export type Streams = Record<(typeof STREAM_NAMES)[number], Rng>;

/** The run's common-random-number streams, one per kind of decision, each declared in its mechanism
 *  (mechanisms/, see engine/crn and docs/CRN.md): a draw depends only on (seed, stream, month, person,
 *  draw index). `Stream.Key` is a small number (cheap to index in hot loops); each stream is seeded by its name. */
const STREAM_SPECS: DeclaredStreams = Object.assign({}, ...MECHANISMS.map((m) => m.streams));
declare const streamBrand: unique symbol;
/** A stream's index in the run's stream arrays. */
export type Stream = number & { readonly [streamBrand]: true };
export type StreamKey = keyof DeclaredStreams;
export const Stream = Object.freeze(Object.fromEntries(Object.keys(STREAM_SPECS).map((key, i) => [key, i]))) as {
  readonly [K in StreamKey]: Stream;
};
/** Each stream's name, `subsystem.decision`, by Stream: what seeds it. */
export const CRN_STREAM_NAMES: readonly string[] = Object.values(STREAM_SPECS).map((s) => s.name);
export const STREAMS: readonly Stream[] = Object.values(Stream);
