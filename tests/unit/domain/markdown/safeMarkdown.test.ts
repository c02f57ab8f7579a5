// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { HtmlRenderer, Parser } from 'commonmark'
import { renderSafeHtml } from '@renderer/domain/markdown/safeHtml'
import { toSafeMarkdown } from '@renderer/domain/markdown/safeMarkdown'
import { activeContentProblems, commonMarkFindings, rasterDataImage } from './activeContent'
import { createTestPurify } from './purifyForTests'
import { xssPayloads } from './xssPayloads'

const purify = createTestPurify()
const commonMarkHtml = (markdown: string): string =>
  new HtmlRenderer().render(new Parser().parse(markdown))
const visibleText = (html: string): string =>
  (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()

describe('toSafeMarkdown', () => {
  it('keeps the structure of an ordinary note', () => {
    const note = [
      '# A hard talk',
      'We *finally* spoke about **the money**, and I used `I feel` sentences.',
      '1. I listened\n2. I did not interrupt\n   - not even once',
      '> You sounded calm today.',
      '```\nnotes <kept> as *code*\n```',
      '***',
      'Line one\\\nline two',
    ].join('\n\n')
    const html = commonMarkHtml(toSafeMarkdown(note))
    expect(html).toContain('<h1>A hard talk</h1>')
    expect(html).toContain('<em>finally</em>')
    expect(html).toContain('<strong>the money</strong>')
    expect(html).toContain('<code>I feel</code>')
    expect(html).toContain('<li>I did not interrupt\n<ul>\n<li>not even once</li>')
    expect(html).toContain('<blockquote>\n<p>You sounded calm today.</p>')
    expect(html).toContain('<pre><code>notes &lt;kept&gt; as *code*\n</code></pre>')
    expect(html).toContain('<hr />')
    expect(html).toContain('Line one<br />\nline two')
  })

  it('writes links as their words and address, dropping unsafe addresses', () => {
    const markdown = toSafeMarkdown(
      '[the guide](https://example.org/a_b) [bad](javascript:alert(1)) https://example.org <mailto:sam@example.org>',
    )
    expect(markdown).toBe(
      'the guide (https://example.org/a_b) bad https://example.org sam@example.org',
    )
    expect(commonMarkFindings(markdown).links).toEqual([])
  })

  it('keeps embedded raster images and writes any other image as its description', () => {
    const markdown = toSafeMarkdown(
      '![dot](data:image/png;base64,iVBORw0KGgo=) ![pixel](https://tracker.example/p.gif)',
    )
    expect(markdown).toBe('![dot](data:image/png;base64,iVBORw0KGgo=) pixel')
  })

  it('writes raw HTML as visible text', () => {
    const markdown = toSafeMarkdown('I <3 you\n\n<div onclick="x">\nhi\n</div>')
    expect(commonMarkFindings(markdown).rawHtml).toEqual([])
    expect(visibleText(commonMarkHtml(markdown))).toBe('I <3 you <div onclick="x"> hi </div>')
  })

  it('moves headings down by the offset', () => {
    expect(toSafeMarkdown('# Top\n\n## Next', 2)).toBe('### Top\n\n#### Next')
  })

  it('keeps two different lists apart', () => {
    const html = commonMarkHtml(toSafeMarkdown('- a\n- b\n\n* c\n\n1. d\n\n1) e'))
    expect(html.match(/<ul>/g)).toHaveLength(2)
    expect(html.match(/<ol>/g)).toHaveLength(2)
  })

  it.each(xssPayloads)(
    'leaves no raw HTML, link or outside image for a CommonMark reader: $name',
    ({ text }) => {
      const markdown = toSafeMarkdown(`Before\n\n${text}\n\nAfter`)
      const findings = commonMarkFindings(markdown)
      expect(findings.rawHtml).toEqual([])
      expect(findings.links).toEqual([])
      for (const image of findings.images) expect(image).toMatch(rasterDataImage)
      expect(activeContentProblems(commonMarkHtml(markdown), { httpsAnchors: false })).toEqual([])
    },
  )

  it('never throws, and never lets raw HTML, links or outside images through, for any input', () => {
    const markdownish = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.constantFrom(
            '<',
            '>',
            '[',
            ']',
            '(',
            ')',
            '!',
            '`',
            '*',
            '_',
            '#',
            '-',
            '\n',
            '\n\n',
            '    ',
            '&#',
            ';',
            ':',
            'javascript',
            'https://',
            '<script>',
            '<img src=x onerror=y>',
            '](',
            '|',
          ),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(markdownish, (text) => {
        const markdown = toSafeMarkdown(text)
        const findings = commonMarkFindings(markdown)
        expect(findings.rawHtml).toEqual([])
        expect(findings.links).toEqual([])
        for (const image of findings.images) expect(image).toMatch(rasterDataImage)
      }),
      { numRuns: 300 },
    )
  })

  it('reads the same as the HTML export, word for word', () => {
    const notes = [
      'Plain words, with *some* emphasis and **strength**.',
      '# Heading\n\nA [link](https://example.org) and <b>raw</b> & &copy; too.',
      '- one\n- two\n  1. nested\n\n> quoted `code`',
      '![gone](https://tracker.example/x.png) and ![dot](data:image/png;base64,AAAA)',
      'Escaped \\*stars\\* and a_b_c and 2 * 3 * 4 and 1\\. not a list',
      '```\n<script>alert(1)</script>\n```',
    ]
    for (const note of notes) {
      const fromMarkdown = visibleText(commonMarkHtml(toSafeMarkdown(note)))
      const fromHtml = visibleText(renderSafeHtml(note, purify, { links: 'text' }))
      expect(fromMarkdown).toBe(fromHtml)
    }
  })
})
