import { fail, ok, type Result } from '@shared/result'
import type { Rating } from '../journal/entry'
import { calendarDayAt, isCalendarDay } from '../share/calendarDate'
import { kindLabels } from '../share/exportLabels'
import { folderIndexMarker } from '../share/renderMarkdownFolder'
import type { ShareableKind } from '../share/types'
import { markdownDedupeKey } from './dedupeKey'
import { parseFrontMatter } from './frontMatter'
import { normaliseTags, normaliseTitle, splitLeadingHeading } from './importedText'
import { importLimits, megabytes, wholeNumber } from './importLimits'
import type {
  ImportContext,
  ImportedEntryDraft,
  ImportPlan,
  ImportTextFile,
  SkippedImportItem,
} from './types'

const markdownName = /\.(?:md|markdown|mdown|txt)$/i

export function isMarkdownFileName(name: string): boolean {
  return markdownName.test(name)
}
const datePrefix = /^(\d{4}-\d{2}-\d{2})(?:[-_ T]+|$)/

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

/** Dot files, macOS resource forks and zip metadata folders are not journal files. */
function isHidden(path: string): boolean {
  return path.split(/[\\/]/).some((segment) => segment.startsWith('.') || segment === '__MACOSX')
}

function ratingFrom(value: unknown): Rating | null {
  const number = typeof value === 'string' ? Number(value) : NaN
  return Number.isInteger(number) && number >= 1 && number <= 5 ? (number as Rating) : null
}

function dateFrom(value: unknown, timeZone: string): string | null {
  if (typeof value !== 'string') return null
  const text = value.trim()
  if (isCalendarDay(text)) return text
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d/.test(text)) return null
  const instant = new Date(text)
  return Number.isNaN(instant.getTime()) ? null : calendarDayAt(instant, timeZone)
}

function titleFromName(name: string): string {
  const stem = baseName(name).replace(markdownName, '').replace(datePrefix, '')
  return normaliseTitle(stem.replace(/[-_]+/g, ' '))
}

/**
 * Mend's own folder export repeats the title as a heading and a line of details under it; on the
 * way back in, the front matter already holds both.
 */
