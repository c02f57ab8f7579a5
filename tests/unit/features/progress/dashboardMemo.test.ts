import { describe, expect, it } from 'vitest'
import type { Dashboard, DashboardInput } from '@renderer/domain/progress/buildDashboard'
import type { Entry } from '@renderer/domain/journal/entry'
import { newEntry } from '@renderer/domain/journal/newEntry'
import { createDashboardMemo } from '@renderer/features/progress/dashboardMemo'

const entries: Entry[] = [1, 2, 3].map((n) =>
  newEntry({ id: `e${n}`, now: new Date('2026-03-02T12:00:00Z'), date: `2026-03-0${n}`, mood: 3 }),
)
const input: DashboardInput = {
  entries,
  agreements: [],
  commitments: [],
  commitmentLogs: [],
  milestones: [],
}

function countingMemo() {
  let builds = 0
  const memo = createDashboardMemo((given, today) => {
    builds++
    return { today, mood: { points: given.entries } } as unknown as Dashboard
  })
  return { memo, builds: () => builds }
}

describe('the dashboard memo', () => {
  it('answers from its last result when a store hands out a fresh array of the same entries', () => {
    const { memo, builds } = countingMemo()
    const first = memo(input, '2026-03-06', 'UTC')
    const second = memo({ ...input, entries: [...entries] }, '2026-03-06', 'UTC')
    expect(second).toBe(first)
    expect(builds()).toBe(1)
  })

  it('builds again when an entry changes, or the day or zone does', () => {
    const { memo, builds } = countingMemo()
    memo(input, '2026-03-06', 'UTC')
    const edited = { ...entries[0], mood: 5 } as Entry
    memo({ ...input, entries: [edited, ...entries.slice(1)] }, '2026-03-06', 'UTC')
    memo({ ...input, entries: [edited, ...entries.slice(1)] }, '2026-03-07', 'UTC')
    memo({ ...input, entries: [edited, ...entries.slice(1)] }, '2026-03-07', 'Europe/Paris')
    expect(builds()).toBe(4)
  })

  it('builds again when any other list changes', () => {
    const { memo, builds } = countingMemo()
    memo(input, '2026-03-06', 'UTC')
    memo(
      {
        ...input,
        milestones: [{ id: 'm', title: 'A', createdAt: '', reachedAt: null, reachedOn: null }],
      },
      '2026-03-06',
      'UTC',
    )
    expect(builds()).toBe(2)
  })
})
