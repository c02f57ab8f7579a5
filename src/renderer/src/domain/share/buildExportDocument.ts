import { themeById, type ThemeId } from '../journal/themes'
import { calendarDayAt, formatCalendarDay, isCalendarDay, supportedLocale } from './calendarDate'
import { kindLabels } from './exportLabels'
import type { ExportDocument, ExportOptions, ExportSection, ShareableItem } from './types'

const untitled = 'Untitled'

function themeName(theme: ThemeId | null | undefined): string | null {
  if (theme == null) return null
  try {
    return themeById(theme).name
  } catch {
    return null
  }
}

function cleanTags(tags: readonly string[]): readonly string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const tag of tags) {
    const shown = tag.replace(/\s+/g, ' ').trim()
    const key = shown.toLocaleLowerCase()
    if (shown === '' || seen.has(key)) continue
    seen.add(key)
    kept.push(shown)
  }
  return kept
}

function sectionFrom(item: ShareableItem, options: ExportOptions, locale: string): ExportSection {
  const date = isCalendarDay(item.date) ? item.date : ''
  const privateNote = (item.privateNote ?? '').trim()
  return {
    id: item.id,
    kind: item.kind,
    kindLabel: kindLabels[item.kind],
    title: item.title.replace(/\s+/g, ' ').trim() || untitled,
    date,
    dateLabel: formatCalendarDay(date, locale),
    themeName: themeName(item.theme),
    tags: options.includeTags ? cleanTags(item.tags ?? []) : [],
    mood: options.includeRatings ? (item.mood ?? null) : null,
    trust: options.includeRatings ? (item.trust ?? null) : null,
    bodyMarkdown: item.bodyMarkdown,
    privateNote: options.includePrivateNotes && privateNote !== '' ? privateNote : null,
  }
}

// Oldest first, as a story is read; undated items last; ties in a fixed order so two exports of
// the same selection are identical.
function readingOrder(a: ExportSection, b: ExportSection): number {
  if (a.date !== b.date) {
    if (a.date === '') return 1
    if (b.date === '') return -1
    return a.date < b.date ? -1 : 1
  }
  if (a.title !== b.title) return a.title < b.title ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function defaultTitle(authorName: string | null): string {
  return authorName ? `Shared by ${authorName}` : 'Shared journal entries'
}

/**
 * The document every export format and the preview render. Each item appears once (by id), in
 * date order, with the options applied: nothing left out here can reach any format.
 */
export function buildExportDocument(
  items: readonly ShareableItem[],
  options: ExportOptions,
  now: Date,
): ExportDocument {
  const locale = supportedLocale(options.locale)
  const seen = new Set<string>()
  const sections: ExportSection[] = []
  for (const item of items) {
    if (seen.has(item.id)) continue
    seen.add(item.id)
    sections.push(sectionFrom(item, options, locale))
  }
  sections.sort(readingOrder)
  const authorName = options.authorName.replace(/\s+/g, ' ').trim() || null
  const coverNote = options.coverNote.replace(/\r\n?/g, '\n').trim() || null
  const exportedOn = calendarDayAt(now, options.timeZone)
  return {
    title: options.title.replace(/\s+/g, ' ').trim() || defaultTitle(authorName),
    authorName,
    coverNote,
    locale,
    exportedAt: now.toISOString(),
    exportedOn,
    exportedOnLabel: formatCalendarDay(exportedOn, locale),
    sections,
  }
}
