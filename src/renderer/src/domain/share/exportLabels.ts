import type { Rating } from '../journal/entry'
import type { ExportSection, ShareableKind } from './types'

export const kindLabels: Readonly<Record<ShareableKind, string>> = {
  entry: 'Journal entry',
  flow: 'Guided reflection',
  apology: 'Apology letter',
  agreement: 'Agreement',
}

export const privateNoteHeading = 'Private note'

export function ratingLabel(rating: Rating): string {
  return `${rating} of 5`
}

/**
 * The small lines under an item's title, as plain text, shared by every format so they all say
 * the same thing: kind, date and theme; then ratings; then tags.
 */
export function sectionMetaLines(section: ExportSection): readonly string[] {
  const lines: string[] = []
  lines.push(
    [section.kindLabel, section.dateLabel, section.themeName].filter(Boolean).join(' \u00b7 '),
  )
  const ratings = [
    section.mood === null ? null : `Mood: ${ratingLabel(section.mood)}`,
    section.trust === null ? null : `Trust: ${ratingLabel(section.trust)}`,
  ].filter((part): part is string => part !== null)
  if (ratings.length > 0) lines.push(ratings.join(' \u00b7 '))
  if (section.tags.length > 0) lines.push(`Tags: ${section.tags.join(', ')}`)
  return lines
}

/** "Shared by Sam on 25 November 2026." or "Exported on 25 November 2026." */
export function bylineText(authorName: string | null, exportedOnLabel: string): string {
  return authorName
    ? `Shared by ${authorName} on ${exportedOnLabel}.`
    : `Exported on ${exportedOnLabel}.`
}
