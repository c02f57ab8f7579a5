import { describe, expect, it } from 'vitest'
import { isBackupFileName } from '../../../../src/main/os/backupFolderNames'

describe('isBackupFileName', () => {
  it('accepts backup names as Mend writes them', () => {
    for (const name of [
      'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup',
      'mend-backup-1999-01-01-000000Z-00000000.mendbackup',
    ]) {
      expect(isBackupFileName(name)).toBe(true)
    }
  })

  it.each([
    '../mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup',
    '/tmp/mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup',
    'sub/mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup',
    'sub\\mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup',
    'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup/..',
    'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup\u0000.txt',
    'mend-backup-2026-11-25-143005Z-3F9A1C2B.mendbackup',
    'mend-backup-2026-11-25-143005-3f9a1c2b.mendbackup',
    'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup.tmp',
    ' mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup',
    'notes.txt',
    '..',
    '',
  ])('refuses %j, which is not a plain backup name', (name) => {
    expect(isBackupFileName(name)).toBe(false)
  })

  it('refuses values that are not strings at all', () => {
    for (const value of [null, undefined, 42, ['mend-backup'], {}]) {
      expect(isBackupFileName(value)).toBe(false)
    }
  })
})
