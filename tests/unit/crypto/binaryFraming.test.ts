import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupBodyPieces, decodeBackupBody, type BackupRow } from '@renderer/crypto/backupBody'
import { ByteReader } from '@renderer/crypto/byteReader'
import { ByteWriter } from '@renderer/crypto/byteWriter'
import { concatBytes } from '@renderer/crypto/chunkedStream'
import { decodeBundlePayload } from '@renderer/crypto/bundlePayload'
import { samplePayload } from './bundleTestKit'

const rows: BackupRow[] = [
  { kind: 'entry', id: 'e-1', formatVersion: 1, envelope: Uint8Array.of(1, 2, 3) },
  { kind: 'share-key', id: 'own-key-pair', formatVersion: 1, envelope: new Uint8Array(0) },
]
const body = (manifestName = 'Sam', of = rows) =>
  concatBytes([...backupBodyPieces({ journalName: manifestName }, of)])

describe('little-endian fields', () => {
  it('write and read back u8, u32, u64 and bytes, and answer null past the end', () => {
    const bytes = new ByteWriter(1)
      .u8(7)
      .u32(0xdeadbeef)
      .u64(2 ** 40 + 5)
      .bytes(Uint8Array.of(9, 8))
      .toBytes()
    expect(bytes).toHaveLength(15)
    const reader = new ByteReader(bytes)
    expect([reader.u8(), reader.u32(), reader.u64()]).toEqual([7, 0xdeadbeef, 2 ** 40 + 5])
    expect(reader.bytes(2)).toEqual(Uint8Array.of(9, 8))
    expect([reader.u8(), reader.u32(), reader.u64(), reader.bytes(1)]).toEqual([
      null,
      null,
      null,
      null,
    ])
    expect(new ByteReader(new Uint8Array(8).fill(0xff)).u64()).toBeNull()
    expect(() => new ByteWriter().u32(-1)).toThrow(RangeError)
  })
})

describe('the backup body', () => {
  it('reads back the manifest and every row exactly', () => {
    const decoded = decodeBackupBody(body(), 2)
    expect(decoded?.manifest).toEqual({ journalName: 'Sam' })
    expect(decoded?.rows).toEqual(rows)
  })

  it('refuses a wrong count, leftover bytes, a repeated key or an id Mend never writes', () => {
    expect(decodeBackupBody(body(), 1)).toBeNull()
    expect(decodeBackupBody(body(), 3)).toBeNull()
    expect(decodeBackupBody(concatBytes([body(), Uint8Array.of(0)]), 2)).toBeNull()
    const repeated = [rows[0]!, rows[0]!]
    expect(decodeBackupBody(body('Sam', repeated), 2)).toBeNull()
    const spaced = body().slice()
    spaced[spaced.indexOf(0x2d)] = 0x20 // "e-1" becomes "e 1"
    expect(decodeBackupBody(spaced, 2)).toBeNull()
    expect(() => body('Sam', [{ ...rows[0]!, id: 'has space' }])).toThrow(RangeError)
  })

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 5 }), (bytes, count) => {
        expect(() => decodeBackupBody(bytes, count)).not.toThrow()
      }),
    )
  })
})

describe('the bundle payload', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

  it('is read back as sealed, with fields nobody asked for dropped and unknown themes cleared', () => {
    const payload = samplePayload()
    expect(decodeBundlePayload(encode(payload))).toEqual(payload)
    const item = { ...payload.items[0], theme: 'a-newer-theme', extra: '<script>' }
    const decoded = decodeBundlePayload(encode({ ...payload, items: [item], extra: 1 }))
    expect(decoded?.items[0]).toEqual({ ...payload.items[0], theme: null })
    expect(decoded).not.toHaveProperty('extra')
  })

  it('refuses anything that is not exactly a bundle payload', () => {
    const payload = samplePayload()
    for (const broken of [
      { ...payload, bundleId: 'short' },
      { ...payload, items: [] },
      { ...payload, items: [{ ...payload.items[0], kind: 'diary' }] },
      { ...payload, items: [{ ...payload.items[0], mood: 9 }] },
      { ...payload, expiresOn: '2026-02-30' },
      { ...payload, createdAt: 'yesterday' },
      [payload],
    ]) {
      expect(decodeBundlePayload(encode(broken))).toBeNull()
    }
    expect(decodeBundlePayload(Uint8Array.of(0xff, 0xfe))).toBeNull()
  })
})
