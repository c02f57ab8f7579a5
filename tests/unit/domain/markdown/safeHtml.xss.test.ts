// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { renderSafeHtml } from '@renderer/domain/markdown/safeHtml'
import { activeContentProblems } from './activeContent'
import { createTestPurify } from './purifyForTests'
import { xssPayloads } from './xssPayloads'

const purify = createTestPurify()

describe('renderSafeHtml against the XSS set', () => {
  it.each(xssPayloads)('leaves nothing active in the editor preview: $name', ({ text }) => {
    const html = renderSafeHtml(`Before\n\n${text}\n\nAfter`, purify)
    expect(activeContentProblems(html, { httpsAnchors: true })).toEqual([])
    expect(html).not.toMatch(/<script/i)
  })

  it.each(xssPayloads)('leaves no link or outside address in text mode: $name', ({ text }) => {
    const html = renderSafeHtml(text, purify, { links: 'text', headingOffset: 2 })
    expect(activeContentProblems(html, { httpsAnchors: false })).toEqual([])
  })

  it('refuses every link the set tries, whatever the spelling', () => {
    for (const { text } of xssPayloads) {
      const doc = new DOMParser().parseFromString(renderSafeHtml(text, purify), 'text/html')
      for (const anchor of Array.from(doc.querySelectorAll('[href]'))) {
        expect(anchor.getAttribute('href')).toMatch(/^https:\/\/ok\.example/)
      }
    }
  })
})
