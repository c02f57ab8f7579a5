/**
 * The `settings` record `timeline-newest`, payload {"ids": string[]}: which entries to open first
 * at unlock (domain/timeline/newestIds.ts). It is a hint: missing, stale or unreadable, it only
 * means the timeline waits for the whole journal, as it would without it. Merging a backup keeps
 * this journal's own, like every settings record, and the next unlock corrects it.
 */
import type { Result } from '@shared/result'
import { NEWEST_OPENED_FIRST } from '../domain/timeline/newestIds'
import type { RecordStore } from './types'

export const NEWEST_ENTRIES_RECORD_ID = 'timeline-newest'

export async function readNewestEntryIds(records: RecordStore): Promise<string[]> {
  const record = await records.get<unknown>('settings', NEWEST_ENTRIES_RECORD_ID)
  if (record?.status !== 'ok') return []
  const ids = (record.payload as { ids?: unknown } | null)?.ids
  if (!Array.isArray(ids)) return []
  return ids.filter((id): id is string => typeof id === 'string').slice(0, NEWEST_OPENED_FIRST)
}

export function writeNewestEntryIds(records: RecordStore, ids: readonly string[]): Promise<Result<void>> {
  return records.put('settings', NEWEST_ENTRIES_RECORD_ID, { ids })
}
