import { describe, expect, it } from 'vitest'
import { addCheckIn } from '@renderer/domain/agreements/checkIn'
import { dailyCheckInFlowId } from '@renderer/domain/progress/flowIds'
import {
  weeklyReflectionDraft,
  type WeeklyReflectionData,
} from '@renderer/domain/progress/weeklyReflectionDraft'
import { agreement } from '../agreements/agreementFixtures'
import { commitmentFrom, daily } from '../commitments/commitmentFixtures'
import { entry } from './entryFixtures'

function data(today: string): WeeklyReflectionData {
  const checkedIn = addCheckIn(
    agreement(),
    { date: '2026-03-11', rating: 4, note: 'We both\nput phones away.' },
    'c1',
    new Date('2026-03-11T20:00:00Z'),
  )
  if (!checkedIn.ok) throw new Error(checkedIn.error.message)
  return {
    entries: [
      entry('2026-03-10', { mood: 3, trust: 4, title: 'Tuesday', flowId: dailyCheckInFlowId }),
      entry('2026-03-09', { mood: 2, flowId: dailyCheckInFlowId }),
      entry('2026-03-12', { mood: 5, trust: 5, title: 'Not a check-in' }),
      entry('2026-03-16', { mood: 5, flowId: dailyCheckInFlowId }),
    ],
    agreements: [checkedIn.value],
    commitments: [commitmentFrom('2026-03-02', daily)],
    commitmentLogs: ['2026-03-09', '2026-03-10', '2026-03-12', '2026-03-13'].map((date) => ({
      id: date,
      commitmentId: 'walk',
      date,
      keptAt: `${date}T20:00:00Z`,
    })),
    milestones: [
      {
        id: 'm1',
        title: 'A weekend away',
        createdAt: '2026-02-01T09:00:00Z',
        reachedAt: '2026-03-14T10:00:00Z',
        reachedOn: '2026-03-14',
      },
      {
        id: 'm2',
        title: 'Last week',
        createdAt: '2026-02-01T09:00:00Z',
        reachedAt: '2026-03-06T10:00:00Z',
        reachedOn: null,
      },
    ],
    today,
    timeZone: 'Europe/London',
  }
}

describe('the weekly reflection draft', () => {
  it('gathers the week into a Markdown entry with gentle questions', () => {
    const draft = weeklyReflectionDraft('2026-03-12', data('2026-03-15'))
    expect(draft).toMatchObject({
      kind: 'reflection',
      date: '2026-03-15',
      title: 'Weekly reflection: 9 March to 15 March 2026',
      theme: 'patience',
    })
    expect(draft.body).toBe(
      [
        '*The week of 9 March to 15 March 2026. Add as much or as little as you like.*',
        '',
        '## Daily check-ins',
        '- Monday 9 March: mood 2 of 5',
        '- Tuesday 10 March: mood 3 of 5, trust 4 of 5. “Tuesday”',
        '',
        '## Agreements',
        '- “Phone-free dinners”: 4 of 5 on Wednesday 11 March. We both put phones away.',
        '',
        '## Commitments',
        '- Evening walk together: kept 4 of 6 planned times.',
        '',
        '## Milestones reached',
        '- A weekend away, on Saturday 14 March.',
        '',
        '## Your reflection',
        '',
        '### What felt steady, or good, this week?',
        '',
        '',
        '',
        '### Was there a moment you felt closer, or one that was hard?',
        '',
        '',
        '',
        '### What would you like to carry into next week?',
        '',
        '',
        '',
        '### What would you say kindly to yourself about this week?',
        '',
      ].join('\n'),
    )
  })

  it('is dated today while the week is still going, and counts commitments so far', () => {
    const draft = weeklyReflectionDraft('2026-03-09', data('2026-03-12'))
    expect(draft.date).toBe('2026-03-12')
    expect(draft.body).toContain('- Evening walk together: kept 3 of 4 planned times so far.')
  })

  it('is gentle about a week without check-ins', () => {
    const draft = weeklyReflectionDraft('2026-03-02', data('2026-03-20'))
    expect(draft.body).toContain('No daily check-ins this week, and that is all right.')
    expect(draft.body).toContain('No agreement check-ins this week.')
    expect(draft.body).toContain('- Evening walk together: kept 0 of 7 planned times.')
    expect(draft.body).toContain('- Last week, on Friday 6 March.')
  })
})
