/**
 * Backup file names: `mend-backup-YYYY-MM-DD-HHMMSSZ-<first 8 characters of the journal id>.mendbackup`,
 * in UTC so names sort by time whatever the time zone or daylight saving. The journal tag lets
 * two journals back up into one folder without either pruning the other's files; it reveals
 * nothing, the journal id being random (and in the file's header anyway).
 */
export const BACKUP_FILE_EXTENSION = 'mendbackup'
const JOURNAL_TAG_LENGTH = 8
const NAME_PATTERN =
  /^mend-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})Z-([0-9a-f]{8})\.mendbackup$/

const two = (value: number) => String(value).padStart(2, '0')

export function backupFileName(journalId: string, at: Date): string {
  const day = `${String(at.getUTCFullYear()).padStart(4, '0')}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`
  const time = `${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}Z`
  return `mend-backup-${day}-${time}-${journalId.slice(0, JOURNAL_TAG_LENGTH)}.${BACKUP_FILE_EXTENSION}`
}

export interface BackupFileNameParts {
  readonly journalTag: string
  /** Milliseconds since 1970 (UTC) of the time in the name. */
  readonly takenAtMs: number
}

/** Null for any name Mend did not write in this format: such files are never touched. */
export function parseBackupFileName(fileName: string): BackupFileNameParts | null {
  const match = NAME_PATTERN.exec(fileName)
  if (!match) return null
  const [, year, month, day, hours, minutes, seconds, journalTag] = match.map(String)
  const takenAtMs = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours),
    Number(minutes),
    Number(seconds),
  )
  // Date.UTC rolls 2026-02-31 over into March: such a name was not written by Mend.
  return backupFileName(`${journalTag}`, new Date(takenAtMs)) === fileName
    ? { journalTag: journalTag as string, takenAtMs }
    : null
}
