/**
 * The body of .mendshare and .mendbackup files: plaintext cut into 64 KiB pieces, each sealed as
 * one crypto_secretstream_xchacha20poly1305 chunk (docs/FORMAT.md §16). Every chunk
 * but the last holds exactly 64 KiB and carries TAG_MESSAGE; the last holds 0 to 65,535 bytes and
 * carries TAG_FINAL. Fixed sizes mean no length fields: a reader finds each chunk by arithmetic,
 * and a file cut anywhere, extended, reordered or missing its final chunk fails to open.
 * The whole file header is the first chunk's associated data, so no header byte can change either.
 */
import {
  SECRET_STREAM_OVERHEAD_BYTES,
  type SecretStreamPuller,
  type SecretStreamPusher,
} from './cryptoProvider'
import type { TimeSlicer } from './timeSlicer'

/** 64 KiB: large enough that the 17 bytes a chunk adds stay below 0.03 %, small enough to stream. */
export const STREAM_CHUNK_BYTES = 65_536
export const SEALED_CHUNK_BYTES = STREAM_CHUNK_BYTES + SECRET_STREAM_OVERHEAD_BYTES

const NO_ASSOCIATED_DATA = new Uint8Array(0)

/** Called after each chunk: chunks done so far, and how many there are in all. */
export type ChunkProgress = (done: number, total: number) => void

/** How many chunks a plaintext of `plaintextBytes` becomes (always at least one: the final). */
export function chunkCount(plaintextBytes: number): number {
  return Math.floor(plaintextBytes / STREAM_CHUNK_BYTES) + 1
}

/** How many chunks a sealed body of `bodyBytes` holds, if it is well formed. */
export function sealedChunkCount(bodyBytes: number): number {
  return Math.floor(bodyBytes / SEALED_CHUNK_BYTES) + 1
}

/** The sealed body's size for a plaintext of `plaintextBytes`. */
export function sealedBodyBytes(plaintextBytes: number): number {
  return plaintextBytes + chunkCount(plaintextBytes) * SECRET_STREAM_OVERHEAD_BYTES
}

/**
 * Seals the concatenation of `pieces` (any sizes) chunk by chunk, holding at most 64 KiB of
 * plaintext at a time. `headerBytes` is the whole file header, bound to the first chunk.
 */
export function* sealChunks(
  pusher: SecretStreamPusher,
  headerBytes: Uint8Array,
  pieces: Iterable<Uint8Array>,
): Generator<Uint8Array, void, undefined> {
  const buffer = new Uint8Array(STREAM_CHUNK_BYTES)
  let filled = 0
  let isFirst = true
  const associatedData = (): Uint8Array => {
    if (!isFirst) return NO_ASSOCIATED_DATA
    isFirst = false
    return headerBytes
  }
  try {
    for (const piece of pieces) {
      let offset = 0
      while (offset < piece.length) {
        const take = Math.min(STREAM_CHUNK_BYTES - filled, piece.length - offset)
        buffer.set(piece.subarray(offset, offset + take), filled)
        filled += take
        offset += take
        if (filled === STREAM_CHUNK_BYTES) {
          yield pusher.push(buffer, associatedData(), false)
          filled = 0
        }
      }
    }
    yield pusher.push(buffer.subarray(0, filled), associatedData(), true)
  } finally {
    buffer.fill(0)
  }
}

/**
 * Opens the body one chunk per step: each step yields how many chunks are done, and the
 * generator returns the whole plaintext, or null if anything is wrong: a chunk that fails to
 * authenticate, a last chunk without TAG_FINAL, a TAG_FINAL before the end (trailing bytes), or
 * a body whose length no writer could produce. Steps let a caller pause between chunks; a
 * caller that stops early leaves the partial plaintext zeroed.
 */
export function* openChunkSteps(
  puller: SecretStreamPuller,
  headerBytes: Uint8Array,
  body: Uint8Array,
): Generator<number, Uint8Array | null, undefined> {
  const total = sealedChunkCount(body.length)
  const lastChunkBytes = body.length - (total - 1) * SEALED_CHUNK_BYTES
  if (lastChunkBytes < SECRET_STREAM_OVERHEAD_BYTES) return null
  const plaintext = new Uint8Array(body.length - total * SECRET_STREAM_OVERHEAD_BYTES)
  let opened = false
  try {
    for (let index = 0; index < total; index += 1) {
      const start = index * SEALED_CHUNK_BYTES
      const chunk = body.subarray(start, Math.min(start + SEALED_CHUNK_BYTES, body.length))
      const pulled = puller.pull(chunk, index === 0 ? headerBytes : NO_ASSOCIATED_DATA)
      const isLast = index === total - 1
      if (pulled === null || pulled.final !== isLast) return null
      plaintext.set(pulled.plaintext, index * STREAM_CHUNK_BYTES)
      pulled.plaintext.fill(0)
      yield index + 1
    }
    opened = true
    return plaintext
  } finally {
    if (!opened) plaintext.fill(0)
  }
}

/** openChunkSteps in one go, for bodies small enough not to hold up the page (bundles). */
export function openChunks(
  puller: SecretStreamPuller,
  headerBytes: Uint8Array,
  body: Uint8Array,
  onProgress?: ChunkProgress,
): Uint8Array | null {
  const total = sealedChunkCount(body.length)
  const steps = openChunkSteps(puller, headerBytes, body)
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    onProgress?.(step.value, total)
  }
}

/** openChunkSteps with a checkpoint after every chunk, so a large body never freezes the page. */
export async function openChunksInSlices(
  puller: SecretStreamPuller,
  headerBytes: Uint8Array,
  body: Uint8Array,
  slicer: TimeSlicer,
  onProgress?: ChunkProgress,
): Promise<Uint8Array | null> {
  const total = sealedChunkCount(body.length)
  const steps = openChunkSteps(puller, headerBytes, body)
  try {
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value
      onProgress?.(step.value, total)
      await slicer.checkpoint()
    }
  } finally {
    // Runs the generator's own clean-up when a checkpoint stopped the work part way.
    steps.return(null)
  }
}

/** Joins sealed pieces into one array of known total length (the file's size). */
export function concatBytes(parts: readonly Uint8Array[], totalBytes?: number): Uint8Array {
  const size = totalBytes ?? parts.reduce((sum, part) => sum + part.length, 0)
  const joined = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}
