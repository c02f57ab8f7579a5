import { describe, expect, it } from 'vitest'
import { buildExportDocument } from '@renderer/domain/share/buildExportDocument'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import { anEntry, anItem, fixedNow, someOptions } from './fixtures'

const entry = shareableFromEntry(anEntry())

describe('buildExportDocument', () => {
  it('describes each item as the reader will see it', () => {
    const document = buildExportDocument(
      [entry],
      someOptions({ authorName: ' Sam ', includeRatings: true }),
      fixedNow,
    )
    expect(document.title).toBe('Shared by Sam')
    expect(document.authorName).toBe('Sam')
    expect(document.exportedOn).toBe('2026-11-25')
    expect(document.exportedOnLabel).toBe('25 November 2026')
    expect(document.sections[0]).toMatchObject({
      kindLabel: 'Journal entry',
      title: 'A hard talk',
      dateLabel: '3 March 2026',
      themeName: 'Open, caring conversation',
      tags: ['money', 'listening'],
      mood: 3,
      trust: 2,
      privateNote: null,
    })
  })

  it('leaves out ratings, tags and private notes as asked, and includes notes only when asked', () => {
    const without = buildExportDocument(
      [entry],
      someOptions({ includeRatings: false, includeTags: false }),
      fixedNow,
    )
    expect(without.sections[0]).toMatchObject({
      mood: null,
      trust: null,
      tags: [],
      privateNote: null,
    })
    const withNotes = buildExportDocument(
      [entry],
      someOptions({ includePrivateNotes: true }),
      fixedNow,
    )
    expect(withNotes.sections[0]?.privateNote).toBe('I was scared to bring it up.')
  })

  it('orders items oldest first, undated last, and lists each item once', () => {
    const items = [
      anItem({ id: 'late', date: '2026-05-01' }),
      anItem({ id: 'undated', date: 'someday' }),
      anItem({ id: 'early', date: '2026-01-01' }),
      anItem({ id: 'late', date: '2026-05-01' }),
    ]
    const document = buildExportDocument(items, someOptions(), fixedNow)
    expect(document.sections.map((section) => section.id)).toEqual(['early', 'late', 'undated'])
    expect(document.sections[2]).toMatchObject({ date: '', dateLabel: '' })
  })

  it('writes dates the way the chosen locale does', () => {
    const german = buildExportDocument([entry], someOptions({ locale: 'de-DE' }), fixedNow)
    expect(german.sections[0]?.dateLabel).toBe('3. März 2026')
    const american = buildExportDocument([entry], someOptions({ locale: 'en-US' }), fixedNow)
    expect(american.sections[0]?.dateLabel).toBe('March 3, 2026')
  })

  it('falls back to English for a locale it cannot use', () => {
    const document = buildExportDocument(
      [entry],
      someOptions({ locale: 'not a locale!' }),
      fixedNow,
    )
    expect(document.locale).toBe('en')
    expect(document.sections[0]?.dateLabel).toBe('March 3, 2026')
  })

  it('dates the export in the writer’s time zone', () => {
    const tokyo = buildExportDocument([entry], someOptions({ timeZone: 'Asia/Tokyo' }), fixedNow)
    expect(tokyo.exportedOn).toBe('2026-11-26')
  })

  it('names untitled items and keeps the cover note’s lines', () => {
    const document = buildExportDocument(
      [anItem({ id: 'x', title: '   ' })],
      someOptions({ coverNote: '  Dear Alex,\r\nthank you.  ', title: 'For our session' }),
      fixedNow,
    )
    expect(document.title).toBe('For our session')
    expect(document.coverNote).toBe('Dear Alex,\nthank you.')
    expect(document.sections[0]?.title).toBe('Untitled')
  })
})
