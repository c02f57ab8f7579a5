import { describe, expect, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { createUniqueNamer, exportFileName, slugify } from '@renderer/domain/share/exportFileNames'
import { renderMarkdownFolder } from '@renderer/domain/share/renderMarkdownFolder'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import { zipExportFiles } from '@renderer/domain/share/zipExportFiles'
import { commonMarkFindings } from '../markdown/activeContent'
import { anEntry, anItem, fixedNow, someOptions } from './fixtures'

const items = [
  shareableFromEntry(anEntry({ id: 'e1', title: 'Café talk: "money"' })),
  anItem({ id: 'a1', title: 'Café talk: money', date: '2026-03-03' }),
  anItem({ id: 'a2', title: '../../etc/passwd', date: '2026-03-04' }),
  anItem({ id: 'a3', title: '!!!', date: 'not a date' }),
]
const document = buildExportDocument(
  items,
  someOptions({ includePrivateNotes: true, includeRatings: true }),
  fixedNow,
)

describe('renderMarkdownFolder', () => {
  it('writes a README and one file per item with safe, unique names', () => {
    const files = renderMarkdownFolder(document)
    expect(files.map((file) => file.path)).toEqual([
      'README.md',
      '2026-03-03-cafe-talk-money.md',
      '2026-03-03-cafe-talk-money-2.md',
      '2026-03-04-etc-passwd.md',
      'undated.md',
    ])
  })

  it('starts each file with front matter and the item', () => {
    const file = renderMarkdownFolder(document).find(
      (f) => f.path === '2026-03-03-cafe-talk-money.md',
    )
    expect(file?.contents).toBe(`---
title: "Café talk: \\"money\\""
date: "2026-03-03"
kind: "entry"
theme: "Open, caring conversation"
tags: ["money", "listening"]
mood: 3
trust: 2
---

# Café talk: "money"

Journal entry · 3 March 2026 · Open, caring conversation\\
Mood: In between (3 of 5) · Trust: A little (2 of 5)\\
Tags: money, listening

We talked about **the money** and I listened.

## Private note

I was scared to bring it up.
`)
  })

  it('lists every item in the README with a relative link and nothing else', () => {
    const readme = renderMarkdownFolder(document)[0]?.contents ?? ''
    const findings = commonMarkFindings(readme)
    expect(findings.links).toEqual([
      '2026-03-03-cafe-talk-money.md',
      '2026-03-03-cafe-talk-money-2.md',
      '2026-03-04-etc-passwd.md',
      'undated.md',
    ])
    expect(findings.rawHtml).toEqual([])
  })

  it('zips the files so they unzip to the same names and contents', () => {
    const files = renderMarkdownFolder(document)
    const unzipped = unzipSync(zipExportFiles(files, fixedNow))
    expect(Object.keys(unzipped)).toEqual(files.map((file) => file.path))
    expect(strFromU8(unzipped['README.md'] ?? new Uint8Array())).toBe(files[0]?.contents)
  })

  it('refuses to zip a path that could leave the folder', () => {
    for (const path of [
      '../x.md',
      '/abs.md',
      'a/../../x.md',
      'C:\\x.md',
      'a\\b.md',
      '',
      '.',
      'a//b',
    ]) {
      expect(() => zipExportFiles([{ path, contents: '' }], fixedNow)).toThrow()
    }
    expect(() =>
      zipExportFiles(
        [
          { path: 'a.md', contents: '' },
          { path: 'a.md', contents: '' },
        ],
        fixedNow,
      ),
    ).toThrow()
  })
})

describe('export file names', () => {
  it('keeps only lowercase letters, digits and hyphens', () => {
    expect(slugify('Ünïcôdé & Spaces / slashes\\ .. dots')).toBe('unicode-spaces-slashes-dots')
    expect(slugify('日本語')).toBe('')
    expect(slugify('x'.repeat(100))).toHaveLength(60)
  })

  it('never repeats a name, ignoring case, nor reuses a reserved one', () => {
    const next = createUniqueNamer(['README.md'])
    expect(next('readme', '.md')).toBe('readme-2.md')
    expect(next('Talk', '.md')).toBe('talk.md')
    expect(next('TALK', '.md')).toBe('talk-2.md')
    expect(next('', '.md')).toBe('item.md')
  })

  it('names the whole export after its day', () => {
    expect(exportFileName('2026-11-25', 'zip')).toBe('mend-export-2026-11-25.zip')
    expect(exportFileName('../x', 'html')).toBe('mend-export-undated.html')
  })
})
