import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUNDLE_MAGIC } from '@renderer/crypto/bundleFormat'
import { openBundle, type BundleOpeningKeys } from '@renderer/crypto/bundleOpen'
import { sealBundle, type BundleRecipient } from '@renderer/crypto/bundleSeal'
import { SEALED_CHUNK_BYTES, concatBytes } from '@renderer/crypto/chunkedStream'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { directKeyDeriver, type KeyDeriver } from '@renderer/crypto/keyDeriver'
import { generateShareKeyPair, type ShareKeyPair } from '@renderer/crypto/shareKeyPair'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { FAST_KDF } from '../db/vaultTestKit'
import { sampleItems, samplePayload } from './bundleTestKit'

let provider: CryptoProvider
let deriver: KeyDeriver
let alex: ShareKeyPair
/** Sealed to Alex; three chunks (two full ones), so reordering and dropping can be tried. */
let toAlex: Uint8Array
let withPassphrase: Uint8Array
const passphrase = 'meadow lantern copper harbour'
// Share-code header: magic 7, version 1, mode 1, three keys of 32, nonce 24, wrapped key 48, stream header 24.
const SHARE_HEADER_BYTES = 201

beforeAll(async () => {
  provider = await loadSodiumProvider()
  deriver = directKeyDeriver(provider)
  alex = generateShareKeyPair(provider)
  const sam = generateShareKeyPair(provider)
  const seal = async (recipient: BundleRecipient, items = sampleItems(3)) => {
    const sealed = await sealBundle(provider, deriver, { payload: samplePayload(items), recipient })
    if (!sealed.ok) throw new Error(sealed.error.message)
    return sealed.value
  }
  toAlex = await seal(
    { mode: 'share-code', recipientPublicKey: alex.publicKey, sender: sam },
    sampleItems(400, 60),
  )
  withPassphrase = await seal({ mode: 'passphrase', passphrase, kdfParams: FAST_KDF })
})

async function errorOf(bytes: Uint8Array, keys: Partial<BundleOpeningKeys> = {}): Promise<string> {
  const opened = await openBundle(provider, deriver, bytes, {
    keys: { shareKeyPair: alex, passphrase, partnerPublicKey: null, ...keys },
    today: '2026-03-02',
  })
  return opened.ok ? 'opened' : opened.error.code
}

function flipped(bytes: Uint8Array, offset: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice()
  copy[offset] = (copy[offset] ?? 0) ^ mask
  return copy
}

describe('a damaged share-code bundle', () => {
  it('is refused whatever length it is cut to', async () => {
    expect(toAlex.length).toBeGreaterThan(2 * SEALED_CHUNK_BYTES + SHARE_HEADER_BYTES)
    const cuts = [0, 3, 6, 7, 8, 9, 40, 104, 150, 200, 201, 202, 217, 218, 1_000]
    for (let cut = SHARE_HEADER_BYTES; cut < toAlex.length; cut += 9_973) cuts.push(cut)
    cuts.push(SHARE_HEADER_BYTES + SEALED_CHUNK_BYTES, SHARE_HEADER_BYTES + 2 * SEALED_CHUNK_BYTES)
    cuts.push(toAlex.length - 17, toAlex.length - 1)
    for (const cut of cuts) {
      const expected = cut < BUNDLE_MAGIC.length ? 'bundle-not-mend' : 'bundle-damaged'
      expect(await errorOf(toAlex.subarray(0, cut)), `cut at ${cut}`).toBe(expected)
    }
  })

  it('names the right problem for a changed byte in each part of the header', async () => {
    expect(await errorOf(flipped(toAlex, 0))).toBe('bundle-not-mend')
    expect(await errorOf(flipped(toAlex, 7, 0x03))).toBe('bundle-too-new')
    expect(await errorOf(flipped(toAlex, 7, 0x01))).toBe('bundle-damaged')
    expect(await errorOf(flipped(toAlex, 8, 0x04))).toBe('bundle-damaged')
    // The recipient's key changed: to this journal it is addressed to someone else.
    expect(await errorOf(flipped(toAlex, 9))).toBe('bundle-for-someone-else')
    for (const offset of [41, 72, 73, 104, 105, 128, 129, 176, 177, 200]) {
      expect(await errorOf(flipped(toAlex, offset)), `offset ${offset}`).toBe('bundle-damaged')
    }
  })

  it('is refused with a changed body byte or tag, bytes added, chunks reordered or the final one dropped', async () => {
    const body = toAlex.subarray(SHARE_HEADER_BYTES)
    const header = toAlex.subarray(0, SHARE_HEADER_BYTES)
    const first = body.subarray(0, SEALED_CHUNK_BYTES)
    const second = body.subarray(SEALED_CHUNK_BYTES, 2 * SEALED_CHUNK_BYTES)
    const last = body.subarray(2 * SEALED_CHUNK_BYTES)
    const variants = {
      'first body byte': flipped(toAlex, SHARE_HEADER_BYTES),
      'a middle byte': flipped(toAlex, SHARE_HEADER_BYTES + SEALED_CHUNK_BYTES + 500),
      'the last tag': flipped(toAlex, toAlex.length - 1),
      'one byte added': concatBytes([toAlex, new Uint8Array([0])]),
      'a chunk appended again': concatBytes([toAlex, last]),
      'chunks reordered': concatBytes([header, second, first, last]),
      'final chunk dropped': concatBytes([header, first, second]),
    }
    for (const [name, bytes] of Object.entries(variants)) {
      expect(await errorOf(bytes), name).toBe('bundle-damaged')
    }
  })
})

describe('a damaged passphrase bundle', () => {
  it('treats a changed salt like a wrong passphrase, and a changed body as damage', async () => {
    // Passphrase header: magic 7, version 1, mode 1, opsLimit 4, memLimit 4, salt 16 from 17.
    expect(await errorOf(flipped(withPassphrase, 20))).toBe('bundle-wrong-passphrase')
    expect(await errorOf(flipped(withPassphrase, 9, 0x02))).toBe('bundle-wrong-passphrase')
    expect(await errorOf(flipped(withPassphrase, 16, 0x80))).toBe('bundle-damaged')
    expect(await errorOf(flipped(withPassphrase, withPassphrase.length - 5))).toBe('bundle-damaged')
  })
})

describe('the bundle parser under fuzzing', () => {
  const neverThrows = async (bytes: Uint8Array) => {
    const code = await errorOf(bytes, { passphrase: null })
    expect(code).not.toBe('opened')
  }

  it('answers arbitrary bytes with an error, never an exception', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), neverThrows), {
      numRuns: 300,
    })
  })

  it('answers arbitrary bytes after a valid magic and version with an error', async () => {
    const prefix = fc.constantFrom(
      Uint8Array.of(...BUNDLE_MAGIC, 1, 1),
      Uint8Array.of(...BUNDLE_MAGIC, 1, 2),
      toAlex.subarray(0, 9),
      toAlex.subarray(0, SHARE_HEADER_BYTES),
    )
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 400 }), (head, tail) =>
        neverThrows(concatBytes([head, tail])),
      ),
      { numRuns: 300 },
    )
  })

  it('refuses a real bundle with any one byte changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: toAlex.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (offset, mask) => {
          expect(await errorOf(flipped(toAlex, offset, mask))).not.toBe('opened')
        },
      ),
      { numRuns: 150 },
    )
  })
})
