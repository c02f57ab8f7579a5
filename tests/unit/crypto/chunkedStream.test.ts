import { beforeAll, describe, expect, it } from 'vitest'
import {
  SEALED_CHUNK_BYTES,
  STREAM_CHUNK_BYTES,
  concatBytes,
  openChunks,
  openChunksInSlices,
  sealChunks,
  sealedBodyBytes,
} from '@renderer/crypto/chunkedStream'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { countingBytes, sameBytes } from './cryptoTestKit'

let provider: CryptoProvider
const key = countingBytes(32, 0x11)
const header = new TextEncoder().encode('a file header')

beforeAll(async () => {
  provider = await loadSodiumProvider()
})

function seal(plaintext: Uint8Array, pieces = [plaintext]) {
  const pusher = provider.secretStreamPush(key)
  const body = concatBytes([...sealChunks(pusher, header, pieces)])
  return { streamHeader: pusher.header, body }
}

function open(streamHeader: Uint8Array, body: Uint8Array, fileHeader = header) {
  return openChunks(provider.secretStreamPull(key, streamHeader), fileHeader, body)
}

describe('the chunked secretstream body', () => {
  it.each([
    0,
    1,
    STREAM_CHUNK_BYTES - 1,
    STREAM_CHUNK_BYTES,
    STREAM_CHUNK_BYTES + 1,
    3 * STREAM_CHUNK_BYTES,
  ])('round-trips %i bytes, with exactly the size the format predicts', (length) => {
    const plaintext = countingBytes(length, 7)
    const { streamHeader, body } = seal(plaintext)
    expect(body.length).toBe(sealedBodyBytes(length))
    expect(sameBytes(open(streamHeader, body), plaintext)).toBe(true)
  })

  it('gives the same chunks whatever sizes the plaintext arrives in', () => {
    const plaintext = countingBytes(150_000, 3)
    const pieces = [
      plaintext.subarray(0, 10),
      plaintext.subarray(10, 70_000),
      plaintext.subarray(70_000),
    ]
    const { streamHeader, body } = seal(plaintext, pieces)
    expect(sameBytes(open(streamHeader, body), plaintext)).toBe(true)
  })

  it('refuses a body cut at any chunk boundary or inside a chunk, or with bytes added', () => {
    const { streamHeader, body } = seal(countingBytes(2 * STREAM_CHUNK_BYTES + 100))
    for (const cut of [
      0,
      16,
      17,
      SEALED_CHUNK_BYTES,
      SEALED_CHUNK_BYTES + 1,
      2 * SEALED_CHUNK_BYTES,
      body.length - 1,
    ]) {
      expect(open(streamHeader, body.subarray(0, cut))).toBeNull()
    }
    expect(open(streamHeader, concatBytes([body, new Uint8Array([0])]))).toBeNull()
    expect(open(streamHeader, concatBytes([body, body.subarray(body.length - 40)]))).toBeNull()
  })

  it('refuses reordered chunks, a dropped final chunk and a changed header', () => {
    const { streamHeader, body } = seal(countingBytes(2 * STREAM_CHUNK_BYTES + 100))
    const first = body.subarray(0, SEALED_CHUNK_BYTES)
    const second = body.subarray(SEALED_CHUNK_BYTES, 2 * SEALED_CHUNK_BYTES)
    const last = body.subarray(2 * SEALED_CHUNK_BYTES)
    expect(open(streamHeader, concatBytes([second, first, last]))).toBeNull()
    expect(open(streamHeader, concatBytes([first, second]))).toBeNull()
    expect(open(streamHeader, body, new TextEncoder().encode('a file headeR'))).toBeNull()
  })
})

describe('opening the body in slices', () => {
  it('gives the same plaintext, pausing after every chunk and reporting each', async () => {
    const plaintext = countingBytes(3 * STREAM_CHUNK_BYTES + 5, 9)
    const { streamHeader, body } = seal(plaintext)
    const events: string[] = []
    const slicer = { checkpoint: async () => void events.push('pause') }
    const opened = await openChunksInSlices(
      provider.secretStreamPull(key, streamHeader),
      header,
      body,
      slicer,
      (done, total) => events.push(`${done}/${total}`),
    )
    expect(sameBytes(opened, plaintext)).toBe(true)
    expect(events).toEqual(['1/4', 'pause', '2/4', 'pause', '3/4', 'pause', '4/4', 'pause'])
  })

  it('refuses a damaged body exactly as opening in one go does', async () => {
    const { streamHeader, body } = seal(countingBytes(2 * STREAM_CHUNK_BYTES))
    const damaged = body.slice()
    damaged[SEALED_CHUNK_BYTES + 3] = (damaged[SEALED_CHUNK_BYTES + 3] ?? 0) ^ 1
    const puller = provider.secretStreamPull(key, streamHeader)
    const slicer = { checkpoint: async () => undefined }
    expect(await openChunksInSlices(puller, header, damaged, slicer)).toBeNull()
  })

  it('stops when a checkpoint says so, with its error', async () => {
    const { streamHeader, body } = seal(countingBytes(2 * STREAM_CHUNK_BYTES))
    let checkpoints = 0
    const slicer = {
      checkpoint: async () => {
        checkpoints += 1
        throw new Error('locked')
      },
    }
    await expect(
      openChunksInSlices(provider.secretStreamPull(key, streamHeader), header, body, slicer),
    ).rejects.toThrow('locked')
    expect(checkpoints).toBe(1)
  })
})
