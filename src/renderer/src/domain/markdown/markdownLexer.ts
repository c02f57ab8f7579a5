import { Marked, type Token } from 'marked'

/**
 * One Markdown dialect for the editor preview and every export: GitHub-flavoured (tables, task
 * lists, strikethrough, bare-URL links) with CommonMark line handling, so a single newline is a
 * soft break. Markdown exports are checked with a CommonMark parser, which reads them the same way.
 */
export const markdownDialect = { gfm: true, breaks: false, async: false, silent: false } as const

const lexerInstance = new Marked(markdownDialect)

/** Tokens of a note, or null in the unlikely case marked gives up on the input. */
export function lexMarkdown(markdown: string): Token[] | null {
  try {
    return lexerInstance.lexer(markdown)
  } catch {
    return null
  }
}
