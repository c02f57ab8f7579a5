import { plainTextLineToMarkdown, plainTextToMarkdown } from '../markdown/markdownEscape'
import { createUniqueNamer } from './exportFileNames'
import { bylineText } from './exportLabels'
import { sectionMarkdown } from './sectionMarkdown'
import type { ExportDocument, ExportFile, ExportSection } from './types'
import { renderFrontMatter, type FrontMatterValue } from './yamlFrontMatter'

export const indexFileName = 'README.md'

/** Written into every index so a later Markdown import can recognise and skip it. */
export const folderIndexMarker = 'This folder was exported from Mend.'

function frontMatterFor(section: ExportSection): string {
  const fields: [string, FrontMatterValue][] = [
    ['title', section.title],
    ['date', section.date],
    ['kind', section.kind],
  ]
  if (section.themeName !== null) fields.push(['theme', section.themeName])
  if (section.tags.length > 0) fields.push(['tags', section.tags])
  if (section.mood !== null) fields.push(['mood', section.mood])
  if (section.trust !== null) fields.push(['trust', section.trust])
  return renderFrontMatter(fields)
}

function indexFile(
  document: ExportDocument,
  entries: readonly { name: string; section: ExportSection }[],
): string {
  const parts: string[] = [`# ${plainTextLineToMarkdown(document.title)}`]
  parts.push(plainTextLineToMarkdown(bylineText(document.authorName, document.exportedOnLabel)))
  if (document.coverNote !== null) parts.push(plainTextToMarkdown(document.coverNote))
  parts.push(`${folderIndexMarker} Each item is in its own file:`)
  if (entries.length > 0) {
    parts.push(
      entries
        .map(({ name, section }) => {
          const when = section.dateLabel ? `: ${plainTextLineToMarkdown(section.dateLabel)}` : ''
          return `- [${plainTextLineToMarkdown(section.title)}](${name})${when}`
        })
        .join('\n'),
    )
  }
  return `${parts.join('\n\n')}\n`
}

/**
 * One Markdown file per item (YAML front matter, then the item) plus README.md listing them.
 * Names are "<date>-<title-slug>.md", unique ignoring case, and never leave the folder.
 */
export function renderMarkdownFolder(document: ExportDocument): readonly ExportFile[] {
  const nextName = createUniqueNamer([indexFileName])
  const entries = document.sections.map((section) => ({
    name: nextName(`${section.date || 'undated'}-${section.title}`, '.md'),
    section,
  }))
  const itemFiles = entries.map(({ name, section }) => ({
    path: name,
    contents: `${frontMatterFor(section)}\n\n${sectionMarkdown(section, 1)}\n`,
  }))
  return [{ path: indexFileName, contents: indexFile(document, entries) }, ...itemFiles]
}
