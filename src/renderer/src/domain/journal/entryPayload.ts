import { z } from 'zod'
import { fail, ok, type Result } from '@shared/result'
import { withoutLegacyRatingText } from '../flows/withoutLegacyRatingText'
import type { Entry, EntryKind } from './entry'
import { isValidDateString } from './localDate'
import { normaliseTags } from './normaliseTags'
import { isRating } from './ratingWords'
import { isThemeId } from './themes'

export const entryKinds: readonly EntryKind[] = ['free', 'prompt', 'flow', 'apology', 'reflection']

const isoInstant = z.iso.datetime({ offset: true })

// Every field falls back on its own: an older payload that lacks a field, or an authentic one
// with a single odd value, still opens with everything else intact.
const entryFields = z.looseObject({
  kind: z
    .string()
    .refine((kind): kind is EntryKind => (entryKinds as readonly string[]).includes(kind))
    .catch('free'),
  title: z.string().catch(''),
  body: z.string().catch(''),
  date: z.string().refine(isValidDateString).optional().catch(undefined),
  createdAt: isoInstant.optional().catch(undefined),
  updatedAt: isoInstant.optional().catch(undefined),
  tags: z
    .array(z.unknown())
    .transform((tags) => normaliseTags(tags.filter((tag) => typeof tag === 'string')))
    .catch([]),
  theme: z
    .unknown()
    .optional()
    .transform((theme) => (isThemeId(theme) ? theme : null)),
  mood: z
    .unknown()
    .optional()
    .transform((mood) => (isRating(mood) ? mood : null)),
  trust: z
    .unknown()
    .optional()
    .transform((trust) => (isRating(trust) ? trust : null)),
  promptId: z.string().nullable().catch(null),
  flow: z
    .object({
      flowId: z.string(),
      answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    })
    .nullable()
    .catch(null),
  privateNote: z.string().catch(''),
})

/**
 * A decrypted 'entry' payload checked and completed. The record id is authoritative. Fields this
 * version does not know are kept, so opening and saving in an older Mend does not lose them. A
 * flow entry loses the copies of its ratings that earlier builds wrote into its text, so the
 * editor, lists, search and shares all read the ratings from mood and trust alone.
 */
export function parseEntryPayload(recordId: string, payload: unknown): Result<Entry> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return unreadable()
  }
  const wellFormed = asWellFormedEntry(recordId, payload as Record<string, unknown>)
  if (wellFormed) return ok(withoutLegacyRatingText(wellFormed))
  const fields = entryFields.parse(payload)
  const createdAt = fields.createdAt ?? fields.updatedAt
  const date = fields.date ?? dateOf(createdAt)
  if (date === undefined) return unreadable()
  const knownCreatedAt = createdAt ?? `${date}T12:00:00.000Z`
  return ok(
    withoutLegacyRatingText({
      ...fields,
      id: recordId,
      date,
      createdAt: knownCreatedAt,
      updatedAt: fields.updatedAt ?? knownCreatedAt,
    }),
  )
}

function dateOf(instant: string | undefined): string | undefined {
  const day = instant?.slice(0, 10)
  return day !== undefined && isValidDateString(day) ? day : undefined
}

function unreadable(): Result<Entry> {
  return fail(
    'invalid-payload',
    'This entry could not be read: its contents are not in a form Mend understands. ' +
      'The rest of your journal is fine; a backup may still hold a readable copy.',
  )
}

const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/**
 * The common case, checked by hand: a payload this version wrote itself, every field present and
 * valid. Unlocking parses every entry, and the schema path costs ~30 µs an entry — a third of a
 * second for 10,000 — while this costs a few. Anything unusual falls through to the schema.
 */
function asWellFormedEntry(recordId: string, raw: Record<string, unknown>): Entry | null {
  const { kind, title, body, date, createdAt, updatedAt, tags, theme, mood, trust, promptId, flow, privateNote } = raw
  if (typeof kind !== 'string' || !(entryKinds as readonly string[]).includes(kind)) return null
  if (typeof title !== 'string' || typeof body !== 'string' || typeof privateNote !== 'string') return null
  if (typeof date !== 'string' || !isValidDateString(date)) return null
  if (typeof createdAt !== 'string' || !isoInstantPattern.test(createdAt)) return null
  if (typeof updatedAt !== 'string' || !isoInstantPattern.test(updatedAt)) return null
  if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return null
  if (theme !== null && !isThemeId(theme)) return null
  if (mood !== null && !isRating(mood)) return null
  if (trust !== null && !isRating(trust)) return null
  if (promptId !== null && typeof promptId !== 'string') return null
  if (flow !== null) return null
  const normalisedTags = normaliseTags(tags as string[])
  if (normalisedTags.length !== tags.length) return null
  return { ...(raw as unknown as Entry), id: recordId }
}
