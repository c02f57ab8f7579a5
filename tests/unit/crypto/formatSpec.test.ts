/**
 * An independent decryptor written from docs/FORMAT.md alone: libsodium and BIP-39 directly,
 * none of Mend's own crypto or db code. If this passes on the committed fixture vaults, the
 * document is precise enough and the app writes what it says.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { mnemonicToEntropy } from '@scure/bip39'
import { wordlist } from '@scure/bip39/wordlists/english.js'
import sodium from 'libsodium-wrappers-sumo'
import { beforeAll, describe, expect, it } from 'vitest'
import { KAT_JOURNAL_ID, PASSPHRASE_SLOT_KAT, RECORDS_KEY_KAT, RECORD_KAT } from './knownAnswers'

const fixtureDir = resolve(__dirname, '../../fixtures/vaults')
const enc = new TextEncoder()

interface FixtureRecord {
  readonly kind: string
  readonly id: string
  readonly payload?: unknown
}
interface Fixture {
  readonly passphrase: string
  readonly recoveryWords: string[]
  readonly journalId: string
  readonly expectedRecords: FixtureRecord[]
  readonly expectedDamaged: FixtureRecord[]
  readonly databases: Record<
    string,
    { stores: Record<string, { rows: Record<string, unknown>[] }> }
  >
}

const fromBase64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.ORIGINAL)
const count = (length: number, start: number) =>
  Uint8Array.from({ length }, (_, index) => (start + index) & 0xff)
/** Section 8: UTF-8 text fields joined by single 0x00 bytes. */
const associatedData = (...fields: string[]) => enc.encode(fields.join('\u0000'))

/** Section 6: version 0x01 || nonce (24) || ciphertext || tag (16). Throws on any failure. */
function openEnvelope(envelope: Uint8Array, key: Uint8Array, ad: Uint8Array): Uint8Array {
  if (envelope.length < 41 || envelope[0] !== 0x01) throw new Error('not an envelope')
  const nonce = envelope.subarray(1, 25)
  return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    envelope.subarray(25),
    ad,
    nonce,
    key,
  )
}

/** Section 7: strip trailing zeros (at most 255), then exactly one 0x80, within one block. */
function unpad(padded: Uint8Array): Uint8Array {
  if (padded.length === 0 || padded.length % 256 !== 0) throw new Error('bad padded length')
  let end = padded.length - 1
  while (end > padded.length - 256 && padded[end] === 0x00) end -= 1
  if (padded[end] !== 0x80) throw new Error('bad padding')
  return padded.subarray(0, end)
}

function loadFixture(file: string): Fixture {
  return JSON.parse(readFileSync(resolve(fixtureDir, file), 'utf8')) as Fixture
}

function decryptJournal(fixture: Fixture, unlockWith: 'passphrase' | 'recovery') {
  // Step 1: the directory names the journal.
  const directory = fixture.databases['mend-directory']?.stores.journals?.rows ?? []
  const listed = directory.find((row) => row.id === fixture.journalId)
  expect(listed).toBeDefined()
  const journalId = listed?.id as string
  expect(journalId).toMatch(/^[0-9a-f]{32}$/)

  // Step 2: check the header.
  const stores = fixture.databases[`mend-journal-${journalId}`]?.stores
  const header = stores?.header?.rows[0] as {
    id: string
    formatVersion: number
    journalId: string
    kdf: { algorithm: string; opsLimit: number; memLimitBytes: number; salt: string }
    passphraseSlot: string
    recoverySlot: string
  }
  expect(header).toMatchObject({ id: 'vault', formatVersion: 1, journalId })
  expect(header.kdf.algorithm).toBe('argon2id13')
  const salt = fromBase64(header.kdf.salt)
  expect(salt).toHaveLength(16)
  const { opsLimit, memLimitBytes } = header.kdf

  // Steps 3–4: unwrap the vault key from one of the two slots.
  let vaultKey: Uint8Array
  if (unlockWith === 'passphrase') {
    const passphraseBytes = enc.encode(fixture.passphrase.normalize('NFC'))
    const wrappingKey = sodium.crypto_pwhash(
      32,
      passphraseBytes,
      salt,
      opsLimit,
      memLimitBytes,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    )
    const ad = associatedData(
      'mend.slot.v1',
      journalId,
      'passphrase',
      'argon2id13',
      String(opsLimit),
      String(memLimitBytes),
    )
    vaultKey = openEnvelope(fromBase64(header.passphraseSlot), wrappingKey, ad)
  } else {
    const entropy = mnemonicToEntropy(fixture.recoveryWords.join(' '), wordlist)
    const recoveryKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendRcvy', entropy)
    const ad = associatedData('mend.slot.v1', journalId, 'recovery')
    vaultKey = openEnvelope(fromBase64(header.recoverySlot), recoveryKey, ad)
  }
  expect(vaultKey).toHaveLength(32)

  // Step 5: the records key.
  const recordsKey = sodium.crypto_kdf_derive_from_key(32, 1, 'MendRcrd', vaultKey)

  // Step 6: every record, each on its own.
  const rows = (stores?.records?.rows ?? []) as {
    kind: string
    id: string
    formatVersion: number
    envelope: string
  }[]
  return rows.map((row) => {
    const envelope = fromBase64(row.envelope)
    try {
      if (row.formatVersion !== envelope[0]) throw new Error('version column mismatch')
      const ad = associatedData('mend.record.v1', journalId, row.kind, row.id)
      const json = new TextDecoder('utf-8', { fatal: true }).decode(
        unpad(openEnvelope(envelope, recordsKey, ad)),
      )
      return { kind: row.kind, id: row.id, payload: JSON.parse(json) as unknown }
    } catch {
      return { kind: row.kind, id: row.id, damaged: true }
    }
  })
}

