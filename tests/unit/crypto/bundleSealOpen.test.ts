import { beforeAll, describe, expect, it } from 'vitest'
import { parseBundle } from '@renderer/crypto/bundleFormat'
import { openBundle, type BundleOpeningKeys } from '@renderer/crypto/bundleOpen'
import { sealBundle, type BundleRecipient } from '@renderer/crypto/bundleSeal'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { directKeyDeriver, type KeyDeriver } from '@renderer/crypto/keyDeriver'
import { formatShareCode } from '@renderer/crypto/shareCode'
import { generateShareKeyPair, type ShareKeyPair } from '@renderer/crypto/shareKeyPair'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import type { Result } from '@shared/result'
import { FAST_KDF } from '../db/vaultTestKit'
import { sampleItems, samplePayload } from './bundleTestKit'

let provider: CryptoProvider
let deriver: KeyDeriver
let sam: ShareKeyPair
let alex: ShareKeyPair
let someoneElse: ShareKeyPair

beforeAll(async () => {
  provider = await loadSodiumProvider()
  deriver = directKeyDeriver(provider)
  sam = generateShareKeyPair(provider)
  alex = generateShareKeyPair(provider)
  someoneElse = generateShareKeyPair(provider)
})

const noKeys: BundleOpeningKeys = { shareKeyPair: null, passphrase: null, partnerPublicKey: null }

async function seal(recipient: BundleRecipient, payload = samplePayload()): Promise<Uint8Array> {
  const sealed = await sealBundle(provider, deriver, { payload, recipient })
  if (!sealed.ok) throw new Error(sealed.error.message)
  return sealed.value
}

function open(bytes: Uint8Array, keys: Partial<BundleOpeningKeys>, today = '2026-03-02') {
  return openBundle(provider, deriver, bytes, { keys: { ...noKeys, ...keys }, today })
}

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

describe('a bundle sealed to a share code', () => {
  it('opens for the recipient with every field, the sender proven against the saved partner', async () => {
    const bytes = await seal({
      mode: 'share-code',
      recipientPublicKey: alex.publicKey,
      sender: sam,
    })
    const opened = await open(bytes, { shareKeyPair: alex, partnerPublicKey: sam.publicKey })
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value).toMatchObject({ ...samplePayload(), sealedWith: 'share-code' })
    expect(opened.value.sender?.shareCode).toBe(formatShareCode(sam.publicKey))
    expect(opened.value.sender?.fingerprint).toHaveLength(6)
    expect(opened.value.senderCheck).toBe('matches-saved-partner')
    expect(opened.value.expired).toBe(false)
  })

  it('says when the sender is not the saved partner, or no partner is saved', async () => {
    const bytes = await seal({
      mode: 'share-code',
      recipientPublicKey: alex.publicKey,
      sender: someoneElse,
    })
    const notPartner = await open(bytes, { shareKeyPair: alex, partnerPublicKey: sam.publicKey })
    expect(notPartner.ok && notPartner.value.senderCheck).toBe('not-saved-partner')
    const noPartner = await open(bytes, { shareKeyPair: alex })
    expect(noPartner.ok && noPartner.value.senderCheck).toBe('no-partner-saved')
  })

  it('is "sealed for someone else" in any other journal, or one with no share key yet', async () => {
    const bytes = await seal({
      mode: 'share-code',
      recipientPublicKey: alex.publicKey,
      sender: sam,
    })
    expect(codeOf(await open(bytes, { shareKeyPair: someoneElse }))).toBe('bundle-for-someone-else')
    expect(codeOf(await open(bytes, { shareKeyPair: sam }))).toBe('bundle-for-someone-else')
    expect(codeOf(await open(bytes, {}))).toBe('bundle-for-someone-else')
  })

  it('still opens after its expiry day, flagged as expired', async () => {
    const bytes = await seal({
      mode: 'share-code',
      recipientPublicKey: alex.publicKey,
      sender: sam,
    })
    const onTheDay = await open(bytes, { shareKeyPair: alex }, '2026-04-01')
    expect(onTheDay.ok && onTheDay.value.expired).toBe(false)
    const after = await open(bytes, { shareKeyPair: alex }, '2026-04-02')
    expect(after.ok && after.value.expired).toBe(true)
  })

  it('cannot be sealed to a low-order key that no real share code holds', async () => {
    const sealed = await sealBundle(provider, deriver, {
      payload: samplePayload(),
      recipient: { mode: 'share-code', recipientPublicKey: new Uint8Array(32), sender: sam },
    })
    expect(codeOf(sealed)).toBe('share-code-unusable')
  })

  it('reports progress chunk by chunk and holds 1,000 entries in a few dozen chunks', async () => {
    const progress: number[] = []
    const sealed = await sealBundle(provider, deriver, {
      payload: samplePayload(sampleItems(1_000, 300)),
      recipient: { mode: 'share-code', recipientPublicKey: alex.publicKey, sender: sam },
      onProgress: (done, total) => progress.push(total - done),
    })
    if (!sealed.ok) throw new Error(sealed.error.message)
    expect(progress.length).toBeGreaterThan(10)
    expect(progress.at(-1)).toBe(0)
    const opened = await open(sealed.value, { shareKeyPair: alex })
    expect(opened.ok && opened.value.items).toHaveLength(1_000)
  })
})

describe('a bundle sealed with a one-time passphrase', () => {
  const passphrase = 'meadow lantern copper harbour'
  const recipient = (): BundleRecipient => ({ mode: 'passphrase', passphrase, kdfParams: FAST_KDF })

  it('opens with the passphrase (in its NFC form), in any journal, with no provable sender', async () => {
    const bytes = await seal(recipient())
    expect(parseBundle(bytes).ok && parseBundle(bytes)).toMatchObject({
      value: { keySource: { mode: 'passphrase', kdf: FAST_KDF } },
    })
    const opened = await open(bytes, { passphrase: passphrase.normalize('NFD') })
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value).toMatchObject({
      sealedWith: 'passphrase',
      sender: null,
      senderCheck: 'not-provable',
    })
    expect(opened.value.items).toEqual(samplePayload().items)
  })

  it('asks for the passphrase, then refuses a wrong one', async () => {
    const bytes = await seal(recipient())
    expect(codeOf(await open(bytes, {}))).toBe('bundle-needs-passphrase')
    expect(codeOf(await open(bytes, { passphrase: 'meadow lantern copper harbor' }))).toBe(
      'bundle-wrong-passphrase',
    )
  })
})
