import { describe, expect, it } from 'vitest'
import { importMarkdownFiles } from '@renderer/domain/importers/importJournalFiles'
import { parseMarkdownFiles } from '@renderer/domain/importers/markdownFilesImport'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { renderMarkdownFolder } from '@renderer/domain/share/renderMarkdownFolder'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import { zipExportFiles } from '@renderer/domain/share/zipExportFiles'
import { anEntry, fixedNow, someOptions } from '../share/fixtures'
import { context, utf8 } from './context'

describe('parseMarkdownFiles', () => {
  it('reads title, date and tags from front matter', () => {
    const result = parseMarkdownFiles(
      [
        {
          name: 'notes/whatever.md',
          text: '---\ntitle: "Sunday: a reset"\ndate: 2025-06-01\ntags: [family, "rest, finally"]\nmood: 4\n---\n\nWe slept in.\n',
        },
      ],
      context,
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.drafts[0]?.entry).toMatchObject({
      title: 'Sunday: a reset',
      date: '2025-06-01',
      tags: ['family', 'rest, finally'],
      body: 'We slept in.',
      mood: 4,
      trust: null,
      kind: 'free',
    })
    expect(result.value.drafts[0]?.dedupeKey).toMatch(/^markdown:v1:[0-9a-f]{16}$/)
  })

  it('falls back to a leading heading, the date in the file name, then today', () => {
    const result = parseMarkdownFiles(
      [
        { name: '2025-02-14 valentines.md', text: '# A quiet evening\n\nDinner at home.' },
        { name: 'loose-thoughts.txt', text: 'Just thinking.' },
      ],
      context,
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.drafts.map((d) => [d.entry.title, d.entry.date, d.entry.body])).toEqual([
      ['A quiet evening', '2025-02-14', 'Dinner at home.'],
      ['loose thoughts', '2026-11-25', 'Just thinking.'],
    ])
    expect(result.value.notes[0]).toMatch(/^1 file has no date/)
  })

  it('leaves out hidden files, resource forks and files that are not Markdown', () => {
    const result = parseMarkdownFiles(
      [
        { name: 'a.md', text: 'Kept' },
        { name: '.hidden.md', text: 'x' },
        { name: '__MACOSX/._a.md', text: 'x' },
        { name: 'photo.jpg', text: '' },
      ],
      context,
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.drafts).toHaveLength(1)
    expect(result.value.notes).toContain('1 file that is not Markdown was left out.')
  })

  it('skips empty files and says so', () => {
    const result = parseMarkdownFiles(
      [
        { name: 'a.md', text: 'x' },
        { name: 'empty.md', text: '---\ntitle: ""\n---\n' },
      ],
      context,
    )
    expect(result.ok && result.value.skipped).toEqual([])
    const empty = parseMarkdownFiles(
      [
        { name: 'a.md', text: 'x' },
        { name: '.md', text: '' },
      ],
      context,
    )
    expect(empty.ok && empty.value.drafts).toHaveLength(1)
  })

  it('refuses a selection with no Markdown in it', () => {
    const result = parseMarkdownFiles([{ name: 'photo.jpg', text: '' }], context)
    expect(!result.ok && result.error.code).toBe('import-no-markdown')
  })

  it('gives a renamed copy of a file the same key', () => {
    const text = '---\ntitle: Same\ndate: 2025-01-01\n---\nSame words.'
    const result = parseMarkdownFiles(
      [
        { name: 'one.md', text },
        { name: 'two.md', text: text.replace(/\n/g, '\r\n') },
      ],
      context,
    )
    expect(result.ok && result.value.drafts).toHaveLength(1)
  })
})

describe('importMarkdownFiles', () => {
  it('brings Mend’s own zipped folder export back as the same entries', () => {
    const entry = anEntry({ title: 'Talk [draft] #1', tags: ['a', 'b'], mood: 2, trust: 5 })
    const document = buildExportDocument(
      [shareableFromEntry(entry)],
      someOptions({ includeRatings: true }),
      fixedNow,
    )
    const zip = zipExportFiles(renderMarkdownFolder(document), fixedNow)
    const result = importMarkdownFiles([{ name: 'mend-export.zip', bytes: zip }], context)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.drafts).toHaveLength(1)
    expect(result.value.drafts[0]?.entry).toMatchObject({
      title: 'Talk [draft] #1',
      date: entry.date,
      tags: ['a', 'b'],
      mood: 2,
      trust: 5,
      body: 'We talked about **the money** and I listened.',
    })
  })

  it('refuses a file that is not UTF-8 text', () => {
    const result = importMarkdownFiles(
      [{ name: 'a.md', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8]) }],
      context,
    )
    expect(!result.ok && result.error.code).toBe('import-not-text')
  })

  it('refuses more text than the limit before decoding it', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1)
    const result = importMarkdownFiles([{ name: 'huge.md', bytes: big }], context)
    expect(!result.ok && result.error.code).toBe('import-too-large')
    expect(!result.ok && result.error.message).toContain('more than 50.0 MB of text')
  })

  it('decodes plain files as UTF-8 and drops a byte-order mark', () => {
    const result = importMarkdownFiles(
      [{ name: 'a.md', bytes: utf8('\ufeff# Café\n\nÀ bientôt') }],
      context,
    )
    expect(result.ok && result.value.drafts[0]?.entry.title).toBe('Café')
  })
})
