import { describe, expect, it } from 'vitest'
import { fail, ok } from '@shared/result'
import { backupFileName } from '@renderer/db/backupFileName'
import { readBackupSummary } from '@renderer/db/backupSummary'
import {
  loadAutoBackupSettings,
  updateAutoBackupSettings,
} from '@renderer/features/backup/autoBackupSettings'
import { backUpIfDue } from '@renderer/features/backup/runAutoBackup'
import type { BackupFolders } from '@renderer/platform/types'
import { createJournalOrThrow, freshVault } from '../../db/vaultTestKit'

const folderId = '0123456789abcdef0123456789abcdef'
const partnerTag = 'aa11bb22'

/** A folder as main would show it: names and bytes, with failures switchable per call. */
function memoryFolder(initial: readonly string[] = []) {
  const files = new Map<string, Uint8Array>(initial.map((name) => [name, new Uint8Array([0])]))
  const failing = { write: false, delete: false }
  const folders: BackupFolders = {
    choose: async () => ok(null),
    describe: async () => ok({ folderId, location: '/backups', available: true }),
    async write(_id, fileName, contents) {
      if (failing.write) return fail('backup-folder-unavailable', 'The folder cannot be reached.')
      files.set(fileName, contents)
      return ok({ fileName, bytesWritten: contents.byteLength })
    },
    list: async () => ok([...files.keys()].filter((name) => name.endsWith('.mendbackup')).sort()),
    async delete(_id, fileNames) {
      if (failing.delete) return fail('backup-cleanup-failed', 'Old backups stayed.')
      fileNames.forEach((name) => files.delete(name))
      return ok(fileNames.length)
    },
  }
  return { folders, files, failing }
}

async function journalWithAutoBackup(keep: number) {
  const { directory } = freshVault()
  const { session } = await createJournalOrThrow(directory)
  const saved = await updateAutoBackupSettings(session.records, { enabled: true, folderId, keep })
  if (!saved.ok) throw new Error(saved.error.message)
  return session
}

const day = (date: number, hours = 9) => new Date(2026, 10, date, hours, 0, 0)

describe('backUpIfDue', () => {
  it('writes the day’s backup and keeps only the newest N of this journal', async () => {
    const session = await journalWithAutoBackup(2)
    const older = [20, 21, 22].map((date) => backupFileName(session.journal.id, day(date)))
    const partners = backupFileName(`${partnerTag}${'0'.repeat(24)}`, day(1))
    const { folders, files } = memoryFolder([...older, partners, 'notes.txt'])

    const settings = await backUpIfDue(session, folders, day(25))
    const written = backupFileName(session.journal.id, day(25))
    expect([...files.keys()].sort()).toEqual([older[2], written, partners, 'notes.txt'].sort())
    const summary = readBackupSummary(files.get(written) ?? new Uint8Array())
    expect(summary.ok && summary.value.journalId).toBe(session.journal.id)
    expect(settings).toMatchObject({ lastBackupAt: day(25).toISOString(), lastProblem: null })
  })

  it('runs once a day: a second unlock the same day writes nothing', async () => {
    const session = await journalWithAutoBackup(10)
    const { folders, files } = memoryFolder()
    await backUpIfDue(session, folders, day(25, 8))
    expect(await backUpIfDue(session, folders, day(25, 21))).toBeNull()
    expect(files.size).toBe(1)
    await backUpIfDue(session, folders, day(26, 8))
    expect(files.size).toBe(2)
  })

  it('records a calm problem when the folder is unplugged, and tries again next unlock', async () => {
    const session = await journalWithAutoBackup(10)
    const { folders, files, failing } = memoryFolder()
    failing.write = true
    const failed = await backUpIfDue(session, folders, day(25, 8))
    expect(failed).toMatchObject({
      lastBackupAt: null,
      lastProblem: 'The folder cannot be reached.',
    })
    failing.write = false
    const retried = await backUpIfDue(session, folders, day(25, 9))
    expect(retried).toMatchObject({ lastBackupAt: day(25, 9).toISOString(), lastProblem: null })
    expect(files.size).toBe(1)
  })

  it('counts a backup written but not tidied up as done, and says what was left', async () => {
    const session = await journalWithAutoBackup(1)
    const { folders, files, failing } = memoryFolder([backupFileName(session.journal.id, day(20))])
    failing.delete = true
    const settings = await backUpIfDue(session, folders, day(25))
    expect(settings).toMatchObject({
      lastBackupAt: day(25).toISOString(),
      lastProblem: 'Old backups stayed.',
    })
    expect(files.size).toBe(2)
  })

  it('does nothing while automatic backups are off', async () => {
    const session = await journalWithAutoBackup(10)
    await updateAutoBackupSettings(session.records, { enabled: false })
    const { folders, files } = memoryFolder()
    expect(await backUpIfDue(session, folders, day(25))).toBeNull()
    expect(files.size).toBe(0)
    expect((await loadAutoBackupSettings(session.records)).lastBackupAt).toBeNull()
  })
})
