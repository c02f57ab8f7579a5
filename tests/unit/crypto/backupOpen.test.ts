import { beforeAll, describe, expect, it } from 'vitest'
import type { BackupRow } from '@renderer/crypto/backupBody'
import { sealBackup } from '@renderer/crypto/backupFile'
import { parseBackup, type ParsedBackup } from '@renderer/crypto/backupFormat'
import { openBackup } from '@renderer/crypto/backupOpen'
import { sealedChunkCount } from '@renderer/crypto/chunkedStream'
import type { CryptoProvider } from '@renderer/crypto/cryptoProvider'
import { sealRecord } from '@renderer/crypto/recordCodec'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import { deriveSubkey } from '@renderer/crypto/subkeys'
import { countingBytes } from './cryptoTestKit'

const journalId = 'fedcba9876543210fedcba9876543210'
const vaultKey = countingBytes(32, 0x20)
const RECORDS = 250
let provider: CryptoProvider
let parsed: ParsedBackup

beforeAll(async () => {
  provider = await loadSodiumProvider()
  const recordsKey = deriveSubkey(provider, vaultKey, 'records')
  const rows: BackupRow[] = Array.from({ length: RECORDS }, (_, index) => {
    const address = { journalId, kind: 'entry', recordId: `entry-${index}` }
    const envelope = sealRecord(provider, recordsKey, address, { body: 'x'.repeat(500), index })
    return { kind: 'entry', id: address.recordId, formatVersion: 1, envelope }
  })
  const bytes = await sealBackup(provider, deriveSubkey(provider, vaultKey, 'backups'), {
    journalId,
    createdAtMs: 0,
    vaultHeader: {
      kdf: { opsLimit: 2, memLimitBytes: 8 * 1024 * 1024 },
      salt: countingBytes(16),
      passphraseSlot: countingBytes(73),
      recoverySlot: countingBytes(73),
    },
    manifest: { journalName: 'Sam' },
    rows,
  })
  const result = parseBackup(bytes)
  if (!result.ok) throw new Error(result.error.message)
  parsed = result.value
})

describe('opening a backup', () => {
  it('decrypts every record, pausing for the page between records', async () => {
    let pauses = 0
    const slicer = { checkpoint: async () => void (pauses += 1) }
    const opened = await openBackup(provider, parsed, vaultKey, { slicer })
    expect(opened?.records).toHaveLength(RECORDS)
    expect(opened?.records[7]).toMatchObject({ damaged: false, payload: { index: 7 } })
    // One pause per 64 KiB chunk, per row while decoding, and per record while opening.
    const chunks = sealedChunkCount(parsed.body.length)
    expect(chunks).toBe(4)
    expect(pauses).toBe(chunks + 2 * RECORDS)
  })

  it('reports chunks then records as one count, every hundred records and at the end', async () => {
    const reports: string[] = []
    await openBackup(provider, parsed, vaultKey, {
      onProgress: (done, total) => reports.push(`${done}/${total}`),
    })
    expect(reports).toEqual(['1/254', '2/254', '3/254', '4/254', '104/254', '204/254', '254/254'])
  })

  it('answers null with the wrong vault key', async () => {
    expect(await openBackup(provider, parsed, countingBytes(32, 0x21))).toBeNull()
  })
})
