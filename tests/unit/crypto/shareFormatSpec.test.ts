/**
 * An independent reader of .mendshare and .mendbackup files, written from docs/FORMAT.md
 * sections 16–20 alone: libsodium and BIP-39 directly, none of Mend's own crypto or db code.
 * If it opens the committed fixtures, the document is precise enough and the app writes what
 * it says.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mnemonicToEntropy } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import sodium from 'libsodium-wrappers-sumo'
import { beforeAll, describe, expect, it } from 'vitest'
import { SHARED_ITEM_ID_KAT, SHARE_CODE_KAT, WRAP_KEY_KAT } from './shareKnownAnswers'

const fixtures = resolve(__dirname, '../../fixtures')
const enc = new TextEncoder()
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'))
const fromBase64 = (text: string) => Uint8Array.from(Buffer.from(text, 'base64'))
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts))
const ad = (...fields: string[]) => enc.encode(fields.join('\u0000'))
const count = (length: number, start: number) =>
  Uint8Array.from({ length }, (_, index) => (start + index) & 0xff)
const u32 = (bytes: Uint8Array, at: number) => Buffer.from(bytes).readUInt32LE(at)

beforeAll(async () => {
  await sodium.ready
})

/** Section 6: version 0x01 || nonce (24) || ciphertext || tag. */
function openEnvelope(envelope: Uint8Array, key: Uint8Array, associatedData: Uint8Array) {
  expect(envelope[0]).toBe(1)
  return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    envelope.subarray(25),
    associatedData,
    envelope.subarray(1, 25),
    key,
  )
}

/** Section 7: ISO/IEC 7816-4 padding to 256 bytes, then JSON. */
function recordPayload(envelope: Uint8Array, recordsKey: Uint8Array, recordAd: Uint8Array) {
  const padded = openEnvelope(envelope, recordsKey, recordAd)
  let end = padded.length - 1
  while (padded[end] === 0) end -= 1
  expect(padded[end]).toBe(0x80)
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(padded.subarray(0, end)))
}

/** Section 16: chunks of 65,553 bytes, the header as the first chunk's AD, TAG_FINAL last. */
function openStream(
  key: Uint8Array,
  streamHeader: Uint8Array,
  header: Uint8Array,
  body: Uint8Array,
) {
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(streamHeader, key)
  const count = Math.floor(body.length / 65_553) + 1
  const parts: Uint8Array[] = []
  for (let index = 0; index < count; index += 1) {
    const chunk = body.subarray(index * 65_553, (index + 1) * 65_553)
    const pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(
      state,
      chunk,
      index === 0 ? header : new Uint8Array(0),
    )
    if (!pulled) throw new Error(`chunk ${index} does not authenticate`)
    const isLast = index === count - 1
    expect(pulled.tag).toBe(isLast ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0)
    parts.push(pulled.message)
  }
  return concat(...parts)
}

const slotAd = (journalId: string, opsLimit: number, memLimit: number) =>
  ad('mend.slot.v1', journalId, 'passphrase', 'argon2id13', String(opsLimit), String(memLimit))

function argon2id(passphrase: string, salt: Uint8Array, opsLimit: number, memLimit: number) {
  return sodium.crypto_pwhash(
    32,
    enc.encode(passphrase.normalize('NFC')),
    salt,
    opsLimit,
    memLimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  )
}

/** Section 17: bech32m, prefix "mend", version symbol 1, 52 key symbols, 6 checksum symbols. */
function publicKeyOfShareCode(code: string): Uint8Array {
  const alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
  const compact = code.replace(/-/g, '')
  expect(compact.startsWith('mend1')).toBe(true)
  const symbols = Array.from(compact.slice(5), (char) => alphabet.indexOf(char))
  const generators = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
  let check = 1
  for (const value of [3, 3, 3, 3, 0, 13, 5, 14, 4, ...symbols]) {
    const top = check >>> 25
    check = (((check & 0x1ffffff) << 5) ^ value) >>> 0
    generators.forEach((generator, bit) => {
      if ((top >>> bit) & 1) check = (check ^ generator) >>> 0
    })
  }
  expect(check).toBe(0x2bc830a3)
  expect(symbols[0]).toBe(1)
  const bits = symbols
    .slice(1, 53)
    .map((symbol) => symbol.toString(2).padStart(5, '0'))
    .join('')
  expect(bits.slice(256)).toBe('0000')
  return Uint8Array.from(bits.slice(0, 256).match(/.{8}/g) ?? [], (byte) =>
    Number.parseInt(byte, 2),
  )
}

