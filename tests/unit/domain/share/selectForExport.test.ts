import { describe, expect, it } from 'vitest'
import { selectForExport } from '@renderer/domain/share/selectForExport'
import { shareableFromEntry } from '@renderer/domain/share/shareableFromEntry'
import { anEntry, anItem } from './fixtures'

const items = [
  shareableFromEntry(
    anEntry({ id: 'e1', date: '2026-01-10', tags: ['Money'], theme: 'communication' }),
  ),
  shareableFromEntry(
    anEntry({ id: 'e2', date: '2026-02-10', kind: 'flow', tags: [], theme: 'healing' }),
  ),
  anItem({ id: 'a1', kind: 'apology', date: '2026-03-10', tags: ['money '] }),
  anItem({ id: 'g1', kind: 'agreement', date: '2026-04-10', theme: 'agreements' }),
]
const ids = (selected: readonly { id: string }[]): string[] => selected.map((item) => item.id)

describe('selectForExport', () => {
  it('returns everything, in order, for an empty filter', () => {
    expect(ids(selectForExport(items, {}))).toEqual(['e1', 'e2', 'a1', 'g1'])
  })

  it('selects by kind, with guided flows as their own kind', () => {
    expect(ids(selectForExport(items, { kinds: ['flow', 'agreement'] }))).toEqual(['e2', 'g1'])
  })

  it('selects by theme and leaves out items without one', () => {
    expect(ids(selectForExport(items, { themes: ['healing', 'agreements'] }))).toEqual(['e2', 'g1'])
  })

  it('matches tags without regard to case or spaces', () => {
    expect(ids(selectForExport(items, { tags: ['MONEY'] }))).toEqual(['e1', 'a1'])
  })

  it('selects an inclusive date range', () => {
    expect(ids(selectForExport(items, { from: '2026-02-10', to: '2026-03-10' }))).toEqual([
      'e2',
      'a1',
    ])
  })

  it('requires every criterion given', () => {
    expect(
      ids(selectForExport(items, { tags: ['money'], kinds: ['apology'], to: '2026-12-31' })),
    ).toEqual(['a1'])
  })

  it('treats empty lists as no filter', () => {
    expect(ids(selectForExport(items, { kinds: [], themes: [], tags: [] }))).toHaveLength(4)
  })
})

describe('shareableFromEntry', () => {
  it('carries every field an export may show', () => {
    const item = shareableFromEntry(anEntry({ kind: 'prompt' }))
    expect(item).toMatchObject({
      kind: 'entry',
      entryKind: 'prompt',
      title: 'A hard talk',
      mood: 3,
      trust: 2,
      privateNote: 'I was scared to bring it up.',
    })
  })
})
