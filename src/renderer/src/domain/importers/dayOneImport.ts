import { fail, ok, type Result } from '@shared/result'
import { calendarDayAt } from '../share/calendarDate'
import { dayOneDedupeKey } from './dedupeKey'
import { normaliseTags, splitLeadingHeading } from './importedText'
import { importLimits, wholeNumber } from './importLimits'
import type { ImportContext, ImportedEntryDraft, ImportPlan, SkippedImportItem } from './types'

/**
 * Day One's JSON export: `{ "entries": [ { "uuid", "creationDate", "text", "tags", "timeZone",
 * "richText", ... } ] }`. Text is Markdown; photos are referenced as dayone-moment: images and
 * live beside the JSON, so they are left out (and counted).
 */

const notDayOneMessage =
  "This doesn't look like a Day One export: it has no list of entries. In Day One, choose Export, then JSON, and pick the Journal.json file (or the .zip Day One made). Nothing was changed."

const dayOneMediaImage = /!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)\n?/gi

type JsonObject = Readonly<Record<string, unknown>>

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Older exports may carry only richText: a JSON string whose "contents" hold text runs. */
function textFromRichText(richText: unknown): string | null {
  if (typeof richText !== 'string') return null
  try {
    const parsed: unknown = JSON.parse(richText)
    if (!isObject(parsed) || !Array.isArray(parsed.contents)) return null
    return parsed.contents
      .map((run) => (isObject(run) && typeof run.text === 'string' ? run.text : ''))
      .join('')
  } catch {
    return null
  }
}

interface EntryOutcome {
  readonly draft: ImportedEntryDraft | null
  readonly skipReason: string | null
  readonly mediaLeftOut: number
}

const skip = (reason: string): EntryOutcome => ({
  draft: null,
  skipReason: reason,
  mediaLeftOut: 0,
})

function entryFrom(raw: unknown, context: ImportContext): EntryOutcome {
  if (!isObject(raw)) return skip('It is not an entry in the form Day One writes.')
  const creation = typeof raw.creationDate === 'string' ? new Date(raw.creationDate) : null
  if (creation === null || Number.isNaN(creation.getTime()))
    return skip('It has no valid creation date.')
  const rawText = typeof raw.text === 'string' ? raw.text : (textFromRichText(raw.richText) ?? '')
  if (rawText.length > importLimits.maxEntryCharacters) {
    return skip(`It is longer than ${wholeNumber(importLimits.maxEntryCharacters)} characters.`)
  }
  const mediaLeftOut = rawText.match(dayOneMediaImage)?.length ?? 0
  const text = rawText.replace(/\r\n?/g, '\n').replace(dayOneMediaImage, '')
  const { title, body } = splitLeadingHeading(text)
  if ((title ?? '') === '' && body === '') {
    return {
      draft: null,
      skipReason: mediaLeftOut > 0 ? 'It holds only photos or media.' : 'It is empty.',
      mediaLeftOut,
    }
  }
  const uuid = typeof raw.uuid === 'string' && /^[\w-]{1,100}$/.test(raw.uuid) ? raw.uuid : null
  const timeZone = typeof raw.timeZone === 'string' ? raw.timeZone : context.timeZone
  const date = calendarDayAt(creation, timeZone)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    return skip('Its creation date is outside the years Mend can show.')
  const createdAt = creation.toISOString()
  const draft: ImportedEntryDraft = {
    dedupeKey: dayOneDedupeKey(uuid, createdAt, rawText),
    source: 'day-one',
    entry: {
      kind: 'free',
      title: title ?? '',
      body,
      date,
      createdAt,
      tags: Array.isArray(raw.tags) ? normaliseTags(raw.tags) : [],
      theme: null,
      mood: null,
      trust: null,
      promptId: null,
      flow: null,
      privateNote: '',
    },
  }
  return { draft, skipReason: null, mediaLeftOut }
}

/** Parses the text of a Day One JSON export. Never throws; problems come back as messages. */
export function parseDayOneExport(json: string, context: ImportContext): Result<ImportPlan> {
  let parsed: unknown
  try {
    parsed = JSON.parse(json.replace(/^\ufeff/, ''))
  } catch {
    return fail(
      'import-not-json',
      "This file isn't a Day One JSON export: it could not be read as JSON. It may be cut short or be another kind of file. Choose the Journal.json file from your Day One export and try again. Nothing was changed.",
    )
  }
  if (!isObject(parsed) || !Array.isArray(parsed.entries))
    return fail('import-not-day-one', notDayOneMessage)
  const rawEntries: readonly unknown[] = parsed.entries
  if (rawEntries.length > importLimits.maxEntries) {
    return fail(
      'import-too-many-entries',
      `This export has ${wholeNumber(rawEntries.length)} entries, more than the ${wholeNumber(importLimits.maxEntries)} Mend can import at once. In Day One, export a shorter date range and import each part in turn. Nothing was changed.`,
    )
  }
  if (rawEntries.length === 0) {
    return fail(
      'import-empty',
      'This Day One export has no entries in it, so there is nothing to bring in. Nothing was changed.',
    )
  }
  return ok(planFrom(rawEntries, context))
}

function planFrom(rawEntries: readonly unknown[], context: ImportContext): ImportPlan {
  const drafts: ImportedEntryDraft[] = []
  const skipped: SkippedImportItem[] = []
  const seenKeys = new Set<string>()
  let mediaLeftOut = 0
  let repeats = 0
  rawEntries.forEach((raw, index) => {
    const outcome = entryFrom(raw, context)
    mediaLeftOut += outcome.mediaLeftOut
    if (outcome.draft === null) {
      skipped.push({
        where: `Entry ${index + 1}`,
        reason: outcome.skipReason ?? 'It could not be read.',
      })
    } else if (seenKeys.has(outcome.draft.dedupeKey)) {
      repeats += 1
    } else {
      seenKeys.add(outcome.draft.dedupeKey)
      drafts.push(outcome.draft)
    }
  })
  const notes: string[] = []
  if (mediaLeftOut > 0) {
    notes.push(
      `${wholeNumber(mediaLeftOut)} ${mediaLeftOut === 1 ? 'photo or media item was' : 'photos or media items were'} left out: Mend imports the words only.`,
    )
  }
  if (repeats > 0) {
    notes.push(
      `${wholeNumber(repeats)} ${repeats === 1 ? 'entry appears' : 'entries appear'} twice in the export and will be added once.`,
    )
  }
  return { drafts, skipped, notes }
}