function fingerprint(publicKey: Uint8Array): string[] {
  const hash = sodium.crypto_generichash(
    32,
    concat(enc.encode('mend.fingerprint.v1\u0000'), publicKey),
    null,
  )
  const bits = Array.from(hash, (byte) => byte.toString(2).padStart(8, '0')).join('')
  return Array.from(
    { length: 6 },
    (_, word) => wordlist[Number.parseInt(bits.slice(word * 11, word * 11 + 11), 2)] ?? '',
  )
}

function wrapKey(
  es: Uint8Array,
  ss: Uint8Array,
  recipient: Uint8Array,
  sender: Uint8Array,
  ephemeral: Uint8Array,
) {
  return sodium.crypto_generichash(
    32,
    concat(enc.encode('mend.share.v1\u0000'), es, ss, recipient, sender, ephemeral),
    null,
  )
}

interface ShareFixture {
  sender: { shareCode: string; fingerprint: string[] }
  recipient: {
    shareCode: string
    fingerprint: string[]
    passphrase: string
    journalId: string
    databases: Record<string, { stores: Record<string, { rows: Record<string, unknown>[] }> }>
  }
  bundlePassphrase: string
  expectedPayload: unknown
  expectedPassphrasePayload: unknown
}

/** Sections 4–9 then 18: the recipient's share secret key, from its journal rows and passphrase. */
function recipientSecretKey(fixture: ShareFixture): {
  publicKey: Uint8Array
  secretKey: Uint8Array
} {
  const { journalId, passphrase, databases } = fixture.recipient
  const stores = databases[`mend-journal-${journalId}`]?.stores
  const header = stores?.header?.rows[0] as {
    kdf: { opsLimit: number; memLimitBytes: number; salt: string }
    passphraseSlot: string
  }
  const { opsLimit, memLimitBytes, salt } = header.kdf
  const wrapping = argon2id(passphrase, fromBase64(salt), opsLimit, memLimitBytes)
  const vaultKey = openEnvelope(
    fromBase64(header.passphraseSlot),
    wrapping,
    slotAd(journalId, opsLimit, memLimitBytes),
  )
  const recordsKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendRcrd', vaultKey)
  const row = stores?.records?.rows.find((candidate) => candidate.id === 'own-key-pair') as {
    kind: string
    id: string
    envelope: string
  }
  const payload = recordPayload(
    fromBase64(row.envelope),
    recordsKey,
    ad('mend.record.v1', journalId, 'share-key', 'own-key-pair'),
  ) as {
    publicKey: string
    sealedSecretKey: string
  }
  const shareKeysKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendShar', vaultKey)
  const secretKey = openEnvelope(
    fromHex(payload.sealedSecretKey),
    shareKeysKey,
    ad('mend.sharekey.v1', journalId, payload.publicKey),
  )
  expect(hex(sodium.crypto_scalarmult_base(secretKey))).toBe(payload.publicKey)
  return { publicKey: fromHex(payload.publicKey), secretKey }
}

