import { describe, expect, it } from 'vitest'
import { decideMerge } from '@renderer/db/backupMergeDecision'
import type { OpenedRecord } from '@renderer/db/types'

const id = 'b6f1c2a4-0000-4000-8000-000000000001'
const fromBackup = (payload: unknown) => ({ kind: 'entry' as const, id, payload })
const here = (payload: unknown): OpenedRecord => ({ status: 'ok', kind: 'entry', id, payload })
const damagedHere: OpenedRecord = { status: 'damaged', kind: 'entry', id }
const keys = (payload: unknown) => ({ kind: 'settings' as const, id: 'imported-keys', payload })
const keysHere = (payload: unknown): OpenedRecord => ({
  status: 'ok',
  kind: 'settings',
  id: 'imported-keys',
  payload,
})

describe('copying a record', () => {
  const older = { title: 'Old', updatedAt: '2026-01-01T00:00:00.000Z' }
  const newer = { title: 'New', updatedAt: '2026-02-01T00:00:00.000Z' }

  it('adds it when missing, and replaces a copy that can no longer be opened', () => {
    expect(decideMerge('copy', fromBackup(older), undefined)).toEqual({
      write: fromBackup(older),
      outcome: 'added',
    })
    expect(decideMerge('copy', fromBackup(older), damagedHere).outcome).toBe('updated')
  })

  it('keeps the later of two versions, and the current one when either has no updatedAt', () => {
    expect(decideMerge('copy', fromBackup(newer), here(older)).outcome).toBe('updated')
    expect(decideMerge('copy', fromBackup(older), here(newer))).toEqual({
      write: null,
      outcome: 'unchanged',
    })
    expect(decideMerge('copy', fromBackup({ a: 2 }), here({ a: 1 })).outcome).toBe('unchanged')
  })
})

describe('keeping a record of this journal', () => {
  it('writes nothing, whether or not the journal has one', () => {
    const unchanged = { write: null, outcome: 'unchanged' }
    expect(decideMerge('keep-own', fromBackup({ a: 1 }), undefined)).toEqual(unchanged)
    expect(decideMerge('keep-own', fromBackup({ a: 1 }), here({ a: 2 }))).toEqual(unchanged)
  })
})

describe('a union of strings', () => {
  it("keeps this journal's keys in order and appends the backup's new ones", () => {
    expect(decideMerge('union', keys(['b', 'c', 7]), keysHere(['a', 'b']))).toEqual({
      write: keys(['a', 'b', 'c']),
      outcome: 'updated',
    })
  })

  it('changes nothing when the backup brings no new key', () => {
    const decision = decideMerge('union', keys(['b']), keysHere(['a', 'b']))
    expect(decision).toEqual({ write: null, outcome: 'unchanged' })
    expect(decideMerge('union', keys('not a list'), keysHere([])).outcome).toBe('unchanged')
    expect(decideMerge('union', keys([]), undefined).outcome).toBe('unchanged')
  })

  it("takes the backup's keys where this journal has none or cannot read its own", () => {
    expect(decideMerge('union', keys(['a']), undefined)).toEqual({
      write: keys(['a']),
      outcome: 'added',
    })
    const damagedKeys: OpenedRecord = { status: 'damaged', kind: 'settings', id: 'imported-keys' }
    expect(decideMerge('union', keys(['a']), damagedKeys)).toEqual({
      write: keys(['a']),
      outcome: 'updated',
    })
  })
})