beforeAll(async () => {
  await sodium.ready
})

describe('docs/FORMAT.md, followed by an independent decryptor', () => {
  const fixtures = readdirSync(fixtureDir).filter((file) => file.endsWith('.json'))

  it('has fixture vaults to check', () => {
    expect(fixtures).toEqual(['basic.json', 'unicodeAndDamage.json'])
  })

  for (const file of fixtures) {
    for (const unlockWith of ['passphrase', 'recovery'] as const) {
      it(`decrypts ${file} with its ${unlockWith}`, () => {
        const fixture = loadFixture(file)
        const opened = decryptJournal(fixture, unlockWith)
        const byKey = (a: FixtureRecord, b: FixtureRecord) =>
          `${a.kind}/${a.id}`.localeCompare(`${b.kind}/${b.id}`)
        expect(opened.filter((record) => !('damaged' in record)).sort(byKey)).toEqual(
          [...fixture.expectedRecords].sort(byKey),
        )
        expect(
          opened.filter((record) => 'damaged' in record).map(({ kind, id }) => ({ kind, id })),
        ).toEqual(fixture.expectedDamaged)
      })
    }
  }

  it('rejects a wrong passphrase at the slot, as the document says', () => {
    const fixture = loadFixture('basic.json')
    expect(() =>
      decryptJournal({ ...fixture, passphrase: 'not the passphrase' }, 'passphrase'),
    ).toThrow()
  })
})

describe('known-answer vectors of FORMAT.md section 14', () => {
  const journalId = KAT_JOURNAL_ID

  it('XChaCha20-Poly1305 matches draft-irtf-cfrg-xchacha-03 A.3.1', () => {
    const plaintext = enc.encode(
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    )
    const ad = sodium.from_hex('50515253c0c1c2c3c4c5c6c7')
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      plaintext,
      ad,
      null,
      count(24, 0x40),
      count(32, 0x80),
    )
    expect(sodium.to_hex(sealed)).toBe(
      'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e' +
        'c0875924c1c7987947deafd8780acf49',
    )
  })

  it('Argon2id, subkeys and the recovery key give the documented bytes', () => {
    const argon = sodium.crypto_pwhash(
      32,
      enc.encode('lantern orchard gravel whisper'),
      count(16, 0),
      1,
      8 * 1024 * 1024,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    )
    expect(sodium.to_hex(argon)).toBe(
      'bebd06ae54f2415e3477ce2a385bf8f4e211a20c809c943d1a39775a9ec28915',
    )
    const vaultKey = count(32, 0x20)
    const subkey = (context: string) =>
      sodium.to_hex(sodium.crypto_kdf_derive_from_key(32, 1, context, vaultKey))
    expect(subkey('MendRcrd')).toBe(
      '5bcfa35f227910a8bd24acf63f1a4709ce019b73234bf30954cfe08eeae3a535',
    )
    expect(subkey('MendShar')).toBe(
      'e799133016d85e1306e1a2c179b839c8d7d6a3dc242dabff0faf92f8dcc553c7',
    )
    expect(subkey('MendBkup')).toBe(
      '32e8d9d15b493f32d1275b07c471d0893d24d1be31bed182a1c4b607ec03334d',
    )
    const entropy = mnemonicToEntropy(`${'abandon '.repeat(23)}art`, wordlist)
    expect(sodium.to_hex(sodium.crypto_kdf_derive_from_key(32, 1, 'MendRcvy', entropy))).toBe(
      '21b50cff3da5cda8d075755a650f9a7e72fa04eb8ea864c44e04ac23edf58afe',
    )
  })

  it('crypto_kdf_derive_from_key is BLAKE2b with the salt and personalisation of section 2', () => {
    const salt = new Uint8Array(16)
    salt[0] = 1
    const personal = new Uint8Array(16)
    personal.set(enc.encode('MendRcrd'))
    const viaBlake2b = sodium.crypto_generichash_blake2b_salt_personal(
      32,
      count(32, 0x20),
      salt,
      personal,
    )
    expect(sodium.to_hex(viaBlake2b)).toBe(
      '5bcfa35f227910a8bd24acf63f1a4709ce019b73234bf30954cfe08eeae3a535',
    )
  })

  it('the passphrase slot and record envelopes give the documented bytes', () => {
    const nonce = count(24, 0x40)
    const slotAd = associatedData(
      'mend.slot.v1',
      journalId,
      'passphrase',
      'argon2id13',
      '3',
      '268435456',
    )
    const slot = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      count(32, 0x20),
      slotAd,
      null,
      nonce,
      count(32, 0),
    )
    expect(`01${sodium.to_hex(nonce)}${sodium.to_hex(slot)}`).toBe(PASSPHRASE_SLOT_KAT)
    const recordsKey = sodium.from_hex(RECORDS_KEY_KAT)
    const recordAd = associatedData('mend.record.v1', journalId, 'entry', 'kat-1')
    expect(sodium.to_hex(recordAd)).toBe(
      '6d656e642e7265636f72642e763100303030313032303330343035303630373038303930613062306330643065' +
        '306600656e747279006b61742d31',
    )
    const padded = new Uint8Array(256)
    padded.set(enc.encode('{"t":"Mend"}'))
    padded[12] = 0x80
    const record = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      padded,
      recordAd,
      null,
      nonce,
      recordsKey,
    )
    expect(`01${sodium.to_hex(nonce)}${sodium.to_hex(record)}`).toBe(RECORD_KAT)
  })
})
