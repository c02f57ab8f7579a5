import { describe, expect, it } from 'vitest'
import { newEntry } from '@renderer/domain/journal/newEntry'
import { parseEntryPayload } from '@renderer/domain/journal/entryPayload'
import { aCheckIn, aLegacyCheckIn } from '../share/fixtures'

const complete = newEntry({
  id: 'e1',
  now: new Date('2026-05-02T08:00:00.000Z'),
  date: '2026-05-01',
  title: 'Morning',
  body: 'Coffee on the step.',
  tags: ['calm'],
  theme: 'healing',
  mood: 4,
  trust: 3,
})

describe('parseEntryPayload', () => {
  it('reads a complete payload back unchanged', () => {
    expect(parseEntryPayload('e1', JSON.parse(JSON.stringify(complete)))).toEqual({
      ok: true,
      value: complete,
    })
  })

  it('fills fields an older payload lacks with calm defaults', () => {
    const result = parseEntryPayload('e1', {
      title: 'From an early version',
      body: 'Just words.',
      createdAt: '2025-11-03T19:00:00.000Z',
    })
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'e1',
        kind: 'free',
        title: 'From an early version',
        body: 'Just words.',
        date: '2025-11-03',
        createdAt: '2025-11-03T19:00:00.000Z',
        updatedAt: '2025-11-03T19:00:00.000Z',
        tags: [],
        theme: null,
        mood: null,
        trust: null,
        promptId: null,
        flow: null,
        privateNote: '',
      },
    })
  })

  it('keeps the readable parts of a damaged payload and drops only the odd values', () => {
    const result = parseEntryPayload('e1', {
      ...complete,
      kind: 'poem',
      mood: 9,
      trust: '3',
      theme: 'money',
      tags: ['Calm', 42, null],
      flow: { flowId: 7 },
      date: '2026-02-30',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value).toMatchObject({
      kind: 'free',
      title: 'Morning',
      body: 'Coffee on the step.',
      mood: null,
      trust: null,
      theme: null,
      tags: ['calm'],
      flow: null,
      date: '2026-05-02',
    })
  })

  it('reads a check-in whose ratings an earlier build also wrote into its text as one with ratings only in mood and trust', () => {
    const { id, ...legacy } = aLegacyCheckIn()
    const result = parseEntryPayload(id, JSON.parse(JSON.stringify(legacy)))
    const { id: _, ...current } = aCheckIn()
    expect(result).toEqual({ ok: true, value: { ...current, id } })
  })

  it('trusts the record id over an id inside the payload', () => {
    const result = parseEntryPayload('record-id', { ...complete, id: 'other' })
    expect(result.ok && result.value.id).toBe('record-id')
  })

  it('keeps fields from a newer version so saving here does not lose them', () => {
    const result = parseEntryPayload('e1', { ...complete, location: 'home' })
    expect(result.ok && (result.value as unknown as { location: string }).location).toBe('home')
  })

  it('explains calmly when a payload cannot be read at all', () => {
    for (const payload of [null, 'text', [1, 2], { title: 'no date anywhere' }]) {
      const result = parseEntryPayload('e1', payload)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-payload')
        expect(result.error.message).toMatch(/could not be read/)
      }
    }
  })
})