function withoutExportHeader(body: string, title: string, kind: unknown): string {
  const { title: heading, body: rest } = splitLeadingHeading(body)
  // The exported heading has Markdown escapes ("Talk \[draft\]") that the front matter has not.
  const unescapedHeading = heading?.replace(/\\([!-/:-@[-`{-~])/g, '$1')
  if (unescapedHeading !== title) return body
  const label =
    typeof kind === 'string' && Object.hasOwn(kindLabels, kind)
      ? kindLabels[kind as ShareableKind]
      : undefined
  if (label === undefined || !rest.startsWith(label)) return rest
  return rest.replace(/^[^\n]*(?:\\\n[^\n]*)*(?:\n\s*\n|$)/, '').trim()
}

type FileOutcome =
  | { readonly draft: ImportedEntryDraft; readonly dateGuessed: boolean }
  | { readonly skipReason: string }

function draftFrom(file: ImportTextFile, context: ImportContext): FileOutcome {
  if (file.text.length > importLimits.maxEntryCharacters) {
    return {
      skipReason: `It is longer than ${wholeNumber(importLimits.maxEntryCharacters)} characters.`,
    }
  }
  const { fields, body: afterFrontMatter } = parseFrontMatter(file.text.replace(/\r\n?/g, '\n'))
  const fieldTitle = fields.get('title')
  let title = typeof fieldTitle === 'string' ? normaliseTitle(fieldTitle) : ''
  let body = afterFrontMatter.trim()
  if (title !== '') {
    body = withoutExportHeader(body, title, fields.get('kind'))
  } else {
    const split = splitLeadingHeading(body)
    title = split.title ?? titleFromName(file.name)
    body = split.body
  }
  if (title === '' && body === '') return { skipReason: 'It is empty.' }

  const namedDate = datePrefix.exec(baseName(file.name))?.[1]
  const date =
    dateFrom(fields.get('date'), context.timeZone) ??
    (namedDate !== undefined && isCalendarDay(namedDate) ? namedDate : null)
  const tagField = fields.get('tags') ?? fields.get('tag') ?? fields.get('keywords')
  const tags = typeof tagField === 'string' ? tagField.split(',') : (tagField ?? [])
  const day = date ?? calendarDayAt(context.now, context.timeZone)
  return {
    dateGuessed: date === null,
    draft: {
      dedupeKey: markdownDedupeKey(day, title, body),
      source: 'markdown',
      entry: {
        kind: 'free',
        title,
        body,
        date: day,
        createdAt: context.now.toISOString(),
        tags: normaliseTags(tags),
        theme: null,
        mood: ratingFrom(fields.get('mood')),
        trust: ratingFrom(fields.get('trust')),
        promptId: null,
        flow: null,
        privateNote: '',
      },
    },
  }
}

/**
 * Markdown files (a folder's contents) as entries. Front matter may give title, date and tags;
 * otherwise a leading "# heading" is the title, and a "YYYY-MM-DD" at the start of the file name
 * the date. Never throws; problems come back as messages.
 */
export function parseMarkdownFiles(
  files: readonly ImportTextFile[],
  context: ImportContext,
): Result<ImportPlan> {
  const candidates = files.filter((file) => !isHidden(file.name))
  const markdownFiles = candidates.filter((file) => markdownName.test(file.name))
  if (markdownFiles.length === 0) {
    return fail(
      'import-no-markdown',
      'There are no Markdown files here (names ending in .md, .markdown or .txt). Choose the folder or files that hold your journal and try again. Nothing was changed.',
    )
  }
  if (markdownFiles.length > importLimits.maxFiles) {
    return fail(
      'import-too-many-files',
      `There are ${wholeNumber(markdownFiles.length)} Markdown files, more than the ${wholeNumber(importLimits.maxFiles)} Mend can import at once. Import them in smaller groups, for example a year at a time. Nothing was changed.`,
    )
  }
  const totalCharacters = markdownFiles.reduce((sum, file) => sum + file.text.length, 0)
  if (totalCharacters > importLimits.maxTextBytes) {
    return fail(
      'import-too-large',
      `These files hold more than ${megabytes(importLimits.maxTextBytes)} of text, more than Mend can import at once. Import them in smaller groups, for example a year at a time. Nothing was changed.`,
    )
  }
  return ok(planFrom(markdownFiles, candidates.length - markdownFiles.length, context))
}

function planFrom(
  markdownFiles: readonly ImportTextFile[],
  otherFiles: number,
  context: ImportContext,
): ImportPlan {
  const drafts: ImportedEntryDraft[] = []
  const skipped: SkippedImportItem[] = []
  const seenKeys = new Set<string>()
  let undated = 0
  for (const file of markdownFiles) {
    if (file.text.includes(folderIndexMarker) && !file.text.startsWith('---')) continue
    const outcome = draftFrom(file, context)
    if ('skipReason' in outcome) {
      skipped.push({ where: baseName(file.name), reason: outcome.skipReason })
      continue
    }
    if (seenKeys.has(outcome.draft.dedupeKey)) continue
    seenKeys.add(outcome.draft.dedupeKey)
    drafts.push(outcome.draft)
    if (outcome.dateGuessed) undated += 1
  }
  const notes: string[] = []
  if (undated > 0) {
    notes.push(
      `${wholeNumber(undated)} ${undated === 1 ? 'file has' : 'files have'} no date in its front matter or name, so ${undated === 1 ? 'it is' : 'they are'} dated today. You can change the date of any entry afterwards.`,
    )
  }
  if (otherFiles > 0) {
    notes.push(
      `${wholeNumber(otherFiles)} ${otherFiles === 1 ? 'file that is not Markdown was' : 'files that are not Markdown were'} left out.`,
    )
  }
  return { drafts, skipped, notes }
}
