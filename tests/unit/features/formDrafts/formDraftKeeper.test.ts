import { describe, expect, it } from 'vitest'
import { FORM_DRAFTS_RECORD_ID } from '@renderer/db/formDraftsRecord'
import { FormDraftKeeper, type KeeperTimers } from '@renderer/features/formDrafts/formDraftKeeper'
import { MemoryRecordStore } from '../progress/memoryRecordStore'

/** Timers that fire only when the test says so. */
class ManualTimers implements KeeperTimers {
  private next = 1
  readonly waiting = new Map<number, () => void>()
  readonly setTimeout = (fn: () => void) => {
    const id = this.next++
    this.waiting.set(id, fn)
    return id
  }
  readonly clearTimeout = (id: number) => {
    this.waiting.delete(id)
  }
  fireAll(): void {
    const due = [...this.waiting.values()]
    this.waiting.clear()
    for (const fn of due) fn()
  }
}

function keeperOver(records = new MemoryRecordStore()) {
  const timers = new ManualTimers()
  return { records, timers, keeper: new FormDraftKeeper(records, timers) }
}

const stored = (records: MemoryRecordStore) => records.payload('settings', FORM_DRAFTS_RECORD_ID)

describe('the form draft keeper', () => {
  it('writes once after a pause in typing, not on every key', async () => {
    const { records, timers, keeper } = keeperOver()
    await keeper.load()
    keeper.keep('milestone:new', { title: 'F' })
    keeper.keep('milestone:new', { title: 'Fi' })
    keeper.keep('milestone:new', { title: 'First talk' })
    expect(timers.waiting.size).toBe(1)
    expect(keeper.hasUnsaved).toBe(true)
    timers.fireAll()
    await keeper.flush()
    expect(records.writes).toBe(1)
    expect(stored(records)).toEqual({ drafts: { 'milestone:new': { title: 'First talk' } } })
    expect(keeper.hasUnsaved).toBe(false)
  })

  it('keeps every form’s draft side by side in the one record', async () => {
    const { records, keeper } = keeperOver()
    await keeper.load()
    keeper.keep('agreement:new', { title: 'Dinners' })
    keeper.keep('milestone:new', { title: 'First talk' })
    await keeper.flush()
    expect(stored(records)).toEqual({
      drafts: { 'agreement:new': { title: 'Dinners' }, 'milestone:new': { title: 'First talk' } },
    })
  })

  it('never drops drafts already on disk when another form writes first', async () => {
    const records = new MemoryRecordStore()
    await records.put('settings', FORM_DRAFTS_RECORD_ID, {
      drafts: { 'agreement:new': { title: 'Kept' } },
    })
    const { keeper } = keeperOver(records)
    keeper.keep('milestone:new', { title: 'Typed before the read' })
    await keeper.flush()
    expect(stored(records)).toEqual({
      drafts: {
        'agreement:new': { title: 'Kept' },
        'milestone:new': { title: 'Typed before the read' },
      },
    })
  })

  it('deletes the record at once when the last draft is forgotten', async () => {
    const { records, keeper } = keeperOver()
    await keeper.load()
    keeper.keep('agreement:new', { title: 'Dinners' })
    await keeper.flush()
    await keeper.forget('agreement:new')
    expect(records.rows.size).toBe(0)
  })

  it('tells drafts from before the page reloaded from drafts typed since', async () => {
    const records = new MemoryRecordStore()
    await records.put('settings', FORM_DRAFTS_RECORD_ID, {
      drafts: { 'agreement:new': { title: 'Before' }, 'milestone:new': { title: 'Before too' } },
    })
    const { keeper } = keeperOver(records)
    await keeper.load()
    keeper.keep('milestone:new', { title: 'Changed since' })
    expect(keeper.keptFromBefore('agreement:new')).toBe(true)
    expect(keeper.keptFromBefore('milestone:new')).toBe(false)
    expect(keeper.draft('agreement:new')).toEqual({ title: 'Before' })
  })

  it('reads a damaged record as no drafts, and the next write replaces it', async () => {
    const records = new MemoryRecordStore()
    records.putDamaged('settings', FORM_DRAFTS_RECORD_ID)
    const { keeper } = keeperOver(records)
    await keeper.load()
    expect(keeper.draft('agreement:new')).toBeUndefined()
    keeper.keep('agreement:new', { title: 'New' })
    await keeper.flush()
    expect(stored(records)).toEqual({ drafts: { 'agreement:new': { title: 'New' } } })
  })

  it('stays unsaved after a failed write and tries again on the next flush', async () => {
    const { records, keeper } = keeperOver()
    await keeper.load()
    records.failWrites = true
    keeper.keep('agreement:new', { title: 'Dinners' })
    await keeper.flush()
    expect(keeper.hasUnsaved).toBe(true)
    records.failWrites = false
    await keeper.flush()
    expect(keeper.hasUnsaved).toBe(false)
    expect(stored(records)).toEqual({ drafts: { 'agreement:new': { title: 'Dinners' } } })
  })
})
