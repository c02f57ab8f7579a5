import { useEffect } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import type { VaultSession } from '../../db/types'
import { backUpIfDue } from './runAutoBackup'

/**
 * 20 s: the timeline, search index and dashboard are built first, so the backup's reading and
 * sealing never slow the moment the journal opens.
 */
export const autoBackupDelayMs = 20_000

/**
 * Runs the day's automatic backup a little after unlock (desktop only). It cannot run on lock
 * instead: locking zeroes the keys first and reloads the page, and a backup needs the vault key
 * to derive the backups subkey, so after unlock is the only moment one can be made unattended.
 */
export function AutoBackupAfterUnlock({ vault }: { readonly vault: VaultSession }) {
  const platform = usePlatform()
  useEffect(() => {
    const folders = platform.backupFolders
    if (folders === null) return
    const timer = window.setTimeout(() => {
      // A lock part-way makes reads throw; the next unlock simply tries again.
      backUpIfDue(vault, folders, new Date()).catch(() => undefined)
    }, autoBackupDelayMs)
    return () => window.clearTimeout(timer)
  }, [vault, platform])
  return null
}