describe('.mendshare fixtures, opened from FORMAT.md alone', () => {
  const fixture = JSON.parse(
    readFileSync(resolve(fixtures, 'share/share.json'), 'utf8'),
  ) as ShareFixture

  it('the share codes and fingerprints encode the keys they stand for', () => {
    const { publicKey } = recipientSecretKey(fixture)
    expect(hex(publicKeyOfShareCode(fixture.recipient.shareCode))).toBe(hex(publicKey))
    expect(fingerprint(publicKey)).toEqual(fixture.recipient.fingerprint)
    expect(fingerprint(publicKeyOfShareCode(fixture.sender.shareCode))).toEqual(
      fixture.sender.fingerprint,
    )
  })

  it('opens the bundle sealed to the share code and proves its sender', () => {
    const bytes = new Uint8Array(readFileSync(resolve(fixtures, 'share/toPartner.mendshare')))
    expect(Buffer.from(bytes.subarray(0, 7)).toString('latin1')).toBe('MENDSHR')
    expect([bytes[7], bytes[8]]).toEqual([1, 1])
    const recipient = bytes.subarray(9, 41)
    const sender = bytes.subarray(41, 73)
    const ephemeral = bytes.subarray(73, 105)
    const own = recipientSecretKey(fixture)
    expect(hex(recipient)).toBe(hex(own.publicKey))
    expect(hex(sender)).toBe(hex(publicKeyOfShareCode(fixture.sender.shareCode)))
    const es = sodium.crypto_scalarmult(own.secretKey, ephemeral)
    const ss = sodium.crypto_scalarmult(own.secretKey, sender)
    const key = wrapKey(es, ss, recipient, sender, ephemeral)
    const streamKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      bytes.subarray(129, 177),
      bytes.subarray(0, 105),
      bytes.subarray(105, 129),
      key,
    )
    const plaintext = openStream(
      streamKey,
      bytes.subarray(177, 201),
      bytes.subarray(0, 201),
      bytes.subarray(201),
    )
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(fixture.expectedPayload)
  })

  it('opens the bundle sealed with a one-time passphrase', () => {
    const bytes = new Uint8Array(readFileSync(resolve(fixtures, 'share/withPassphrase.mendshare')))
    expect([bytes[7], bytes[8]]).toEqual([1, 2])
    const key = argon2id(
      fixture.bundlePassphrase,
      bytes.subarray(17, 33),
      u32(bytes, 9),
      u32(bytes, 13),
    )
    const streamKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      bytes.subarray(57, 105),
      bytes.subarray(0, 33),
      bytes.subarray(33, 57),
      key,
    )
    const plaintext = openStream(
      streamKey,
      bytes.subarray(105, 129),
      bytes.subarray(0, 129),
      bytes.subarray(129),
    )
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(
      fixture.expectedPassphrasePayload,
    )
  })
})

describe('.mendbackup fixture, opened from FORMAT.md alone', () => {
  const fixture = JSON.parse(readFileSync(resolve(fixtures, 'backups/basic.json'), 'utf8')) as {
    passphrase: string
    recoveryWords: string[]
    journalId: string
    journalName: string
    createdAt: string
    expectedRecords: { kind: string; id: string; payload: unknown }[]
  }
  const bytes = new Uint8Array(readFileSync(resolve(fixtures, 'backups/basic.mendbackup')))

  function readBackup(unlockWith: 'passphrase' | 'recovery') {
    expect(Buffer.from(bytes.subarray(0, 7)).toString('latin1')).toBe('MENDBAK')
    expect(bytes[7]).toBe(1)
    const journalId = hex(bytes.subarray(8, 24))
    expect(journalId).toBe(fixture.journalId)
    const view = Buffer.from(bytes)
    expect(new Date(Number(view.readBigUInt64LE(24))).toISOString()).toBe(fixture.createdAt)
    const recordCount = view.readUInt32LE(32)
    const opsLimit = view.readUInt32LE(36)
    const memLimit = view.readUInt32LE(40)
    const vaultKey =
      unlockWith === 'passphrase'
        ? openEnvelope(
            bytes.subarray(60, 133),
            argon2id(fixture.passphrase, bytes.subarray(44, 60), opsLimit, memLimit),
            slotAd(journalId, opsLimit, memLimit),
          )
        : openEnvelope(
            bytes.subarray(133, 206),
            sodium.crypto_kdf_derive_from_key(
              32,
              1,
              'MendRcvy',
              mnemonicToEntropy(fixture.recoveryWords.join(' '), wordlist),
            ),
            ad('mend.slot.v1', journalId, 'recovery'),
          )
    const backupsKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendBkup', vaultKey)
    const body = Buffer.from(
      openStream(backupsKey, bytes.subarray(206, 230), bytes.subarray(0, 230), bytes.subarray(230)),
    )
    const manifestLength = body.readUInt32LE(0)
    const manifest = JSON.parse(body.subarray(4, 4 + manifestLength).toString('utf8'))
    expect(manifest).toEqual({ journalName: fixture.journalName })
    const recordsKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendRcrd', vaultKey)
    let at = 4 + manifestLength
    const records = []
    for (let index = 0; index < recordCount; index += 1) {
      const kind = body.subarray(at + 1, at + 1 + body[at]!).toString('latin1')
      at += 1 + kind.length
      const id = body.subarray(at + 1, at + 1 + body[at]!).toString('latin1')
      at += 1 + id.length
      const formatVersion = body[at]!
      const envelopeLength = body.readUInt32LE(at + 1)
      const envelope = new Uint8Array(body.subarray(at + 5, at + 5 + envelopeLength))
      at += 5 + envelopeLength
      expect(formatVersion).toBe(envelope[0])
      records.push({
        kind,
        id,
        payload: recordPayload(envelope, recordsKey, ad('mend.record.v1', journalId, kind, id)),
      })
    }
    expect(at).toBe(body.length)
    return records
  }

  for (const unlockWith of ['passphrase', 'recovery'] as const) {
    it(`holds every record of the journal, opened with its ${unlockWith}`, () => {
      const byKey = (a: { kind: string; id: string }, b: { kind: string; id: string }) =>
        `${a.kind}/${a.id}`.localeCompare(`${b.kind}/${b.id}`)
      expect(readBackup(unlockWith).sort(byKey)).toEqual([...fixture.expectedRecords].sort(byKey))
    })
  }
})

