import { useState } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import { flushPendingWrites } from '../../app/pendingWrites'
import type { BackupProgress } from '../../db/backupTypes'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { BackupProgressBar } from './BackupProgressBar'
import { backupFileFilters } from './chooseBackupFile'
import { itemCount } from './backupWording'

/** Makes a .mendbackup of the open journal and saves it where the person chooses. */
export function BackUpNow() {
  const platform = usePlatform()
  const { vault } = useSession()
  const [progress, setProgress] = useState<BackupProgress | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  async function backUp() {
    setError(null)
    setSaved(null)
    setProgress({ phase: 'reading', done: 0, total: 1 })
    // Text still waiting for autosave belongs in the backup.
    await flushPendingWrites()
    const created = await vault.backups.create({ now: new Date(), onProgress: setProgress })
    if (!created.ok) {
      setProgress(null)
      return setError(created.error.message)
    }
    const file = await platform.saveFile({
      suggestedName: created.value.fileName,
      filters: backupFileFilters,
      contents: created.value.bytes,
    })
    setProgress(null)
    if (!file.ok) return setError(file.error.message)
    if (file.value === null) return
    const count = itemCount(created.value.recordCount)
    setSaved(
      platform.kind === 'web'
        ? `Your browser is saving the backup (${count}) to its downloads as ${file.value.fileName}.`
        : `Backup saved as ${file.value.fileName} (${count}).`,
    )
  }

  return (
    <div className="stack">
      <p>
        The backup file stays encrypted, so it opens only with this journal’s passphrase or its
        recovery words. Keep it somewhere other than this computer, such as a USB stick.
      </p>
      <div className="row">
        <Button variant="primary" disabled={progress !== null} onClick={() => void backUp()}>
          {progress ? 'Backing up…' : 'Back up now'}
        </Button>
      </div>
      {progress && <BackupProgressBar operation="create" progress={progress} />}
      {error && <Notice tone="error">{error}</Notice>}
      <div role="status">{saved && <Notice>{saved}</Notice>}</div>
    </div>
  )
}
