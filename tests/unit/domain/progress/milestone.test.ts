import { describe, expect, it } from 'vitest'
import {
  defineMilestone,
  milestoneReachedOn,
  reachMilestone,
  renameMilestone,
  unreachMilestone,
} from '@renderer/domain/progress/milestone'

const defined = new Date('2026-03-02T09:00:00Z')
const reached = new Date('2026-04-10T19:30:00Z')

describe('milestones', () => {
  it('are defined with a title and no reached date', () => {
    const result = defineMilestone('  First honest conversation about money ', 'm1', defined)
    expect(result.ok && result.value).toEqual({
      id: 'm1',
      title: 'First honest conversation about money',
      createdAt: '2026-03-02T09:00:00.000Z',
      reachedAt: null,
      reachedOn: null,
    })
  })

  it('ask for a few words rather than an empty title', () => {
    const result = defineMilestone(' ', 'm1', defined)
    expect(!result.ok && result.error).toEqual({
      code: 'invalid-milestone',
      message: 'Give the milestone a few words, so you will recognise it.',
    })
    expect(defineMilestone('x'.repeat(161), 'm1', defined).ok).toBe(false)
  })

  it('are reached on a chosen day, keep the first record, and can be unmarked', () => {
    const result = defineMilestone('A weekend away', 'm1', defined)
    if (!result.ok) throw new Error(result.error.message)
    // Marked on the 10th for a weekend that happened on the 4th.
    const first = reachMilestone(result.value, reached, '2026-04-04')
    if (!first.ok) throw new Error(first.error.message)
    expect(first.value).toMatchObject({
      reachedAt: '2026-04-10T19:30:00.000Z',
      reachedOn: '2026-04-04',
    })
    const again = reachMilestone(first.value, new Date('2026-05-01T00:00:00Z'), '2026-05-01')
    expect(again.ok && again.value).toBe(first.value)
    expect(unreachMilestone(first.value)).toMatchObject({ reachedAt: null, reachedOn: null })
    const renamed = renameMilestone(first.value, 'A weekend away, just us')
    expect(renamed.ok && renamed.value.title).toBe('A weekend away, just us')
  })

  it('ask for a real day when marked reached', () => {
    const result = defineMilestone('A weekend away', 'm1', defined)
    if (!result.ok) throw new Error(result.error.message)
    const wrong = reachMilestone(result.value, reached, '2027-02-29')
    expect(!wrong.ok && wrong.error.message).toBe('Pick the day you reached it.')
  })

  it('fall back to the reached instant in the person’s zone for records without a day', () => {
    const older = {
      id: 'm',
      title: 'x',
      createdAt: '',
      reachedAt: '2026-03-10T11:30:00Z',
      reachedOn: null,
    }
    expect(milestoneReachedOn(older, 'Pacific/Auckland')).toBe('2026-03-11')
    expect(milestoneReachedOn(older, 'UTC')).toBe('2026-03-10')
    expect(milestoneReachedOn({ ...older, reachedOn: '2026-03-08' }, 'UTC')).toBe('2026-03-08')
    expect(milestoneReachedOn({ ...older, reachedAt: null }, 'UTC')).toBeNull()
  })
})
