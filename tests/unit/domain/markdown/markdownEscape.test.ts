// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { HtmlRenderer, Parser } from 'commonmark'
import {
  markdownCodeSpan,
  plainTextLineToMarkdown,
  plainTextToMarkdown,
} from '@renderer/domain/markdown/markdownEscape'
import { commonMarkFindings } from './activeContent'

/** What a CommonMark reader shows for the Markdown, as text. */
function shownText(markdown: string): string {
  const html = new HtmlRenderer().render(new Parser().parse(markdown))
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? ''
}

// CommonMark turns NUL into U+FFFD by design; every other character must survive.
const plainText = fc
  .string({ unit: 'grapheme', maxLength: 80 })
  .map((text) => text.replace(/\0/g, ''))

describe('plain text in Markdown', () => {
  it('shows a title exactly as typed, whatever characters it holds', () => {
    fc.assert(
      fc.property(plainText, (title) => {
        const expected = title.replace(/\s+/g, ' ').trim()
        expect(shownText(plainTextLineToMarkdown(title)).trim()).toBe(expected)
      }),
      { numRuns: 400 },
    )
  })

  it('never lets a title become markup, a link or raw HTML', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (title) => {
        const findings = commonMarkFindings(plainTextLineToMarkdown(title))
        expect(findings).toEqual({ rawHtml: [], links: [], images: [] })
      }),
      { numRuns: 400 },
    )
  })

  it('shows tricky titles literally', () => {
    for (const title of [
      '# not a heading',
      '1. not a list',
      '- nor this',
      '> nor a quote',
      '<b>bold?</b>',
      '[link](https://x.example)',
      '&copy; stays',
      '***',
      '===',
    ]) {
      expect(shownText(plainTextLineToMarkdown(title)).trim()).toBe(title)
    }
  })

  it('keeps a cover note’s paragraphs and line breaks', () => {
    const markdown = plainTextToMarkdown(
      'Dear Alex,\nI hope this helps.\n\n<script>x</script> *not bold*',
    )
    const html = new HtmlRenderer().render(new Parser().parse(markdown))
    expect(html).toBe(
      '<p>Dear Alex,<br />\nI hope this helps.</p>\n<p>&lt;script&gt;x&lt;/script&gt; *not bold*</p>\n',
    )
  })
})

describe('markdownCodeSpan', () => {
  it('holds any text literally, backticks included', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).filter((text) => text.trim() !== '' && !/[\n\r]/.test(text)),
        (text) => {
          const html = new HtmlRenderer().render(new Parser().parse(markdownCodeSpan(text)))
          const code = new DOMParser().parseFromString(html, 'text/html').querySelector('code')
          expect(code?.textContent).toBe(text)
        },
      ),
      { numRuns: 200 },
    )
  })
})
