import { describe, expect, it } from 'vitest'
import { newEntry } from '@renderer/domain/journal/newEntry'
import { updateEntry } from '@renderer/domain/journal/updateEntry'

const now = new Date(2026, 2, 14, 21, 30)
const later = new Date(2026, 2, 14, 21, 31)

describe('newEntry', () => {
  it('dates a new entry on the local day of its creation', () => {
    const entry = newEntry({ id: 'e1', now })
    expect(entry).toMatchObject({
      id: 'e1',
      kind: 'free',
      date: '2026-03-14',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      tags: [],
      mood: null,
      flow: null,
    })
  })

  it('records the prompt an entry was started from and marks its kind', () => {
    const entry = newEntry({ id: 'e1', now, promptId: 'patience-03' })
    expect(entry.kind).toBe('prompt')
    expect(entry.promptId).toBe('patience-03')
  })

  it('marks an entry made from a guided flow as a flow entry', () => {
    const entry = newEntry({ id: 'e1', now, flow: { flowId: 'daily-check-in', answers: {} } })
    expect(entry.kind).toBe('flow')
  })

  it('normalises tags on creation', () => {
    expect(newEntry({ id: 'e1', now, tags: [' Walks', 'walks', '#Trust'] }).tags).toEqual([
      'walks',
      'trust',
    ])
  })

  it('refuses an impossible date as a programming error', () => {
    expect(() => newEntry({ id: 'e1', now, date: '2025-02-29' })).toThrow(RangeError)
  })
})

describe('updateEntry', () => {
  const entry = newEntry({ id: 'e1', now, title: 'Evening', tags: ['walks'] })

  it('applies the patch and moves updatedAt to now', () => {
    const next = updateEntry(entry, { body: 'We talked.', mood: 4 }, later)
    expect(next.body).toBe('We talked.')
    expect(next.mood).toBe(4)
    expect(next.updatedAt).toBe(later.toISOString())
    expect(next.createdAt).toBe(entry.createdAt)
  })

  it('returns the very same entry when nothing changed, so autosave can skip the write', () => {
    expect(updateEntry(entry, { title: 'Evening', tags: ['Walks '] }, later)).toBe(entry)
    expect(updateEntry(entry, {}, later)).toBe(entry)
  })

  it('lets the person move an entry to another day', () => {
    expect(updateEntry(entry, { date: '2024-02-29' }, later).date).toBe('2024-02-29')
  })

  it('refuses an impossible date as a programming error', () => {
    expect(() => updateEntry(entry, { date: '2026-04-31' }, later)).toThrow(RangeError)
  })
})
