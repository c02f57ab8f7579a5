import type { ChosenBackup } from './chooseBackupFile'
import { formatMoment } from '../../app/formatMoment'
import { itemCount } from './backupWording'

export interface BackupSummaryViewProps {
  readonly backup: ChosenBackup
  /** "This journal" / "Another journal"; left out where there is no open journal to compare. */
  readonly journalLine?: string
}

/** What the file's header says. It is not checked until the backup is opened, so only shown. */
export function BackupSummaryView({ backup, journalLine }: BackupSummaryViewProps) {
  return (
    <dl className="backup-summary">
      <dt>File</dt>
      <dd className="backup-summary__file">{backup.fileName}</dd>
      <dt>Made</dt>
      <dd>{formatMoment(backup.summary.createdAt)}</dd>
      <dt>Holds</dt>
      <dd>{itemCount(backup.summary.recordCount)}</dd>
      {journalLine && (
        <>
          <dt>Journal</dt>
          <dd>{journalLine}</dd>
        </>
      )}
    </dl>
  )
}
