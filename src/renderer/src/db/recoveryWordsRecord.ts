/**
 * The note of whether the recovery words were confirmed as saved: the `settings` record
 * `recovery-words`, payload {"confirmed": boolean} (docs/FORMAT.md §10). Encrypted like every
 * record, so someone with the disk cannot tell which journals lack a recovery sheet; padding
 * makes both values the same size. It carries no updatedAt on purpose: merging a backup of the
 * same journal then keeps the journal's own note, which matches its own recovery slot.
 */
import type { Result } from '@shared/result'
import type { RecoveryWordsStatus } from './recoveryWordsTypes'
import type { RecordStore } from './types'

export const RECOVERY_WORDS_RECORD_ID = 'recovery-words'

export async function readRecoveryWordsStatus(records: RecordStore): Promise<RecoveryWordsStatus> {
  const record = await records.get<unknown>('settings', RECOVERY_WORDS_RECORD_ID)
  if (record?.status !== 'ok') return 'unknown'
  const { payload } = record
  if (typeof payload !== 'object' || payload === null) return 'unknown'
  const confirmed = (payload as { confirmed?: unknown }).confirmed
  if (confirmed === true) return 'confirmed'
  return confirmed === false ? 'not-confirmed' : 'unknown'
}

export function writeRecoveryWordsStatus(
  records: RecordStore,
  confirmed: boolean,
): Promise<Result<void>> {
  return records.put('settings', RECOVERY_WORDS_RECORD_ID, { confirmed })
}

/** Puts back a status read earlier, after an attempt that changed nothing else. Best effort. */
export async function restoreRecoveryWordsStatus(
  records: RecordStore,
  previous: RecoveryWordsStatus,
): Promise<void> {
  if (previous === 'unknown') await records.delete('settings', RECOVERY_WORDS_RECORD_ID)
  else await writeRecoveryWordsStatus(records, previous === 'confirmed')
}
