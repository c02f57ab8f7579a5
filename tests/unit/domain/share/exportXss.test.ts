// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { HtmlRenderer, Parser } from 'commonmark'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { renderExportHtml } from '@renderer/domain/share/renderExportHtml'
import { renderMarkdownFile } from '@renderer/domain/share/renderMarkdownFile'
import { renderMarkdownFolder } from '@renderer/domain/share/renderMarkdownFolder'
import type { ShareableItem } from '@renderer/domain/share/types'
import {
  activeContentProblems,
  commonMarkFindings,
  rasterDataImage,
} from '../markdown/activeContent'
import { createTestPurify } from '../markdown/purifyForTests'
import { xssPayloads } from '../markdown/xssPayloads'
import { fixedNow, someOptions } from './fixtures'

const purify = createTestPurify()

/** The payload everywhere a person can type: body (Markdown), title, tags, private note, cover note, name. */
function exportsFor(payload: string) {
  const item: ShareableItem = {
    kind: 'entry',
    entryKind: 'free',
    id: 'x',
    title: payload,
    date: '2026-03-03',
    bodyMarkdown: `Before\n\n${payload}\n\nAfter`,
    tags: [payload, 'calm'],
    mood: 4,
    trust: 4,
    privateNote: payload,
  }
  const options = someOptions({
    includePrivateNotes: true,
    coverNote: payload,
    authorName: payload,
    title: payload,
  })
  const document = buildExportDocument([item], options, fixedNow)
  return {
    html: renderExportHtml(document, purify),
    markdownFile: renderMarkdownFile(document),
    folder: renderMarkdownFolder(document),
  }
}

function expectSafeMarkdown(markdown: string, relativeLinks: boolean): void {
  const findings = commonMarkFindings(markdown)
  expect(findings.rawHtml).toEqual([])
  for (const link of findings.links)
    expect(relativeLinks ? link : 'no link expected').toMatch(/^[a-z0-9-]+\.md$/)
  for (const image of findings.images) expect(image).toMatch(rasterDataImage)
  const rendered = new HtmlRenderer().render(new Parser().parse(markdown))
  expect(
    activeContentProblems(rendered, {
      httpsAnchors: false,
      relativeMarkdownAnchors: relativeLinks,
    }),
  ).toEqual([])
}

describe('exports against the XSS set', () => {
  it.each(xssPayloads)('the HTML export (and so the PDF) stays inert: $name', ({ text }) => {
    const { html } = exportsFor(text)
    expect(activeContentProblems(html, { httpsAnchors: false, wholeDocument: true })).toEqual([])
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    expect(
      parsed.querySelectorAll('script, iframe, object, embed, svg, math, form, base, link'),
    ).toHaveLength(0)
    expect(parsed.querySelectorAll('meta')).toHaveLength(4)
    expect(parsed.querySelectorAll('a')).toHaveLength(0)
  })

  it.each(xssPayloads)(
    'the Markdown file has no raw HTML, link or outside image: $name',
    ({ text }) => {
      expectSafeMarkdown(exportsFor(text).markdownFile, false)
    },
  )

  it.each(xssPayloads)(
    'the Markdown folder, front matter included, stays inert: $name',
    ({ text }) => {
      const [readme, ...itemFiles] = exportsFor(text).folder
      expectSafeMarkdown(readme?.contents ?? '', true)
      for (const file of itemFiles) {
        expect(file.path).toMatch(/^[a-z0-9-]+\.md$/)
        expectSafeMarkdown(file.contents, false)
      }
    },
  )

  it('shows the typed characters of plain-text fields instead of running them', () => {
    const { html } = exportsFor('<img src=x onerror=alert(1)>')
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    expect(parsed.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>')
    expect(parsed.title).toBe('<img src=x onerror=alert(1)>')
  })
})
