import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName } from '@renderer/db/backupFileName'
import { backupFilesToDelete } from '@renderer/db/backupRetention'

const journal = '3f9a1c2b00000000000000000000abcd'
const other = 'aa00bb11000000000000000000000000'
const at = (iso: string) => backupFileName(journal, new Date(iso))

describe('backup file names', () => {
  it('carry the UTC time and the journal tag, and read back', () => {
    const name = at('2026-11-25T14:30:05.900Z')
    expect(name).toBe('mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup')
    expect(parseBackupFileName(name)).toEqual({
      journalTag: '3f9a1c2b',
      takenAtMs: Date.parse('2026-11-25T14:30:05Z'),
    })
  })

  it('are not recognised when renamed, impossible or someone else’s', () => {
    for (const name of [
      'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup.txt',
      'mend-backup-2026-02-31-143005Z-3f9a1c2b.mendbackup',
      'My backup.mendbackup',
      'mend-backup-2026-11-25-143005Z-3F9A1C2B.mendbackup',
    ]) {
      expect(parseBackupFileName(name)).toBeNull()
    }
  })
})

describe('keeping the last N automatic backups', () => {
  const names = [
    at('2026-03-01T08:00:00Z'),
    at('2026-03-03T08:00:00Z'),
    at('2026-03-02T08:00:00Z'),
    at('2026-02-28T23:59:59Z'),
    backupFileName(other, new Date('2020-01-01T00:00:00Z')),
    'notes.txt',
    'mend-backup-old-copy.mendbackup',
  ]

  it('deletes only this journal’s oldest backups beyond N, by the time in their names', () => {
    expect(backupFilesToDelete(names, journal, 2)).toEqual([
      at('2026-03-01T08:00:00Z'),
      at('2026-02-28T23:59:59Z'),
    ])
  })

  it('never deletes the last backup, nor anything when there are N or fewer', () => {
    expect(backupFilesToDelete(names, journal, 0)).toHaveLength(3)
    expect(backupFilesToDelete(names, journal, Number.NaN)).toHaveLength(3)
    expect(backupFilesToDelete(names, journal, 4)).toEqual([])
    expect(backupFilesToDelete([], journal, 3)).toEqual([])
  })
})
