import type { DOMPurify } from 'dompurify'
import { sanitizeHtml } from './htmlSanitizer'
import {
  defaultMarkdownHtmlOptions,
  renderMarkdownHtml,
  type MarkdownHtmlOptions,
} from './markdownHtml'

/**
 * A note's Markdown as HTML that is safe to insert into the page or an exported file: no script,
 * no event handlers, no embedded documents or forms, links only to https: and mailto: (with
 * rel="noopener noreferrer"), images only as embedded raster data: URIs, nothing that loads from
 * outside. Raw HTML typed into a note is shown as text.
 *
 * Fast enough to run on every keystroke of the editor preview (see the figures in the tests).
 */
export function renderSafeHtml(
  markdown: string,
  purify: DOMPurify,
  options: Partial<MarkdownHtmlOptions> = {},
): string {
  const resolved: MarkdownHtmlOptions = { ...defaultMarkdownHtmlOptions, ...options }
  const unsanitisedHtml = renderMarkdownHtml(markdown, resolved)
  return sanitizeHtml(unsanitisedHtml, purify, resolved.links)
}
