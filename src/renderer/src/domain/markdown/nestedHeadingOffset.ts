import type { Tokens } from 'marked'
import { lexMarkdown } from './markdownLexer'

/**
 * How far to shift a body's headings so that its shallowest one sits one level below a title at
 * `titleLevel`. A guided entry's answers are "### …" in its own text; under a level-2 title they
 * must become level 3, not 5, or a reader's outline (and a screen reader's heading list) skips
 * levels. A body without headings gets `titleLevel`, which is as good as any.
 */
export function nestedHeadingOffset(markdown: string, titleLevel: number): number {
  let shallowest = Number.POSITIVE_INFINITY
  for (const token of lexMarkdown(markdown) ?? []) {
    if (token.type === 'heading') shallowest = Math.min(shallowest, (token as Tokens.Heading).depth)
  }
  return Number.isFinite(shallowest) ? titleLevel + 1 - shallowest : titleLevel
}
