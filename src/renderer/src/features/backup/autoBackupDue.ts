import { toLocalDateString } from '../../domain/journal/localDate'
import type { AutoBackupSettings } from './autoBackupSettings'

/**
 * At most one automatic backup per local calendar day. A last backup "in the future" (the clock
 * was wrong, or moved back) does not block backups until that day comes.
 */
export function isAutoBackupDue(settings: AutoBackupSettings, now: Date): boolean {
  if (!settings.enabled || settings.folderId === null) return false
  if (settings.lastBackupAt === null) return true
  const last = new Date(settings.lastBackupAt)
  if (Number.isNaN(last.getTime()) || last.getTime() > now.getTime()) return true
  return toLocalDateString(last) !== toLocalDateString(now)
}
