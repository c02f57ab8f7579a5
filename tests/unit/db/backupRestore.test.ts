import { IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { JournalDatabase } from '@renderer/db/journalDatabase'
import { readBackupSummary } from '@renderer/db/backupSummary'
import type { BackupProgress } from '@renderer/db/backupTypes'
import type { Result } from '@shared/result'
import { BACKUP_TIME, allRecords, writeSample } from './backupTestKit'
import { snapshotStorage } from './storageSnapshot'
import { OTHER_PASSPHRASE, PASSPHRASE, createJournalOrThrow, freshVault } from './vaultTestKit'

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code)

async function backedUpJournal() {
  const vault = freshVault()
  const created = await createJournalOrThrow(vault.directory, 'Sam')
  await writeSample(created.session)
  valueOf(await created.session.sharing.identity())
  const progress: BackupProgress[] = []
  const backup = valueOf(
    await created.session.backups.create({
      now: BACKUP_TIME,
      onProgress: (step) => progress.push(step),
    }),
  )
  return { vault, ...created, backup, progress }
}

describe('making a backup', () => {
  it('copies every stored row, names the file by time and journal, and reports progress', async () => {
    const { session, backup, progress } = await backedUpJournal()
    expect(backup.recordCount).toBe(5)
    expect(backup.fileName).toBe(
      `mend-backup-2026-03-01-201500Z-${session.journal.id.slice(0, 8)}.mendbackup`,
    )
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: 1 })
    expect(progress.at(-1)).toEqual({ phase: 'sealing', done: 5, total: 5 })
    expect(valueOf(readBackupSummary(backup.bytes))).toEqual({
      journalId: session.journal.id,
      createdAt: BACKUP_TIME.toISOString(),
      recordCount: 5,
    })
    const text = Buffer.from(backup.bytes).toString('latin1')
    for (const secret of ['Day one', 'Alex', 'app-settings', 'entry', 'Sam'])
      expect(text).not.toContain(secret)
  })
})

describe('restoring a backup into a fresh install', () => {
  it('brings back every record intact with the passphrase, listed under its name', async () => {
    const { session, backup } = await backedUpJournal()
    const original = await allRecords(session)
    const fresh = freshVault()
    const steps: string[] = []
    const restored = valueOf(
      await fresh.directory.restoreBackup(
        backup.bytes,
        { passphrase: PASSPHRASE },
        {
          onProgress: (step) => steps.push(step.phase),
        },
      ),
    )
    expect(restored).toMatchObject({ restoredRecords: 5, damagedRecords: 0 })
    expect(restored.session.mustChangePassphrase).toBe(false)
    expect(await allRecords(restored.session)).toEqual(original)
    expect(new Set(steps)).toEqual(new Set(['unlocking', 'verifying', 'writing']))
    expect(await fresh.directory.list()).toEqual([{ id: session.journal.id, name: 'Sam' }])
    restored.session.close()
    const unlocked = valueOf(await fresh.reopen().unlock(session.journal.id, PASSPHRASE))
    expect(await allRecords(unlocked)).toEqual(original)
    expect(valueOf(await unlocked.sharing.identity()).shareCode).toBe(
      valueOf(await session.sharing.identity()).shareCode,
    )
  })

  it('also opens with the recovery words, then asks for a new passphrase', async () => {
    const { session, backup, recoveryWords } = await backedUpJournal()
    const fresh = freshVault()
    const restored = valueOf(await fresh.directory.restoreBackup(backup.bytes, { recoveryWords }))
    expect(restored.session.mustChangePassphrase).toBe(true)
    expect(await allRecords(restored.session)).toEqual(await allRecords(session))
  })

  it('refuses a wrong passphrase or wrong words, and a journal already here, writing nothing', async () => {
    const { vault, backup } = await backedUpJournal()
    const fresh = freshVault()
    // As the lock screen of a fresh install would: it lists journals before anything else.
    expect(await fresh.directory.list()).toEqual([])
    const before = await snapshotStorage(fresh.indexedDB)
    expect(
      codeOf(await fresh.directory.restoreBackup(backup.bytes, { passphrase: OTHER_PASSPHRASE })),
    ).toBe('wrong-passphrase')
    const otherWords = (await createJournalOrThrow(freshVault().directory)).recoveryWords
    expect(
      codeOf(await fresh.directory.restoreBackup(backup.bytes, { recoveryWords: otherWords })),
    ).toBe('wrong-recovery-words')
    expect(await snapshotStorage(fresh.indexedDB)).toBe(before)
    const here = await snapshotStorage(vault.indexedDB)
    expect(
      codeOf(await vault.directory.restoreBackup(backup.bytes, { passphrase: PASSPHRASE })),
    ).toBe('backup-journal-exists')
    expect(await snapshotStorage(vault.indexedDB)).toBe(here)
  })

  it('restores a record that was already damaged as it was, and says so', async () => {
    const { vault, session } = await backedUpJournal()
    const raw = new JournalDatabase(session.journal.id, { indexedDB: vault.indexedDB, IDBKeyRange })
    const row = (await raw.records.get(['apology', 'a7b4c3d2-0000-4000-8000-000000000003']))!
    const envelope = row.envelope.slice()
    envelope[30] = (envelope[30] ?? 0) ^ 1
    await raw.records.put({ ...row, envelope })
    raw.close()
    const backup = valueOf(await session.backups.create({ now: BACKUP_TIME }))
    const restored = valueOf(
      await freshVault().directory.restoreBackup(backup.bytes, { passphrase: PASSPHRASE }),
    )
    expect(restored.damagedRecords).toBe(1)
    expect(
      await restored.session.records.get('apology', 'a7b4c3d2-0000-4000-8000-000000000003'),
    ).toEqual({
      status: 'damaged',
      id: 'a7b4c3d2-0000-4000-8000-000000000003',
      kind: 'apology',
    })
  })
})

