/**
 * The share log: one encrypted 'share-log' record per act of sharing — what, with whom, when and
 * in which format — so the person can look back at what they have shown and to whom. Ids are
 * random UUIDs; everything else lives inside the sealed payload.
 */
import { ok, type Result } from '@shared/result'
import { z } from 'zod'
import type { NewShareLogEntry, ShareLogEntry } from './sharingTypes'
import type { RecordStore } from './types'

type ShareLogPayload = Omit<ShareLogEntry, 'id'>

export async function addShareLogEntry(
  records: RecordStore,
  entry: NewShareLogEntry,
  id: string = crypto.randomUUID(),
): Promise<Result<ShareLogEntry>> {
  const payload: ShareLogPayload = {
    sharedAt: entry.sharedAt.toISOString(),
    format: entry.format,
    recipient: entry.recipient,
    itemIds: [...entry.itemIds],
    itemTitles: [...entry.itemTitles],
    bundleId: entry.bundleId,
    note: entry.note,
  }
  const written = await records.put('share-log', id, payload)
  return written.ok ? ok({ id, ...payload }) : written
}

const recipient = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('partner'),
    shareCode: z.string(),
    fingerprint: z.array(z.string()),
  }),
  z.object({ kind: z.literal('one-time-passphrase') }),
  z.object({ kind: z.literal('file') }),
])

const payloadSchema = z.object({
  sharedAt: z.iso.datetime({ offset: true }),
  format: z.enum(['html', 'markdown', 'markdown-zip', 'pdf', 'bundle']),
  recipient,
  itemIds: z.array(z.string()),
  itemTitles: z.array(z.string()),
  bundleId: z.string().nullable(),
  note: z.string().catch(''),
})

export async function listShareLog(records: RecordStore): Promise<readonly ShareLogEntry[]> {
  const entries: ShareLogEntry[] = []
  for (const record of await records.list<unknown>('share-log')) {
    if (record.status !== 'ok') continue
    const parsed = payloadSchema.safeParse(record.payload)
    if (parsed.success) entries.push({ id: record.id, ...parsed.data })
  }
  return entries.sort((a, b) => b.sharedAt.localeCompare(a.sharedAt) || a.id.localeCompare(b.id))
}
