/**
 * After a merge the journal locks and reloads, because the journal, prompts and progress areas
 * keep decrypted copies in memory that a merge would leave stale. The result is carried across
 * the reload in sessionStorage (counts only, never journal text) and shown once on the lock screen.
 */
import type { BackupMerge } from '../../db/backupTypes'

const storageKey = 'mend:backup-merged'

type NoticeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** "Backup merged: 3 added, 1 updated, 40 already here." */
export function mergeResultText(merge: BackupMerge): string {
  const parts = [`${merge.added} added`]
  if (merge.updated > 0) parts.push(`${merge.updated} updated`)
  if (merge.unchanged > 0) parts.push(`${merge.unchanged} already here`)
  const damaged =
    merge.skippedDamaged === 0
      ? ''
      : merge.skippedDamaged === 1
        ? ' 1 item was already damaged in the backup and was left out.'
        : ` ${merge.skippedDamaged} items were already damaged in the backup and were left out.`
  return `Backup merged: ${parts.join(', ')}.${damaged}`
}

/** For a merge that found everything already here. */
export function nothingNewText(merge: BackupMerge): string {
  const damaged =
    merge.skippedDamaged === 0
      ? ''
      : ` ${merge.skippedDamaged} damaged ${merge.skippedDamaged === 1 ? 'item was' : 'items were'} left out.`
  const already =
    merge.unchanged === 0
      ? 'This backup holds nothing your journal is missing'
      : merge.unchanged === 1
        ? 'The 1 item in this backup is already in your journal'
        : `All ${merge.unchanged.toLocaleString()} items in this backup are already in your journal`
  return `${already}, so nothing was changed.${damaged}`
}

/** Whether the merge changed anything the open journal has in memory. */
export function mergeChangedJournal(merge: BackupMerge): boolean {
  return merge.added + merge.updated > 0
}

export function rememberMergeForLockScreen(
  merge: BackupMerge,
  storage: NoticeStorage = window.sessionStorage,
): void {
  try {
    storage.setItem(storageKey, `${mergeResultText(merge)} Unlock to see them.`)
  } catch {
    // Storage turned off: the merge is saved all the same; only the note is lost.
  }
}

export function peekMergeNotice(storage: NoticeStorage = window.sessionStorage): string | null {
  try {
    return storage.getItem(storageKey)
  } catch {
    return null
  }
}

export function forgetMergeNotice(storage: NoticeStorage = window.sessionStorage): void {
  try {
    storage.removeItem(storageKey)
  } catch {
    // Nothing to forget.
  }
}
