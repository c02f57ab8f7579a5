/**
 * Escaping for Markdown written by Mend, so a CommonMark reader shows exactly the characters meant
 * and never finds markup, links or raw HTML in them.
 */

const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * Escapes the characters that could start markup inside a line: backslash, code, emphasis,
 * strikethrough, links and images, raw HTML and autolinks, table cells. An underscore inside a
 * word ("snake_case") cannot start emphasis and is left alone, so words stay readable.
 * With `entities`, "&copy;" stays those six characters instead of becoming "©".
 */
export function escapeMarkdownInline(text: string, entities: boolean): string {
  return text.replace(/[\\`*_[\]<~|&]/g, (character, offset: number) => {
    if (character === '&') {
      // Also without the ";": text written next to this one could complete the reference.
      return entities && /^&[#A-Za-z]/.test(text.slice(offset, offset + 2)) ? '\\&' : '&'
    }
    if (character === '_') {
      const before = text[offset - 1] ?? ''
      const after = text[offset + 1] ?? ''
      if (letterOrDigit.test(before) && letterOrDigit.test(after)) return '_'
    }
    return `\\${character}`
  })
}

// Things a line may start with that would make it a heading, quote, list, rule, setext
// underline, code fence or table. Leading spaces are removed before this check.
const blockStart =
  /^(?:#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|=+[ \t]*$|-+[ \t]*$|(?:[-*_][ \t]*){3,}$|`{3,}|~{3,})/
const orderedListStart = /^(\d{1,9})([.)])(?=[ \t]|$)/

/** Makes sure a line of paragraph text cannot be read as the start of another kind of block. */
export function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '')
  const ordered = orderedListStart.exec(trimmed)
  if (ordered) return `${ordered[1]}\\${trimmed.slice(ordered[1]?.length ?? 0)}`
  return blockStart.test(trimmed) ? `\\${trimmed}` : trimmed
}

/** A line of plain text (a title, a tag) as Markdown: every character shown as typed. */
export function plainTextLineToMarkdown(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return escapeLineStart(escapeMarkdownInline(oneLine, true))
}

/**
 * A block of plain text (a cover note, a private note) as Markdown: blank lines separate
 * paragraphs and single line breaks are kept as hard breaks, the way the person typed them.
 */
export function plainTextToMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeLineStart(escapeMarkdownInline(line.trim(), true)))
        .filter((line) => line.length > 0)
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n')
}

/** A code span that holds `text` literally, whatever backticks it contains. */
export function markdownCodeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const padded =
    text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ` ${text} ` : text
  return `${fence}${padded}${fence}`
}
