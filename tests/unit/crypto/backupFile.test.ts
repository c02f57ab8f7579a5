import { beforeAll, describe, expect, it } from 'vitest'
import { backupBodyPieces, type BackupRow } from '@renderer/crypto/backupBody'
import { openBackupBody, sealBackup, type BackupSealRequest } from '@renderer/crypto/backupFile'
import { encodeBackupHeader, parseBackup } from '@renderer/crypto/backupFormat'
import { concatBytes, sealChunks } from '@renderer/crypto/chunkedStream'
import type { CryptoProvider, SecretStreamPusher } from '@renderer/crypto/cryptoProvider'
import { loadSodiumProvider } from '@renderer/crypto/sodiumProvider'
import type { TimeSlicer } from '@renderer/crypto/timeSlicer'
import { countingBytes, sameBytes } from './cryptoTestKit'

let provider: CryptoProvider
const backupsKey = countingBytes(32, 0x30)

beforeAll(async () => {
  provider = await loadSodiumProvider()
})

/** 150 rows of about 1 KiB: a body of three 64 KiB chunks. */
const rows: BackupRow[] = Array.from({ length: 150 }, (_, index) => ({
  kind: 'entry',
  id: `entry-${index}`,
  formatVersion: 1,
  envelope: countingBytes(1_000 + index, index),
}))

function requestFor(slicer?: TimeSlicer): BackupSealRequest {
  return {
    journalId: '0123456789abcdef0123456789abcdef',
    createdAtMs: Date.UTC(2026, 2, 1, 20, 15),
    vaultHeader: {
      kdf: { opsLimit: 2, memLimitBytes: 8 * 1024 * 1024 },
      salt: countingBytes(16, 1),
      passphraseSlot: countingBytes(73, 2),
      recoverySlot: countingBytes(73, 3),
    },
    manifest: { journalName: 'Sam' },
    rows,
    ...(slicer ? { slicer } : {}),
  }
}

/** Stands in for secretstream with readable, repeatable output: libsodium's header is random. */
function readablePusher(): SecretStreamPusher {
  let chunk = 0
  return {
    header: countingBytes(24, 0x40),
    push(plaintext, associatedData, final) {
      const sealed = new Uint8Array(plaintext.length + 17).fill(chunk++)
      sealed[0] = final ? 3 : 0
      sealed[1] = associatedData.length & 0xff
      sealed.set(plaintext, 17)
      return sealed
    },
  }
}

function pausingSlicer(): TimeSlicer & { pauses: number } {
  const slicer = {
    pauses: 0,
    checkpoint: async () => {
      slicer.pauses += 1
    },
  }
  return slicer
}

describe('sealing a backup', () => {
  it('writes exactly the header and chunks of the format, however often it pauses', async () => {
    const readable = { ...provider, secretStreamPush: () => readablePusher() }
    const request = requestFor()
    const headerBytes = encodeBackupHeader({
      journalId: request.journalId,
      createdAtMs: request.createdAtMs,
      recordCount: rows.length,
      ...request.vaultHeader,
      streamHeader: readablePusher().header,
    })
    const pieces = backupBodyPieces(request.manifest, rows)
    const expected = concatBytes([
      headerBytes,
      ...sealChunks(readablePusher(), headerBytes, pieces),
    ])
    const slicer = pausingSlicer()
    const paused = await sealBackup(readable, backupsKey, requestFor(slicer))
    expect(slicer.pauses).toBe(3)
    expect(sameBytes(paused, expected)).toBe(true)
    expect(sameBytes(await sealBackup(readable, backupsKey, requestFor()), expected)).toBe(true)
  })

  it('opens again with every row, pausing between chunks and rows', async () => {
    const bytes = await sealBackup(provider, backupsKey, requestFor(pausingSlicer()))
    const parsed = parseBackup(bytes)
    if (!parsed.ok) throw new Error(parsed.error.message)
    const slicer = pausingSlicer()
    const opened = await openBackupBody(provider, backupsKey, parsed.value, { slicer })
    expect(opened?.manifest).toEqual({ journalName: 'Sam' })
    expect(opened?.rows).toEqual(rows)
    // Three chunks, then one pause per row.
    expect(slicer.pauses).toBe(3 + rows.length)
  })

  it('stops part way when a checkpoint says so', async () => {
    const stopping = { checkpoint: () => Promise.reject(new Error('locked')) }
    await expect(sealBackup(provider, backupsKey, requestFor(stopping))).rejects.toThrow('locked')
  })
})
