import type { DOMPurify } from 'dompurify'
import { nestedHeadingOffset } from '../markdown/nestedHeadingOffset'
import { escapeHtml } from '../markdown/escapeHtml'
import { renderSafeHtml } from '../markdown/safeHtml'
import { bylineText, privateNoteHeading, sectionMetaLines } from './exportLabels'
import { exportStylesheet } from './exportStylesheet'
import type { ExportDocument, ExportSection } from './types'

/**
 * The exported file may load nothing and run nothing, even if a bug let markup through: only its
 * own inline style and embedded images. base-uri and form-action are not covered by default-src.
 */
export const exportContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** Plain text with blank lines as paragraphs and single line breaks kept. */
function plainTextParagraphs(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n')
}

function sectionHtml(section: ExportSection, index: number, purify: DOMPurify): string {
  const headingId = `item-${index + 1}`
  const meta = sectionMetaLines(section)
    .map((line, lineIndex) => {
      // The date line carries a machine-readable <time> only when there is a real day.
      if (lineIndex === 0 && section.date !== '') {
        const escapedLine = escapeHtml(line)
        const escapedLabel = escapeHtml(section.dateLabel)
        const withTime = escapedLine.replace(
          escapedLabel,
          () => `<time datetime="${section.date}">${escapedLabel}</time>`,
        )
        return `<p class="meta">${withTime}</p>`
      }
      return `<p class="meta">${escapeHtml(line)}</p>`
    })
    .join('\n')
  const body = renderSafeHtml(section.bodyMarkdown, purify, {
    links: 'text',
    headingOffset: nestedHeadingOffset(section.bodyMarkdown, 2),
  })
  const privateNote =
    section.privateNote === null
      ? ''
      : `\n<aside class="private-note"><h3>${privateNoteHeading}</h3>\n${plainTextParagraphs(section.privateNote)}</aside>`
  return `<article class="item" aria-labelledby="${headingId}">
<header><h2 id="${headingId}">${escapeHtml(section.title)}</h2>
${meta}</header>
<div class="body">${body}</div>${privateNote}
</article>`
}

/**
 * The export's visible content, the part the in-app preview shows (styled with exportStylesheet):
 * the same markup as the file, so the preview is exactly what the reader will see.
 */
export function renderExportArticle(
  document: ExportDocument,
  purify: DOMPurify,
  /** 'article' inside the app's own page, which already has its one main landmark. */
  element: 'main' | 'article' = 'main',
): string {
  const header = [
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="byline">${escapeHtml(bylineText(document.authorName, document.exportedOnLabel))}</p>`,
    document.coverNote === null
      ? ''
      : `<section class="cover-note">${plainTextParagraphs(document.coverNote)}</section>`,
  ]
    .filter(Boolean)
    .join('\n')
  const sections =
    document.sections.length === 0
      ? '<p class="empty">Nothing was selected for this export.</p>'
      : document.sections.map((section, index) => sectionHtml(section, index, purify)).join('\n')
  return `<${element} class="mend-export">\n<header>\n${header}\n</header>\n${sections}\n</${element}>`
}

/**
 * A single self-contained HTML file: inline style only, no script, nothing fetched (links appear
 * as their words followed by the address). It is also what the PDF path prints.
 */
export function renderExportHtml(document: ExportDocument, purify: DOMPurify): string {
  return `<!doctype html>
<html lang="${escapeHtml(document.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${exportContentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>${exportStylesheet}</style>
</head>
<body>
${renderExportArticle(document, purify)}
</body>
</html>
`
}
