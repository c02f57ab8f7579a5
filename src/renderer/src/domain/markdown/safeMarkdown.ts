import type { Token, Tokens } from 'marked'
import { labelIsAddress, linkDisplayText } from './markdownHtml'
import { lexMarkdown } from './markdownLexer'
import {
  escapeLineStart,
  escapeMarkdownInline,
  markdownCodeSpan,
  plainTextToMarkdown,
} from './markdownEscape'
import { checkedImageSource, checkedLinkUrl, decodeUrlReferences } from './safeUrl'

/**
 * Rewrites a note's Markdown for a file that leaves the app, reading it with the same parser as
 * the preview and writing it back out so a CommonMark reader sees what the HTML export shows:
 * raw HTML becomes visible text, links become their words followed by the address (only https:
 * and mailto: addresses are kept), images other than embedded raster data: URIs become their
 * description. Structure (headings, lists, quotes, code, tables, emphasis) is kept; headings move
 * down by `headingOffset` levels so they sit below the export's own.
 */
export function toSafeMarkdown(markdown: string, headingOffset = 0): string {
  const tokens = lexMarkdown(markdown)
  if (tokens === null) return plainTextToMarkdown(markdown)
  return blocks(tokens, false, headingOffset).trimEnd()
}

function blocks(tokens: readonly Token[], tight: boolean, headingOffset: number): string {
  const parts: string[] = []
  let previous: Token | null = null
  for (const token of tokens) {
    const written = block(token, previous, headingOffset)
    if (written === null) continue
    parts.push(written)
    previous = token
  }
  return parts.join(tight ? '\n' : '\n\n')
}

function block(token: Token, previous: Token | null, headingOffset: number): string | null {
  switch (token.type) {
    case 'space':
    case 'def':
      return null
    case 'paragraph':
    case 'text':
      return paragraphLines(
        token.tokens ? inline(token.tokens) : escapeMarkdownInline(token.text, false),
      )
    case 'heading': {
      const heading = token as Tokens.Heading
      // A heading is one line: hard and soft breaks inside a setext heading become spaces.
      const text = inline(heading.tokens)
        .replace(/\\?\n\s*/g, ' ')
        .trim()
      // A trailing "#" would be read as the heading's optional closing sequence.
      const level = Math.min(6, heading.depth + headingOffset)
      return `${'#'.repeat(level)} ${text.replace(/(^|[^\\])#$/, '$1\\#')}`.trimEnd()
    }
    case 'code':
      return fencedCode(token as Tokens.Code)
    case 'hr':
      // "***" rather than "---": it can never turn the line above into a heading.
      return '***'
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, false, headingOffset)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n')
    case 'list':
      return list(token as Tokens.List, previous, headingOffset)
    case 'table':
      return table(token as Tokens.Table)
    case 'html':
      return paragraphLines(escapeMarkdownInline(token.text.trimEnd(), false))
    case 'checkbox':
      return (token as Tokens.Checkbox).checked ? '[x]' : '[ ]'
    default:
      return paragraphLines(escapeMarkdownInline(token.raw, false))
  }
}

function paragraphLines(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(line).trimEnd())
    .join('\n')
}

function fencedCode(code: Tokens.Code): string {
  const longestRun = Math.max(0, ...(code.text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  const language = (code.lang ?? '').trim().split(/\s+/)[0]?.replace(/[`~]/g, '') ?? ''
  return `${fence}${language}\n${code.text}${code.text === '' ? '' : '\n'}${fence}`
}

function list(listToken: Tokens.List, previous: Token | null, headingOffset: number): string {
  // Two lists in a row with the same marker would merge into one; alternate as CommonMark allows.
  const follows =
    previous?.type === 'list' && (previous as Tokens.List).ordered === listToken.ordered
  const start =
    typeof listToken.start === 'number' ? Math.min(Math.max(listToken.start, 0), 999_999_000) : 1
  const tight = !listToken.loose
  return listToken.items
    .map((item, index) => {
      const marker = listToken.ordered
        ? `${start + index}${follows ? ')' : '.'}`
        : follows
          ? '*'
          : '-'
      return listItem(item, marker, tight, headingOffset)
    })
    .join(tight ? '\n' : '\n\n')
}

function listItem(
  item: Tokens.ListItem,
  marker: string,
  tight: boolean,
  headingOffset: number,
): string {
  let tokens = item.tokens
  let taskPrefix = ''
  const first = tokens[0]
  if (first?.type === 'checkbox') {
    taskPrefix = (first as Tokens.Checkbox).checked ? '[x] ' : '[ ] '
    tokens = tokens.slice(1)
  }
  const content = taskPrefix + blocks(tokens, tight, headingOffset)
  const indent = ' '.repeat(marker.length + 1)
  const lines = content.split('\n')
  return lines
    .map((line, index) => {
      if (index === 0) return line === '' ? marker : `${marker} ${line}`
      return line === '' ? '' : `${indent}${line}`
    })
    .join('\n')
}

function table(tableToken: Tokens.Table): string {
  const cell = (tokens: Token[]): string => inline(tokens).replace(/\n/g, ' ').trim() || ' '
  const header = `| ${tableToken.header.map((c) => cell(c.tokens)).join(' | ')} |`
  const delimiter = `| ${tableToken.align
    .map((align) =>
      align === 'center' ? ':-:' : align === 'right' ? '--:' : align === 'left' ? ':--' : '---',
    )
    .join(' | ')} |`
  const rows = tableToken.rows.map((row) => `| ${row.map((c) => cell(c.tokens)).join(' | ')} |`)
  return [header, delimiter, ...rows].join('\n')
}

function inline(tokens: readonly Token[]): string {
  return tokens.map(inlineToken).join('')
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'text':
      return token.tokens ? inline(token.tokens) : escapeMarkdownInline(token.text, false)
    case 'escape':
      // Keep the writer's backslash: "\&amp;" must stay five characters, not become "&".
      return /^[!-/:-@[-`{-~]$/.test(token.text) ? `\\${token.text}` : token.text
    case 'html':
      return escapeMarkdownInline(token.text, false)
    case 'strong':
      return `**${inline((token as Tokens.Strong).tokens)}**`
    case 'em':
      return `*${inline((token as Tokens.Em).tokens)}*`
    case 'del':
      return `~~${inline((token as Tokens.Del).tokens)}~~`
    case 'codespan':
      return markdownCodeSpan(token.text)
    case 'br':
      return '\\\n'
    case 'checkbox':
      return (token as Tokens.Checkbox).checked ? '[x] ' : '[ ] '
    case 'link':
      return link(token as Tokens.Link)
    case 'image':
      return image(token as Tokens.Image)
    default:
      return escapeMarkdownInline(token.raw, false)
  }
}

function link(linkToken: Tokens.Link): string {
  const label = inline(linkToken.tokens)
  const decoded = decodeUrlReferences(linkToken.href.trim())
  const safeUrl = decoded === null ? null : checkedLinkUrl(decoded)
  if (safeUrl === null) return label
  const shownUrl = linkDisplayText(safeUrl)
  const escapedUrl = escapeMarkdownInline(shownUrl, true)
  return labelIsAddress(linkToken.text, safeUrl) ? escapedUrl : `${label} (${escapedUrl})`
}

function image(imageToken: Tokens.Image): string {
  const altText = escapeMarkdownInline(imageToken.text.replace(/\s+/g, ' '), false)
  const decoded = decodeUrlReferences(imageToken.href.trim())
  const source = decoded === null ? null : checkedImageSource(decoded)
  return source === null ? altText : `![${altText}](${source})`
}
