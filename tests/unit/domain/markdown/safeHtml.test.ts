// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { renderSafeHtml } from '@renderer/domain/markdown/safeHtml'
import { activeContentProblems } from './activeContent'
import { createPurifyWithoutDom, createTestPurify } from './purifyForTests'

const purify = createTestPurify()

describe('renderSafeHtml', () => {
  it('renders ordinary Markdown: headings, emphasis, lists, quotes, code and tables', () => {
    const html = renderSafeHtml(
      '# Day one\n\nI *tried* to **listen**.\n\n- first\n- second\n\n> said gently\n\n`code`\n\n| a | b |\n| - | - |\n| 1 | 2 |',
      purify,
    )
    expect(html).toContain('<h1>Day one</h1>')
    expect(html).toContain('<em>tried</em>')
    expect(html).toContain('<strong>listen</strong>')
    expect(html).toContain('<li>first</li>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<code>code</code>')
    expect(html).toContain('<td>2</td>')
  })

  it('keeps https and mailto links clickable with rel="noopener noreferrer" and no target', () => {
    const html = renderSafeHtml(
      '[help](https://example.org/help) and [write](mailto:sam@example.org)',
      purify,
    )
    expect(html).toContain('<a href="https://example.org/help" rel="noopener noreferrer">help</a>')
    expect(html).toContain('<a href="mailto:sam@example.org" rel="noopener noreferrer">write</a>')
  })

  it('drops links to any other scheme but keeps their words', () => {
    const html = renderSafeHtml(
      '[plain](http://example.org) [script](javascript:alert(1)) [near](//example.org)',
      purify,
    )
    expect(html).not.toContain('<a')
    expect(html).toContain('plain')
    expect(html).toContain('script')
    expect(html).toContain('near')
  })

  it('turns every link into its words and address in text mode, for files that leave the app', () => {
    const html = renderSafeHtml(
      'See [the guide](https://example.org/guide), https://example.org and [me](mailto:sam@example.org)',
      purify,
      { links: 'text' },
    )
    expect(html).not.toContain('<a')
    expect(html).toContain('the guide (https://example.org/guide)')
    expect(html).toContain('https://example.org')
    expect(html).toContain('me (sam@example.org)')
  })

  it('keeps embedded raster images and shows the description of any other image', () => {
    const html = renderSafeHtml(
      '![a dot](data:image/png;base64,iVBORw0KGgo=) ![tracker](https://example.org/p.gif) ![vector](data:image/svg+xml;base64,PHN2Zz4=)',
      purify,
    )
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="a dot">')
    expect(html).toContain('tracker')
    expect(html).toContain('vector')
    expect(html.match(/<img/g)).toHaveLength(1)
  })

  it('shows raw HTML typed into a note as the characters typed', () => {
    const html = renderSafeHtml('I <3 you <hug>\n\n<div>block</div>', purify)
    expect(html).toContain('I &lt;3 you &lt;hug&gt;')
    expect(html).toContain('&lt;div&gt;block&lt;/div&gt;')
  })

  it('shows task list boxes as characters rather than form inputs', () => {
    const html = renderSafeHtml('- [x] called my sister\n- [ ] book the counsellor', purify)
    expect(html).not.toContain('<input')
    expect(html).toContain('\u2611 called my sister')
    expect(html).toContain('\u2610 book the counsellor')
  })

  it('moves headings down by the offset, never past level six', () => {
    const html = renderSafeHtml('# One\n\n###### Six', purify, { headingOffset: 2 })
    expect(html).toContain('<h3>One</h3>')
    expect(html).toContain('<h6>Six</h6>')
  })

  it('does not leave its policy on a shared DOMPurify instance', () => {
    renderSafeHtml('[x](https://example.org)', purify)
    // DOMPurify's own default keeps http: links and adds no rel; Mend's hook would do both.
    expect(purify.sanitize('<a href="http://example.org">x</a>')).toBe(
      '<a href="http://example.org">x</a>',
    )
  })

  it('falls back to escaped text when DOMPurify has no DOM to work with', () => {
    const withoutDom = createPurifyWithoutDom()
    expect(withoutDom.isSupported).toBe(false)
    const html = renderSafeHtml('<img src=x onerror=alert(1)>', withoutDom)
    expect(html).not.toContain('<img')
    expect(activeContentProblems(html, { httpsAnchors: false })).toEqual([])
  })

  // Its speed is measured in npm run bench (the editor preview row), not asserted here.
  it('renders a 3,000-word note whole, emphasis included', () => {
    const paragraph = Array.from({ length: 100 }, (_, i) =>
      i % 9 === 0 ? `**word${i}**` : `word${i}`,
    ).join(' ')
    const note = Array.from({ length: 30 }, () => paragraph).join('\n\n')
    const html = renderSafeHtml(note, purify)
    expect(html.match(/<p>/g)).toHaveLength(30)
    expect(html.match(/<strong>/g)).toHaveLength(30 * 12)
  })
})
