/**
 * The automatic backup choices of one journal, kept in its own encrypted settings record: on,
 * which folder (main's opaque id; the path stays in main), how many to keep, and how the last
 * run went. Each journal on a computer can back up into its own folder.
 */
import type { RecordStore } from '../../db/types'
import type { Result } from '@shared/result'

export const autoBackupRecordId = 'auto-backup'

/** Ten daily backups: about a week and a half to notice a mistake and go back. */
export const defaultKeep = 10
export const keepChoices: readonly number[] = [3, 5, 7, 10, 14, 30, 60]

export interface AutoBackupSettings {
  readonly enabled: boolean
  readonly folderId: string | null
  readonly keep: number
  /** ISO instant of the last automatic backup that was written. */
  readonly lastBackupAt: string | null
  /** Why the last attempt failed or was incomplete, in words for the person; null when it went well. */
  readonly lastProblem: string | null
}

export const defaultAutoBackupSettings: AutoBackupSettings = {
  enabled: false,
  folderId: null,
  keep: defaultKeep,
  lastBackupAt: null,
  lastProblem: null,
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** Anything odd in a stored record falls back to the default for that field. */
export function parseAutoBackupSettings(payload: unknown): AutoBackupSettings {
  if (typeof payload !== 'object' || payload === null) return defaultAutoBackupSettings
  const stored = payload as Record<string, unknown>
  const keep = stored['keep']
  const folderId = stringOrNull(stored['folderId'])
  return {
    enabled: stored['enabled'] === true,
    folderId: folderId !== null && /^[0-9a-f]{32}$/.test(folderId) ? folderId : null,
    keep:
      typeof keep === 'number' && Number.isInteger(keep) && keep >= 1 && keep <= 365
        ? keep
        : defaultKeep,
    lastBackupAt: stringOrNull(stored['lastBackupAt']),
    lastProblem: stringOrNull(stored['lastProblem']),
  }
}

export async function loadAutoBackupSettings(records: RecordStore): Promise<AutoBackupSettings> {
  const stored = await records.get<unknown>('settings', autoBackupRecordId)
  return parseAutoBackupSettings(stored?.status === 'ok' ? stored.payload : null)
}

/** Reads the record again before writing, so a run after unlock and Settings do not undo each other. */
export async function updateAutoBackupSettings(
  records: RecordStore,
  patch: Partial<AutoBackupSettings>,
): Promise<Result<AutoBackupSettings>> {
  const next = { ...(await loadAutoBackupSettings(records)), ...patch }
  const saved = await records.put('settings', autoBackupRecordId, next)
  return saved.ok ? { ok: true, value: next } : saved
}
