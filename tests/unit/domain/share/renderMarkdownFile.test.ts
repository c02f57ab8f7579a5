import { describe, expect, it } from 'vitest'
import { HtmlRenderer, Parser } from 'commonmark'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { renderMarkdownFile } from '@renderer/domain/share/renderMarkdownFile'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import { commonMarkFindings } from '../markdown/activeContent'
import { aCheckIn, anEntry, anItem, fixedNow, someOptions } from './fixtures'

const items = [
  shareableFromEntry(anEntry({ body: '# Inside\n\nSee [the plan](https://example.org/plan).' })),
  anItem({ id: 'a1' }),
]

describe('renderMarkdownFile', () => {
  it('writes a title, byline, cover note and one section per item', () => {
    const markdown = renderMarkdownFile(
      buildExportDocument(
        items,
        someOptions({ authorName: 'Sam', coverNote: 'For Thursday.', includeRatings: true }),
        fixedNow,
      ),
    )
    expect(markdown).toBe(`# Shared by Sam

Shared by Sam on 25 November 2026.

For Thursday.

***

## A hard talk

Journal entry · 3 March 2026 · Open, caring conversation\\
Mood: In between (3 of 5) · Trust: A little (2 of 5)\\
Tags: money, listening

### Inside

See the plan (https://example.org/plan).

***

## I am sorry

Apology letter · 1 April 2026

I am sorry for the things I hid.
`)
  })

  it('adds private notes only when asked', () => {
    const withNotes = renderMarkdownFile(
      buildExportDocument(items, someOptions({ includePrivateNotes: true }), fixedNow),
    )
    expect(withNotes).toContain('### Private note\n\nI was scared to bring it up.')
    const without = renderMarkdownFile(buildExportDocument(items, someOptions(), fixedNow))
    expect(without).not.toContain('scared')
  })

  it('parses as CommonMark with the expected headings and no raw HTML or links', () => {
    const markdown = renderMarkdownFile(buildExportDocument(items, someOptions(), fixedNow))
    const html = new HtmlRenderer().render(new Parser().parse(markdown))
    expect(html).toContain('<h2>A hard talk</h2>')
    expect(html).toContain('<h3>Inside</h3>')
    expect(commonMarkFindings(markdown)).toEqual({ rawHtml: [], links: [], images: [] })
  })

  it('puts a guided entry’s answers one heading level under its title, skipping none', () => {
    const markdown = renderMarkdownFile(
      buildExportDocument([shareableFromEntry(aCheckIn())], someOptions(), fixedNow),
    )
    const html = new HtmlRenderer().render(new Parser().parse(markdown))
    expect(html).toContain('<h3>Something I appreciated</h3>')
    expect(html).not.toMatch(/<h[4-6]>/)
  })
})
