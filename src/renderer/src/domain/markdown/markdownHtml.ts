import { Marked, type MarkedExtension, type Tokens } from 'marked'
import { escapeHtml } from './escapeHtml'
import { markdownDialect } from './markdownLexer'
import { checkedImageSource, checkedLinkUrl, decodeUrlReferences } from './safeUrl'

export interface MarkdownHtmlOptions {
  /**
   * 'anchor': https: and mailto: links stay links (the app asks before opening one).
   * 'text': every link becomes its words followed by the address in brackets, for files that leave
   * the app, so opening an export never contacts anyone.
   */
  readonly links: 'anchor' | 'text'
  /** Added to heading levels so a note's "# Heading" sits below an export's own headings. */
  readonly headingOffset: number
}

export const defaultMarkdownHtmlOptions: MarkdownHtmlOptions = { links: 'anchor', headingOffset: 0 }

/** The address a reader sees: "sam@example.org" rather than "mailto:sam@example.org". */
export function linkDisplayText(safeUrl: string): string {
  return safeUrl.toLowerCase().startsWith('mailto:') ? safeUrl.slice('mailto:'.length) : safeUrl
}

/** True when a link's words are just its address ("https://…", "<mailto:sam@…>"): show it once. */
export function labelIsAddress(label: string, safeUrl: string): boolean {
  const words = label.trim()
  return words === safeUrl || words === linkDisplayText(safeUrl)
}

function safeLinkFrom(href: string): string | null {
  const decoded = decodeUrlReferences(href.trim())
  return decoded === null ? null : checkedLinkUrl(decoded)
}

function extensionFor(options: MarkdownHtmlOptions): MarkedExtension {
  return {
    renderer: {
      // Raw HTML in a note is shown as the characters the person typed ("<3", "<hug>"), never as
      // markup. That is also what the Markdown export contains, so every view agrees.
      html(token: Tokens.HTML | Tokens.Tag): string {
        const shown = escapeHtml(token.text)
        return token.block ? `<p>${shown.trimEnd()}</p>\n` : shown
      },
      heading(token: Tokens.Heading): string {
        const level = Math.min(6, token.depth + options.headingOffset)
        return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`
      },
      checkbox(token: Tokens.Checkbox): string {
        return token.checked ? '\u2611 ' : '\u2610 '
      },
      link(token: Tokens.Link): string {
        const label = this.parser.parseInline(token.tokens)
        const safeUrl = safeLinkFrom(token.href)
        if (safeUrl === null) return label
        if (options.links === 'anchor') return `<a href="${escapeHtml(safeUrl)}">${label}</a>`
        const shownUrl = linkDisplayText(safeUrl)
        return labelIsAddress(token.text, safeUrl)
          ? escapeHtml(shownUrl)
          : `${label} (${escapeHtml(shownUrl)})`
      },
      image(token: Tokens.Image): string {
        const altText = this.parser.parseInline(token.tokens, this.parser.textRenderer)
        const decoded = decodeUrlReferences(token.href.trim())
        const source = decoded === null ? null : checkedImageSource(decoded)
        if (source === null) return escapeHtml(altText)
        return `<img src="${escapeHtml(source)}" alt="${escapeHtml(altText)}">`
      },
    },
  }
}

const renderers = new Map<string, Marked>()

function rendererFor(options: MarkdownHtmlOptions): Marked {
  const key = `${options.links}:${options.headingOffset}`
  let instance = renderers.get(key)
  if (!instance) {
    instance = new Marked(markdownDialect, extensionFor(options))
    renderers.set(key, instance)
  }
  return instance
}

/**
 * Markdown to HTML with Mend's link, image and raw-HTML rules applied. The result is NOT yet safe:
 * it must still pass through the sanitiser (see renderSafeHtml), which is the real guarantee.
 */
export function renderMarkdownHtml(markdown: string, options: MarkdownHtmlOptions): string {
  try {
    return rendererFor(options).parse(markdown, { async: false })
  } catch {
    // marked gives up on pathological input only; show the words rather than nothing.
    return `<p>${escapeHtml(markdown)}</p>`
  }
}
