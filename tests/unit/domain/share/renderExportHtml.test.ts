// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { exportStylesheet } from '@renderer/domain/share/exportStylesheet'
import { renderExportArticle, renderExportHtml } from '@renderer/domain/share/renderExportHtml'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import { activeContentProblems } from '../markdown/activeContent'
import { createTestPurify } from '../markdown/purifyForTests'
import { anEntry, anItem, fixedNow, someOptions } from './fixtures'

const purify = createTestPurify()
const items = [
  shareableFromEntry(
    anEntry({
      body: '# Inside\n\nSee [the plan](https://example.org/plan) and ![dot](data:image/png;base64,iVBORw0KGgo=).',
    }),
  ),
  anItem({ id: 'a1' }),
]
const document = buildExportDocument(
  items,
  someOptions({
    authorName: 'Sam',
    coverNote: 'For Thursday.\n\nWith love.',
    includePrivateNotes: true,
    includeRatings: true,
    locale: 'en-GB',
  }),
  fixedNow,
)
const html = renderExportHtml(document, purify)
const parsed = new DOMParser().parseFromString(html, 'text/html')

describe('renderExportHtml', () => {
  it('is a complete document that parses with no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(parsed.querySelectorAll('script')).toHaveLength(0)
    expect(parsed.documentElement.lang).toBe('en-GB')
    expect(parsed.title).toBe('Shared by Sam')
  })

  it('carries a Content-Security-Policy that forbids loading or running anything', () => {
    const csp =
      parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ??
      ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'unsafe-inline'")
    expect(csp).toContain('img-src data:')
    // The policy must come before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
  })

  it('styles itself inline, for screen, dark viewers and print, without fetching anything', () => {
    expect(parsed.querySelectorAll('style')).toHaveLength(1)
    expect(parsed.querySelectorAll('link')).toHaveLength(0)
    expect(exportStylesheet).toContain('@media print')
    expect(exportStylesheet).toContain('prefers-color-scheme: dark')
    expect(exportStylesheet).not.toMatch(/url\s*\(|@import|https?:/i)
  })

  it('shows links as words and address, not as links', () => {
    expect(parsed.querySelectorAll('a')).toHaveLength(0)
    expect(parsed.body.textContent).toContain('See the plan (https://example.org/plan)')
  })

  it('contains nothing active or external', () => {
    expect(activeContentProblems(html, { httpsAnchors: false, wholeDocument: true })).toEqual([])
  })

  it('shows every part of the document model', () => {
    const text = parsed.body.textContent ?? ''
    expect(parsed.querySelector('h1')?.textContent).toBe('Shared by Sam')
    expect(text).toContain('Shared by Sam on 25 November 2026.')
    expect(parsed.querySelectorAll('.cover-note p')).toHaveLength(2)
    expect(Array.from(parsed.querySelectorAll('article h2')).map((h) => h.textContent)).toEqual([
      'A hard talk',
      'I am sorry',
    ])
    expect(parsed.querySelector('article h3')?.textContent).toBe('Inside')
    expect(parsed.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-03')
    expect(text).toContain('Mood: In between (3 of 5) · Trust: A little (2 of 5)')
    expect(text).toContain('Tags: money, listening')
    expect(parsed.querySelector('.private-note')?.textContent).toContain(
      'I was scared to bring it up.',
    )
    expect(parsed.querySelector('img')?.getAttribute('src')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    )
  })

  it('gives the preview exactly the markup of the file', () => {
    expect(html).toContain(renderExportArticle(document, purify))
  })

  it('says so when nothing was selected', () => {
    const empty = renderExportHtml(buildExportDocument([], someOptions(), fixedNow), purify)
    expect(empty).toContain('Nothing was selected for this export.')
  })

  it('gives the in-app preview an article rather than a second main landmark', () => {
    const document = buildExportDocument([anItem({ id: 'a1' })], someOptions(), fixedNow)
    const preview = renderExportArticle(document, purify, 'article')
    expect(preview.startsWith('<article class="mend-export">')).toBe(true)
    expect(preview).not.toContain('<main')
    expect(renderExportHtml(document, purify)).toContain('<main class="mend-export">')
  })
})
