/**
 * The `settings` record `form-drafts`, payload {"drafts": {formKey: {field: text}}}: words typed
 * into forms and not yet sent (domain/formDrafts/formDrafts.ts). Encrypted like every record.
 * With no drafts left the record is deleted, so a journal with nothing half-written keeps no
 * trace of one. Merging a backup keeps this journal's own, like every settings record.
 */
import type { Result } from '@shared/result'
import { formDraftsFrom, type FormDrafts } from '../domain/formDrafts/formDrafts'
import type { RecordStore } from './types'

export const FORM_DRAFTS_RECORD_ID = 'form-drafts'

/** A damaged or malformed record reads as no drafts; the next write replaces it. */
export async function readFormDrafts(records: RecordStore): Promise<FormDrafts> {
  const record = await records.get<unknown>('settings', FORM_DRAFTS_RECORD_ID)
  return record?.status === 'ok' ? formDraftsFrom(record.payload) : {}
}

export function writeFormDrafts(records: RecordStore, drafts: FormDrafts): Promise<Result<void>> {
  if (Object.keys(drafts).length === 0) return records.delete('settings', FORM_DRAFTS_RECORD_ID)
  return records.put('settings', FORM_DRAFTS_RECORD_ID, { drafts })
}
