/**
 * What a .mendshare carries once decrypted: UTF-8 JSON of one BundlePayload (docs/FORMAT.md
 * §18.5). Authentication proves who sealed it, not that they used Mend, so every field is
 * checked again here before anything is shown or saved.
 */
import { z } from 'zod'
import { entryKinds } from '../domain/journal/entryPayload'
import { isValidDateString } from '../domain/journal/localDate'
import { isRating } from '../domain/journal/ratingWords'
import { isThemeId } from '../domain/journal/themes'
import type { ShareableItem } from '../domain/share/types'

export interface BundlePayload {
  /** 32 lowercase hex characters from 16 random bytes; names the bundle for de-duplication. */
  readonly bundleId: string
  /** ISO 8601 instant the bundle was sealed. */
  readonly createdAt: string
  /** How the sender chose to be named; may be empty. Plain text. */
  readonly senderName: string
  /** "YYYY-MM-DD" after which the recipient is told the sender meant it to expire, or null. */
  readonly expiresOn: string | null
  /** Plain text shown before the items, or null. */
  readonly coverNote: string | null
  readonly items: readonly ShareableItem[]
}

/** What the sender leaves out, chosen in the same preview as the readable exports. */
export interface BundleItemOptions {
  readonly includeRatings: boolean
  readonly includeTags: boolean
  readonly includePrivateNotes: boolean
}

export const BUNDLE_ID_PATTERN = /^[0-9a-f]{32}$/

const text = z.string().max(10_000_000)
const shortText = z.string().max(1_000)
const localDate = z.string().refine(isValidDateString)

const itemFields = {
  id: shortText,
  title: shortText,
  date: shortText,
  bodyMarkdown: text,
  // An unknown theme (a newer sender's) shows as none rather than hiding the item.
  theme: z
    .unknown()
    .optional()
    .transform((theme) => (isThemeId(theme) ? theme : null)),
  tags: z.array(shortText).max(1_000).optional(),
  mood: z.custom<ShareableItem['mood']>((mood) => mood === null || isRating(mood)).optional(),
  trust: z.custom<ShareableItem['trust']>((trust) => trust === null || isRating(trust)).optional(),
  privateNote: text.optional(),
}

const itemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['entry', 'flow']),
    entryKind: z.enum(entryKinds as [string, ...string[]]),
    ...itemFields,
  }),
  z.object({ kind: z.literal('apology'), ...itemFields }),
  z.object({ kind: z.literal('agreement'), ...itemFields }),
])

const payloadSchema = z.object({
  bundleId: z.string().regex(BUNDLE_ID_PATTERN),
  createdAt: z.iso.datetime({ offset: true }),
  senderName: shortText,
  expiresOn: localDate.nullable(),
  coverNote: text.nullable(),
  items: z.array(itemSchema).min(1),
})

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The payload, or null for anything that is not exactly a well-formed BundlePayload. */
export function decodeBundlePayload(plaintext: Uint8Array): BundlePayload | null {
  let json: unknown
  try {
    json = JSON.parse(strictUtf8.decode(plaintext))
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(json)
  return parsed.success ? (parsed.data as BundlePayload) : null
}

/** One item checked as strictly as inside a bundle, or null (for stored shared items). */
export function parseShareableItem(value: unknown): ShareableItem | null {
  const parsed = itemSchema.safeParse(value)
  return parsed.success ? (parsed.data as ShareableItem) : null
}

/** Copies only what the sender chose to share: the bundle never carries a field by accident. */
export function itemForBundle(item: ShareableItem, options: BundleItemOptions): ShareableItem {
  const base = {
    id: item.id,
    title: item.title,
    date: item.date,
    bodyMarkdown: item.bodyMarkdown,
    theme: item.theme ?? null,
    ...(options.includeTags ? { tags: item.tags ?? [] } : {}),
    ...(options.includeRatings ? { mood: item.mood ?? null, trust: item.trust ?? null } : {}),
    ...(options.includePrivateNotes && item.privateNote ? { privateNote: item.privateNote } : {}),
  }
  return item.kind === 'entry' || item.kind === 'flow'
    ? { kind: item.kind, entryKind: item.entryKind, ...base }
    : { kind: item.kind, ...base }
}
