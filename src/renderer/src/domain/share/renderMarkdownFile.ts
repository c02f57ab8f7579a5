import { plainTextLineToMarkdown, plainTextToMarkdown } from '../markdown/markdownEscape'
import { bylineText } from './exportLabels'
import { sectionMarkdown } from './sectionMarkdown'
import type { ExportDocument } from './types'

/** The whole export as one Markdown file: title, byline, cover note, then one section per item. */
export function renderMarkdownFile(document: ExportDocument): string {
  const parts: string[] = [`# ${plainTextLineToMarkdown(document.title)}`]
  parts.push(plainTextLineToMarkdown(bylineText(document.authorName, document.exportedOnLabel)))
  if (document.coverNote !== null) parts.push(plainTextToMarkdown(document.coverNote))
  for (const section of document.sections) {
    parts.push('***')
    parts.push(sectionMarkdown(section, 2))
  }
  return `${parts.join('\n\n')}\n`
}
