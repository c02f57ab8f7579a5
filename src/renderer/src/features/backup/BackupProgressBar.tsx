import { useId } from 'react'
import type { BackupProgress } from '../../db/backupTypes'
import { backupProgressView, type BackupOperation } from './backupProgressView'

export interface BackupProgressBarProps {
  readonly operation: BackupOperation
  readonly progress: BackupProgress
}

/** One bar across the whole operation, with the current phase in plain words above it. */
export function BackupProgressBar({ operation, progress }: BackupProgressBarProps) {
  const labelId = useId()
  const view = backupProgressView(operation, progress)
  return (
    <div className="backup-progress">
      <p id={labelId} className="backup-progress__label">
        {view.label}…
      </p>
      <div
        className="meter"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={view.percent}
        aria-valuetext={view.valueText}
      >
        <div className="meter__fill" style={{ width: `${view.percent}%` }} />
      </div>
    </div>
  )
}
