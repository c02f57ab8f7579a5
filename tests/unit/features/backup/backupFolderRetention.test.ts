/**
 * The renderer decides which backups to delete and main deletes them: these run both halves
 * together against a real folder, so the two copies of the name format cannot drift apart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  deleteBackupFiles,
  listBackupFiles,
  writeBackupFile,
} from '../../../../src/main/os/backupFolderFiles'
import { isBackupFileName } from '../../../../src/main/os/backupFolderNames'
import { backupFileName } from '@renderer/db/backupFileName'
import { backupFilesToDelete } from '@renderer/db/backupRetention'

const journalId = '3f9a1c2b7d8e4f5a6b7c8d9e0f1a2b3c'
const partnerJournalId = 'aa11bb22cc33dd44ee55ff6677889900'
const nameOn = (day: number, id = journalId) =>
  backupFileName(id, new Date(Date.UTC(2026, 10, day, 9, 0, 0)))

let folder: string

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'mend-retention-'))
})

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true })
})

describe('automatic backup retention in a real folder', () => {
  it('main accepts every name the renderer gives a backup', () => {
    for (const at of ['2026-11-25T14:30:05Z', '1999-01-01T00:00:00Z', '2026-02-28T23:59:59Z']) {
      expect(isBackupFileName(backupFileName(journalId, new Date(at)))).toBe(true)
    }
  })

  it('keeps the newest N of this journal and never touches the partner’s or other files', async () => {
    for (let day = 1; day <= 6; day += 1) {
      expect((await writeBackupFile(folder, nameOn(day), new Uint8Array([day]))).ok).toBe(true)
    }
    await fs.writeFile(join(folder, nameOn(1, partnerJournalId)), 'partner’s backup')
    await fs.writeFile(join(folder, 'holiday.jpg'), 'photo')
    await fs.writeFile(join(folder, 'mend-backup-old.mendbackup'), 'renamed by hand')
    const listed = await listBackupFiles(folder)
    if (!listed.ok) throw new Error(listed.error.message)
    const toDelete = backupFilesToDelete(listed.value, journalId, 3)
    expect(toDelete).toEqual([nameOn(3), nameOn(2), nameOn(1)])
    expect(await deleteBackupFiles(folder, toDelete)).toEqual({ ok: true, value: 3 })
    expect((await fs.readdir(folder)).sort()).toEqual(
      [
        nameOn(4),
        nameOn(5),
        nameOn(6),
        nameOn(1, partnerJournalId),
        'holiday.jpg',
        'mend-backup-old.mendbackup',
      ].sort(),
    )
  })
})
