/**
 * "Shared with me": each item of an imported bundle becomes one 'shared-item' record, encrypted
 * under this journal's own records key like everything else (docs/FORMAT.md §19.1).
 * Record ids come from the bundle id and the item's index through a keyed hash, so a second
 * import of the same bundle finds the same ids and adds nothing.
 */
import { ok, type Result } from '@shared/result'
import { z } from 'zod'
import type { OpenedBundle } from '../crypto/bundleOpen'
import { BUNDLE_ID_PATTERN, parseShareableItem } from '../crypto/bundlePayload'
import { sharedItemId } from '../crypto/sharedItemId'
import type { ShareableItem } from '../domain/share/types'
import { withSubkey, type SessionParts } from './sessionParts'
import type { BundleImport, LoadedSharedItems, SharedItem } from './sharingTypes'

type SharedItemPayload = Omit<SharedItem, 'id'>

/** The record id of item `itemIndex` of bundle `bundleId` in this journal. */
export function sharedItemRecordId(
  parts: SessionParts,
  bundleId: string,
  itemIndex: number,
): string {
  return withSubkey(parts, 'sharedItemIds', (key, provider) =>
    sharedItemId(provider, key, bundleId, itemIndex),
  )
}

/** The record ids of the first `itemCount` items of bundle `bundleId`, with one subkey derivation. */
export function sharedItemRecordIds(
  parts: SessionParts,
  bundleId: string,
  itemCount: number,
): readonly string[] {
  return withSubkey(parts, 'sharedItemIds', (key, provider) =>
    Array.from({ length: itemCount }, (_, index) => sharedItemId(provider, key, bundleId, index)),
  )
}

/**
 * Writes every item not yet imported, all in one transaction. The bundle was fully verified by
 * openBundle before this is called, so nothing partial can be written.
 */
export async function importSharedItems(
  parts: SessionParts,
  opened: OpenedBundle,
  importedAt: Date,
): Promise<Result<BundleImport>> {
  const ids = sharedItemRecordIds(parts, opened.bundleId, opened.items.length)
  const present = new Set(
    (await parts.records.list('shared-item'))
      .filter((record) => record.status === 'ok')
      .map((record) => record.id),
  )
  const fresh = opened.items
    .map((item, itemIndex) => ({ item, itemIndex, id: ids[itemIndex] as string }))
    .filter(({ id }) => !present.has(id))
  const records = fresh.map(({ item, itemIndex, id }) => {
    const payload: SharedItemPayload = {
      item,
      bundleId: opened.bundleId,
      itemIndex,
      senderName: opened.senderName,
      sender: opened.sender,
      senderCheck: opened.senderCheck,
      sharedAt: opened.createdAt,
      importedAt: importedAt.toISOString(),
      expiresOn: opened.expiresOn,
      coverNote: opened.coverNote,
    }
    return { kind: 'shared-item' as const, id, payload }
  })
  if (records.length > 0) {
    const written = await parts.records.putMany(records)
    if (!written.ok) return written
  }
  return ok({ added: records.length, alreadyImported: opened.items.length - records.length })
}

const identity = z.object({ shareCode: z.string(), fingerprint: z.array(z.string()) })
const storedFields = z.object({
  item: z.unknown().transform((value, context) => {
    const item = parseShareableItem(value)
    if (!item) context.addIssue({ code: 'custom', message: 'not an item' })
    return item as ShareableItem
  }),
  bundleId: z.string().regex(BUNDLE_ID_PATTERN),
  itemIndex: z.number().int().nonnegative(),
  senderName: z.string(),
  sender: identity.nullable(),
  senderCheck: z.enum([
    'matches-saved-partner',
    'not-saved-partner',
    'no-partner-saved',
    'not-provable',
  ]),
  sharedAt: z.string(),
  importedAt: z.string(),
  expiresOn: z.string().nullable(),
  coverNote: z.string().nullable(),
})

/** Newest share first, then in the sender's order. */
export async function listSharedItems(parts: SessionParts): Promise<LoadedSharedItems> {
  const items: SharedItem[] = []
  const damagedIds: string[] = []
  for (const record of await parts.records.list<unknown>('shared-item')) {
    const parsed = record.status === 'ok' ? storedFields.safeParse(record.payload) : null
    if (parsed?.success) items.push({ id: record.id, ...parsed.data })
    else damagedIds.push(record.id)
  }
  items.sort(
    (a, b) =>
      b.sharedAt.localeCompare(a.sharedAt) ||
      a.bundleId.localeCompare(b.bundleId) ||
      a.itemIndex - b.itemIndex,
  )
  return { items, damagedIds }
}
