import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { BACKUP_MAGIC } from '@renderer/crypto/backupFormat'
import { SEALED_CHUNK_BYTES, concatBytes } from '@renderer/crypto/chunkedStream'
import type { VaultSession } from '@renderer/db/types'
import type { Result } from '@shared/result'
import { BACKUP_TIME, writeSample } from './backupTestKit'
import { snapshotStorage } from './storageSnapshot'
import { PASSPHRASE, createJournalOrThrow, freshVault, type TestVault } from './vaultTestKit'

// magic 7, version 1, journal id 16, time 8, count 4, costs 8, salt 16, two slots 146, stream header 24.
const HEADER_BYTES = 230
let source: { vault: TestVault; session: VaultSession }
let backup: Uint8Array
/** A fresh install (its lock screen already listed journals) and its storage before any attempt. */
let fresh: TestVault
let freshBefore: string
let sourceBefore: string

beforeAll(async () => {
  const vault = freshVault()
  const { session } = await createJournalOrThrow(vault.directory, 'Sam')
  await writeSample(session)
  const longEntries = Array.from({ length: 120 }, (_, index) => ({
    kind: 'entry' as const,
    id: `bulk-${index}`,
    payload: { title: `Entry ${index}`, body: 'We kept our word today. '.repeat(90) },
  }))
  const written = await session.records.putMany(longEntries)
  if (!written.ok) throw new Error(written.error.message)
  const created = await session.backups.create({ now: BACKUP_TIME })
  if (!created.ok) throw new Error(created.error.message)
  backup = created.value.bytes
  source = { vault, session }
  fresh = freshVault()
  await fresh.directory.list()
  freshBefore = await snapshotStorage(fresh.indexedDB)
  sourceBefore = await snapshotStorage(vault.indexedDB)
})

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

function flipped(bytes: Uint8Array, offset: number, mask = 0x01): Uint8Array {
  const copy = bytes.slice()
  copy[offset] = (copy[offset] ?? 0) ^ mask
  return copy
}

/** Restore into the fresh install and merge into the source journal; both must fail, unchanged. */
async function bothRefuse(bytes: Uint8Array): Promise<{ restore: string; merge: string }> {
  const restore = codeOf(await fresh.directory.restoreBackup(bytes, { passphrase: PASSPHRASE }))
  const merge = codeOf(await source.session.backups.merge(bytes, null))
  expect(await snapshotStorage(fresh.indexedDB)).toBe(freshBefore)
  expect(await snapshotStorage(source.vault.indexedDB)).toBe(sourceBefore)
  return { restore, merge }
}

describe('a damaged backup', () => {
  it('is refused whatever length it is cut to, and nothing is written', async () => {
    expect(backup.length).toBeGreaterThan(3 * SEALED_CHUNK_BYTES)
    const cuts = [0, 4, 6, 7, 8, 30, 100, 229, 230, 231, 246, 247]
    for (let cut = HEADER_BYTES; cut < backup.length; cut += 23_011) cuts.push(cut)
    cuts.push(HEADER_BYTES + SEALED_CHUNK_BYTES, backup.length - 17, backup.length - 1)
    for (const cut of cuts) {
      const expected = cut < BACKUP_MAGIC.length ? 'backup-not-mend' : 'backup-damaged'
      expect(await bothRefuse(backup.subarray(0, cut)), `cut at ${cut}`).toEqual({
        restore: expected,
        merge: expected,
      })
    }
  })

  it('names the problem for a changed byte in each part of the file', async () => {
    expect(await bothRefuse(flipped(backup, 2))).toEqual({
      restore: 'backup-not-mend',
      merge: 'backup-not-mend',
    })
    expect(await bothRefuse(flipped(backup, 7, 0x03))).toEqual({
      restore: 'backup-too-new',
      merge: 'backup-too-new',
    })
    expect(await bothRefuse(flipped(backup, 7, 0x01))).toEqual({
      restore: 'backup-damaged',
      merge: 'backup-damaged',
    })
    // Time, record count, the slot not used and the stream header are bound to the first chunk.
    for (const offset of [24, 33, 133, 205, 206, 229]) {
      expect(await bothRefuse(flipped(backup, offset)), `offset ${offset}`).toEqual({
        restore: 'backup-damaged',
        merge: 'backup-damaged',
      })
    }
    // Salt and passphrase slot only change which key comes out: like a wrong passphrase.
    for (const offset of [44, 59, 60, 132]) {
      expect(await bothRefuse(flipped(backup, offset)), `offset ${offset}`).toEqual({
        restore: 'wrong-passphrase',
        merge: 'backup-damaged',
      })
    }
  })

  it('is refused with a changed body byte or tag, bytes added, chunks reordered or the final one dropped', async () => {
    const header = backup.subarray(0, HEADER_BYTES)
    const body = backup.subarray(HEADER_BYTES)
    const first = body.subarray(0, SEALED_CHUNK_BYTES)
    const second = body.subarray(SEALED_CHUNK_BYTES, 2 * SEALED_CHUNK_BYTES)
    const rest = body.subarray(2 * SEALED_CHUNK_BYTES)
    const variants = {
      'a body byte': flipped(backup, HEADER_BYTES + SEALED_CHUNK_BYTES + 99),
      'the last tag': flipped(backup, backup.length - 1),
      'garbage appended': concatBytes([backup, new TextEncoder().encode('trailing')]),
      'chunks reordered': concatBytes([header, second, first, rest]),
      'final chunk dropped': backup.subarray(0, backup.length - (body.length % SEALED_CHUNK_BYTES)),
    }
    for (const [name, bytes] of Object.entries(variants)) {
      expect(await bothRefuse(bytes), name).toEqual({
        restore: 'backup-damaged',
        merge: 'backup-damaged',
      })
    }
  })
})

describe('the backup parser under fuzzing', () => {
  it('answers arbitrary bytes with an error and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        const result = await bothRefuse(bytes)
        expect(result.restore).not.toBe('ok')
        expect(result.merge).not.toBe('ok')
      }),
      { numRuns: 60 },
    )
  })

  it('answers a real header followed by arbitrary bytes with an error and writes nothing', async () => {
    const prefix = fc.constantFrom(backup.subarray(0, 8), backup.subarray(0, HEADER_BYTES))
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 300 }), async (head, tail) => {
        const result = await bothRefuse(concatBytes([head, tail]))
        expect(result.restore).not.toBe('ok')
        expect(result.merge).not.toBe('ok')
      }),
      { numRuns: 40 },
    )
  })
})
