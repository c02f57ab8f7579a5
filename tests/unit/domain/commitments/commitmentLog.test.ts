import { describe, expect, it } from 'vitest'
import { toDayNumber } from '@renderer/domain/commitments/calendar/localDate'
import { indexLogs, keptDaysOf, toggleLog } from '@renderer/domain/commitments/commitmentLog'

const lateEveningInAuckland = new Date('2026-03-10T10:30:00Z')

describe('logging a kept day', () => {
  it('marks a day with one toggle and unmarks it with the next', () => {
    const added = toggleLog([], 'walk', '2026-03-10', lateEveningInAuckland, 'UTC')
    expect(added.ok && added.value.change).toEqual({
      kind: 'added',
      log: {
        id: 'walk@2026-03-10',
        commitmentId: 'walk',
        date: '2026-03-10',
        keptAt: '2026-03-10T10:30:00.000Z',
      },
    })
    if (!added.ok) return
    const removed = toggleLog(added.value.logs, 'walk', '2026-03-10', lateEveningInAuckland, 'UTC')
    expect(removed.ok && removed.value.logs).toEqual([])
    expect(removed.ok && removed.value.change.kind).toBe('removed')
  })

  it('decides what "today" is in the person’s zone', () => {
    // 11:30Z on 10 March is already 00:30 on the 11th in Auckland, but not in UTC.
    const instant = new Date('2026-03-10T11:30:00Z')
    expect(toggleLog([], 'walk', '2026-03-11', instant, 'Pacific/Auckland').ok).toBe(true)
    const tooEarly = toggleLog([], 'walk', '2026-03-11', instant, 'UTC')
    expect(!tooEarly.ok && tooEarly.error).toEqual({
      code: 'future-date',
      message: "That day hasn't come yet. You can mark today or any day before.",
    })
  })

  it('refuses a day that does not exist', () => {
    const result = toggleLog([], 'walk', '2027-02-29', lateEveningInAuckland, 'UTC')
    expect(!result.ok && result.error.code).toBe('invalid-date')
  })

  it('indexes kept days by commitment, skipping damaged dates', () => {
    const index = indexLogs([
      { id: 'a', commitmentId: 'walk', date: '2028-02-29', keptAt: '2028-02-29T20:00:00Z' },
      { id: 'b', commitmentId: 'walk', date: 'not a date', keptAt: '2028-02-29T20:00:00Z' },
      { id: 'c', commitmentId: 'call', date: '2028-03-01', keptAt: '2028-03-01T20:00:00Z' },
    ])
    expect([...keptDaysOf(index, 'walk')]).toEqual([toDayNumber('2028-02-29')])
    expect(keptDaysOf(index, 'call').size).toBe(1)
    expect(keptDaysOf(index, 'nobody').size).toBe(0)
  })
})