describe('merging a backup into the open journal', () => {
  it('restores deleted records of the same journal without asking for anything, and adds no duplicates', async () => {
    const { session, backup } = await backedUpJournal()
    const original = await allRecords(session)
    await session.records.delete('entry', '5b0c7e3a-1f0e-4c53-9a61-2f7d8f3f6a01')
    expect(valueOf(await session.backups.merge(backup.bytes, null))).toEqual({
      added: 1,
      updated: 0,
      unchanged: 4,
      skippedDamaged: 0,
    })
    expect(await allRecords(session)).toEqual(original)
    expect(valueOf(await session.backups.merge(backup.bytes, null)).added).toBe(0)
    expect(await allRecords(session)).toEqual(original)
  })

  it('keeps whichever version of a record was updated last', async () => {
    const { session, backup } = await backedUpJournal()
    const [dayOne, deux] = [
      '5b0c7e3a-1f0e-4c53-9a61-2f7d8f3f6a01',
      '9e2d4c1b-7a55-4f3e-8b0c-6d1e2f3a4b02',
    ]
    await session.records.put('entry', dayOne!, {
      title: 'Day one, revised',
      updatedAt: '2026-02-05T10:00:00.000Z',
    })
    await session.records.put('entry', deux!, {
      title: 'Older copy',
      updatedAt: '2026-01-01T10:00:00.000Z',
    })
    expect(valueOf(await session.backups.merge(backup.bytes, null))).toMatchObject({
      added: 0,
      updated: 1,
    })
    expect(await session.records.get('entry', dayOne!)).toMatchObject({
      payload: { title: 'Day one, revised' },
    })
    expect(await session.records.get('entry', deux!)).toMatchObject({ payload: { title: 'Deux' } })
  })

  it('stops when the journal locks while the backup is being verified, writing nothing', async () => {
    const { vault, session, backup } = await backedUpJournal()
    const deletedId = '5b0c7e3a-1f0e-4c53-9a61-2f7d8f3f6a01'
    await session.records.delete('entry', deletedId)
    const merged = await session.backups.merge(backup.bytes, null, {
      onProgress: (step) => {
        if (step.phase === 'verifying') session.close()
      },
    })
    expect(codeOf(merged)).toBe('vault-locked')
    const unlocked = valueOf(await vault.reopen().unlock(session.journal.id, PASSPHRASE))
    expect(await unlocked.records.get('entry', deletedId)).toBeNull()
  })

  it("brings another journal's records in with that journal's passphrase, keeping this one's share key", async () => {
    const { backup, session: source } = await backedUpJournal()
    const target = await createJournalOrThrow(freshVault().directory, 'Alex', OTHER_PASSPHRASE)
    const ownCode = valueOf(await target.session.sharing.identity()).shareCode
    expect(codeOf(await target.session.backups.merge(backup.bytes, null))).toBe(
      'backup-needs-passphrase',
    )
    expect(
      codeOf(await target.session.backups.merge(backup.bytes, { passphrase: OTHER_PASSPHRASE })),
    ).toBe('wrong-passphrase')
    const merged = valueOf(
      await target.session.backups.merge(backup.bytes, { passphrase: PASSPHRASE }),
    )
    // Its share key and its settings stay that journal's own (backupMergeSettings.test.ts).
    expect(merged).toEqual({ added: 3, updated: 0, unchanged: 2, skippedDamaged: 0 })
    expect(valueOf(await target.session.sharing.identity()).shareCode).toBe(ownCode)
    const isContent = (record: { kind: string }) =>
      record.kind !== 'share-key' && record.kind !== 'settings'
    const expected = (await allRecords(source)).filter(isContent)
    const mergedRecords = (await allRecords(target.session)).filter(isContent)
    expect(mergedRecords).toEqual(expected)
  })
})
