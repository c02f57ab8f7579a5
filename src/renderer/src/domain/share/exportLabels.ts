import type { Rating } from '../journal/entry'
import { ratingWord, type RatingScale } from '../journal/ratingWords'
import type { ExportSection, ShareableKind } from './types'

export const kindLabels: Readonly<Record<ShareableKind, string>> = {
  entry: 'Journal entry',
  flow: 'Guided reflection',
  apology: 'Apology letter',
  agreement: 'Agreement',
}

export const privateNoteHeading = 'Private note'

/** "Fairly good (4 of 5)": the words the writer chose, with the number for a reader who wants it. */
export function ratingLabel(scale: RatingScale, rating: Rating): string {
  return `${ratingWord(scale, rating)} (${rating} of 5)`
}

/** "Mood: Fairly good (4 of 5) · Trust: Quite a lot (4 of 5)", or null when neither is shown. */
export function ratingsLine(mood: Rating | null, trust: Rating | null): string | null {
  const parts = [
    mood === null ? null : `Mood: ${ratingLabel('mood', mood)}`,
    trust === null ? null : `Trust: ${ratingLabel('trust', trust)}`,
  ].filter((part): part is string => part !== null)
  return parts.length > 0 ? parts.join(' \u00b7 ') : null
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
  const ratings = ratingsLine(section.mood, section.trust)
  if (ratings !== null) lines.push(ratings)
  if (section.tags.length > 0) lines.push(`Tags: ${section.tags.join(', ')}`)
  return lines
}

/** "Shared by Sam on 25 November 2026." or "Exported on 25 November 2026." */
export function bylineText(authorName: string | null, exportedOnLabel: string): string {
  return authorName
    ? `Shared by ${authorName} on ${exportedOnLabel}.`
    : `Exported on ${exportedOnLabel}.`
}
