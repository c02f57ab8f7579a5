import { describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { parseDayOneExport } from '@renderer/domain/importers/dayOneImport'
import { withoutAlreadyImported } from '@renderer/domain/importers/dedupeKey'
import { importDayOneFiles } from '@renderer/domain/importers/importJournalFiles'
import { context, utf8 } from './context'

const exportJson = JSON.stringify({
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      creationDate: '2024-03-02T23:30:00Z',
      timeZone: 'America/New_York',
      text: '# Walk by the river\n\nWe walked and **talked**.\n\n![](dayone-moment://ABCDEF)\n',
      tags: ['walks', ' Walks ', 'river', 7],
      starred: true,
    },
    { creationDate: '2024-03-04T08:00:00Z', text: 'No heading, no uuid, no tags.' },
    {
      creationDate: '2024-03-05T08:00:00Z',
      richText: JSON.stringify({ contents: [{ text: 'From rich ' }, { text: 'text only.' }] }),
    },
    { uuid: 'B', text: 'no date' },
    'not an entry',
    { creationDate: '2024-03-06T08:00:00Z', text: '   ' },
  ],
})

describe('parseDayOneExport', () => {
  it('turns entries into drafts with title, body, local date, tags and original time', () => {
    const result = parseDayOneExport(exportJson, context)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [first, second, third] = result.value.drafts
    expect(first?.entry).toMatchObject({
      kind: 'free',
      title: 'Walk by the river',
      body: 'We walked and **talked**.',
      // 23:30 UTC on the 2nd is still the 2nd... in New York it is 18:30 on the 2nd.
      date: '2024-03-02',
      createdAt: '2024-03-02T23:30:00.000Z',
      tags: ['walks', 'river'],
      mood: null,
      privateNote: '',
    })
    expect(first?.dedupeKey).toBe('day-one:uuid:A1B2C3D4E5F60718293A4B5C6D7E8F90')
    expect(second?.entry).toMatchObject({
      title: '',
      body: 'No heading, no uuid, no tags.',
      date: '2024-03-04',
      tags: [],
    })
    expect(second?.dedupeKey).toMatch(/^day-one:v1:[0-9a-f]{16}$/)
    expect(third?.entry.body).toBe('From rich text only.')
  })

  it('lists what it skipped and why, and notes photos left out', () => {
    const result = parseDayOneExport(exportJson, context)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.skipped).toEqual([
      { where: 'Entry 4', reason: 'It has no valid creation date.' },
      { where: 'Entry 5', reason: 'It is not an entry in the form Day One writes.' },
      { where: 'Entry 6', reason: 'It is empty.' },
    ])
    expect(result.value.notes).toEqual([
      '1 photo or media item was left out: Mend imports the words only.',
    ])
  })

  it('gives the same keys on a second import, so nothing is added twice', () => {
    const first = parseDayOneExport(exportJson, context)
    const second = parseDayOneExport(exportJson, {
      ...context,
      now: new Date('2027-01-01T00:00:00Z'),
    })
    if (!first.ok || !second.ok) throw new Error('both should parse')
    const existing = new Set(first.value.drafts.map((draft) => draft.dedupeKey))
    const again = withoutAlreadyImported(second.value, existing)
    expect(again.drafts).toEqual([])
    expect(again.notes).toContain(
      '3 entries are already in your journal and will not be added again.',
    )
  })

  it('adds an entry that appears twice in one export once', () => {
    const entry = { uuid: 'SAME', creationDate: '2024-01-01T00:00:00Z', text: 'x' }
    const result = parseDayOneExport(JSON.stringify({ entries: [entry, entry] }), context)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.drafts).toHaveLength(1)
  })

  it.each([
    ['not JSON', '{"entries": [', 'import-not-json'],
    ['JSON without entries', '{"journal": []}', 'import-not-day-one'],
    ['entries that are not a list', '{"entries": {}}', 'import-not-day-one'],
    ['a bare list', '[1, 2]', 'import-not-day-one'],
    ['an empty list', '{"entries": []}', 'import-empty'],
  ])('refuses %s with a message saying what to do', (_name, json, code) => {
    const result = parseDayOneExport(json, context)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(result.error.message).toMatch(/Nothing was changed\.$/)
  })

  it('explains a missing list of entries the way a person would understand it', () => {
    const result = parseDayOneExport('{}', context)
    expect(!result.ok && result.error.message).toMatch(
      /^This doesn't look like a Day One export: it has no list of entries\./,
    )
  })

  it('refuses more entries than the limit before reading any of them', () => {
    const json = `{"entries": [${Array.from({ length: 10_001 }, () => '{}').join(',')}]}`
    const result = parseDayOneExport(json, context)
    expect(!result.ok && result.error.code).toBe('import-too-many-entries')
    expect(!result.ok && result.error.message).toContain('10,001 entries, more than the 10,000')
  })

  it('skips an entry longer than the per-entry limit', () => {
    const result = parseDayOneExport(
      JSON.stringify({
        entries: [{ creationDate: '2024-01-01T00:00:00Z', text: 'x'.repeat(1_000_001) }],
      }),
      context,
    )
    expect(result.ok && result.value.skipped[0]?.reason).toBe(
      'It is longer than 1,000,000 characters.',
    )
  })
})

describe('importDayOneFiles', () => {
  it('reads the zip Day One makes, leaving photos unopened', () => {
    const zip = zipSync({
      'Journal.json': utf8(exportJson),
      'photos/abc.jpeg': new Uint8Array(1000),
    })
    const result = importDayOneFiles([{ name: 'Export.zip', bytes: zip }], context)
    expect(result.ok && result.value.drafts).toHaveLength(3)
  })

  it('combines several journals from one zip and names the journal of a skipped entry', () => {
    const zip = zipSync({
      'Journal.json': utf8(exportJson),
      'Travel.json': utf8(
        JSON.stringify({ entries: [{ creationDate: '2024-05-01T00:00:00Z', text: 'Rome' }, 5] }),
      ),
    })
    const result = importDayOneFiles([{ name: 'Export.zip', bytes: zip }], context)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.drafts).toHaveLength(4)
    expect(result.value.skipped.map((item) => item.where)).toContain('Travel.json, Entry 2')
  })

  it('refuses a zip with no JSON in it, and a damaged zip', () => {
    const noJson = importDayOneFiles(
      [{ name: 'x.zip', bytes: zipSync({ 'a.txt': utf8('hi') }) }],
      context,
    )
    expect(!noJson.ok && noJson.error.code).toBe('import-not-day-one')
    const damaged = zipSync({ 'Journal.json': utf8(exportJson) }).slice(0, 60)
    const result = importDayOneFiles([{ name: 'x.zip', bytes: damaged }], context)
    expect(!result.ok && result.error.code).toBe('import-unreadable-zip')
  })
})