describe('known-answer vectors of FORMAT.md sections 17–19', () => {
  it('share code, fingerprint, wrap key and shared-item ids give the documented values', () => {
    const recipientSecret = fromHex(SHARE_CODE_KAT.secretKeyHex)
    const recipientPublic = sodium.crypto_scalarmult_base(recipientSecret)
    expect(hex(recipientPublic)).toBe(SHARE_CODE_KAT.publicKeyHex)
    expect(hex(publicKeyOfShareCode(SHARE_CODE_KAT.shareCode))).toBe(SHARE_CODE_KAT.publicKeyHex)
    expect(fingerprint(recipientPublic)).toEqual([...SHARE_CODE_KAT.fingerprint])

    const sender = count(32, 0x60)
    const ephemeral = count(32, 0x70)
    expect(hex(sodium.crypto_scalarmult_base(sender))).toBe(WRAP_KEY_KAT.senderPublicKeyHex)
    expect(hex(sodium.crypto_scalarmult_base(ephemeral))).toBe(WRAP_KEY_KAT.ephemeralPublicKeyHex)
    const senderPublic = fromHex(WRAP_KEY_KAT.senderPublicKeyHex)
    const ephemeralPublic = fromHex(WRAP_KEY_KAT.ephemeralPublicKeyHex)
    const fromSender = wrapKey(
      sodium.crypto_scalarmult(ephemeral, recipientPublic),
      sodium.crypto_scalarmult(sender, recipientPublic),
      recipientPublic,
      senderPublic,
      ephemeralPublic,
    )
    const fromRecipient = wrapKey(
      sodium.crypto_scalarmult(recipientSecret, ephemeralPublic),
      sodium.crypto_scalarmult(recipientSecret, senderPublic),
      recipientPublic,
      senderPublic,
      ephemeralPublic,
    )
    expect(hex(fromSender)).toBe(WRAP_KEY_KAT.wrapKeyHex)
    expect(hex(fromRecipient)).toBe(WRAP_KEY_KAT.wrapKeyHex)

    const idKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendShId', count(32, 0x20))
    expect(hex(idKey)).toBe(SHARED_ITEM_ID_KAT.subkeyHex)
    const itemId = (index: number) =>
      hex(
        sodium.crypto_generichash(
          16,
          enc.encode(`mend.shared-item.v1\u0000${SHARED_ITEM_ID_KAT.bundleId}\u0000${index}`),
          idKey,
        ),
      )
    expect(itemId(0)).toBe(SHARED_ITEM_ID_KAT.index0)
    expect(itemId(7)).toBe(SHARED_ITEM_ID_KAT.index7)
  })
})
