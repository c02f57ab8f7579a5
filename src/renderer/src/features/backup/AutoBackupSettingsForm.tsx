import { useEffect, useId, useState } from 'react'
import type { BackupFolder } from '@shared/ipc'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import type { BackupFolders } from '../../platform/types'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import {
  keepChoices,
  loadAutoBackupSettings,
  updateAutoBackupSettings,
  type AutoBackupSettings,
} from './autoBackupSettings'
import { formatMoment } from '../../app/formatMoment'
import { backUpIfDue } from './runAutoBackup'

/** Automatic backups: the desktop app writes them into a folder; a browser tab cannot. */
export function AutoBackupSettingsForm() {
  const platform = usePlatform()
  if (platform.backupFolders === null) {
    return (
      <p className="muted">
        Automatic backups need the desktop app, which can save into a folder on its own. Here in the
        browser, use “Back up now” from time to time.
      </p>
    )
  }
  return <DesktopAutoBackup folders={platform.backupFolders} />
}

function DesktopAutoBackup({ folders }: { readonly folders: BackupFolders }) {
  const { vault } = useSession()
  const [settings, setSettings] = useState<AutoBackupSettings | null>(null)
  const [folder, setFolder] = useState<BackupFolder | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const keepId = useId()

  useEffect(() => {
    let current = true
    void loadAutoBackupSettings(vault.records).then(async (loaded) => {
      const described = loaded.folderId ? await folders.describe(loaded.folderId) : null
      if (!current) return
      setSettings(loaded)
      setFolder(described?.ok ? described.value : null)
    })
    return () => {
      current = false
    }
  }, [vault, folders])

  async function save(patch: Partial<AutoBackupSettings>) {
    setError(null)
    const before = settings
    // Shown at once, so the checkbox and list answer the click; put back if saving fails.
    setSettings((current) => (current ? { ...current, ...patch } : current))
    const saved = await updateAutoBackupSettings(vault.records, patch)
    if (!saved.ok) {
      setSettings(before)
      return setError(saved.error.message)
    }
    setSettings(saved.value)
    // Turning it on (or pointing it at a folder) backs up at once if none was made today.
    if (saved.value.enabled && saved.value.folderId !== null) {
      setBusy(true)
      const ran = await backUpIfDue(vault, folders, new Date()).catch(() => null)
      setBusy(false)
      if (ran) setSettings(ran)
    }
  }

  async function chooseFolder() {
    setError(null)
    const chosen = await folders.choose()
    if (!chosen.ok) return setError(chosen.error.message)
    if (chosen.value === null) return
    setFolder(chosen.value)
    await save({ folderId: chosen.value.folderId, lastProblem: null })
  }

  if (settings === null) return <p className="muted">Loading…</p>
  const hasFolder = settings.folderId !== null && folder !== null
  return (
    <div className="stack">
      <p>
        Once a day, a little after you unlock, Mend can save a backup into a folder you choose, such
        as a USB stick or a folder your cloud storage keeps in sync.
      </p>
      <div className="backup-folder row">
        <span>
          <span className="field__label">Folder: </span>
          {hasFolder ? (
            <span className="backup-folder__location">{folder.location}</span>
          ) : (
            <span className="muted">none chosen yet</span>
          )}
        </span>
        <Button size="small" disabled={busy} onClick={() => void chooseFolder()}>
          {hasFolder ? 'Change folder…' : 'Choose folder…'}
        </Button>
      </div>
      {settings.folderId !== null && folder === null && (
        <Notice tone="warning">
          This computer does not know the folder chosen before, perhaps because the journal was
          restored here. Choose a folder to keep backing up.
        </Notice>
      )}
      {hasFolder && !folder.available && (
        <Notice tone="warning">
          This folder cannot be reached right now. If it is on a USB stick or a network drive,
          connect it; backups resume at the next unlock.
        </Notice>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.enabled}
          disabled={!hasFolder || busy}
          onChange={(event) => void save({ enabled: event.target.checked })}
        />
        <span>Back up automatically, at most once a day</span>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={keepId}>
          Keep the most recent
        </label>
        <select
          id={keepId}
          className="select backup-keep"
          aria-describedby={`${keepId}-hint`}
          value={settings.keep}
          disabled={busy}
          onChange={(event) => void save({ keep: Number(event.target.value) })}
        >
          {keepChoices.map((count) => (
            <option key={count} value={count}>
              {count} backups
            </option>
          ))}
        </select>
        <span className="field__hint" id={`${keepId}-hint`}>
          Older automatic backups of this journal in that folder are deleted. Other files there are
          never touched.
        </span>
      </div>
      <p className="muted" role="status">
        {busy
          ? 'Backing up…'
          : settings.lastBackupAt
            ? `Last automatic backup: ${formatMoment(settings.lastBackupAt)}.`
            : 'No automatic backup yet.'}
      </p>
      {settings.lastProblem && <Notice tone="warning">{settings.lastProblem}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  )
}
