import { plainTextLineToMarkdown, plainTextToMarkdown } from '../markdown/markdownEscape'
import { nestedHeadingOffset } from '../markdown/nestedHeadingOffset'
import { toSafeMarkdown } from '../markdown/safeMarkdown'
import { privateNoteHeading, sectionMetaLines } from './exportLabels'
import type { ExportSection } from './types'

/**
 * One item as Markdown, its title at `titleLevel`. Titles, tags and notes are plain text and are
 * escaped; the body is rewritten by toSafeMarkdown (no raw HTML, links as text).
 */
export function sectionMarkdown(section: ExportSection, titleLevel: number): string {
  const parts: string[] = [`${'#'.repeat(titleLevel)} ${plainTextLineToMarkdown(section.title)}`]
  parts.push(sectionMetaLines(section).map(plainTextLineToMarkdown).join('\\\n'))
  const body = toSafeMarkdown(
    section.bodyMarkdown,
    nestedHeadingOffset(section.bodyMarkdown, titleLevel),
  )
  if (body !== '') parts.push(body)
  if (section.privateNote !== null) {
    parts.push(`${'#'.repeat(Math.min(6, titleLevel + 1))} ${privateNoteHeading}`)
    parts.push(plainTextToMarkdown(section.privateNote))
  }
  return parts.join('\n\n')
}
