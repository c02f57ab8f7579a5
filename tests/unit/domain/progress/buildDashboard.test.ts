import { describe, expect, it } from 'vitest'
import { addCheckIn } from '@renderer/domain/agreements/checkIn'
import type { Agreement } from '@renderer/domain/agreements/types'
import type { CommitmentLog } from '@renderer/domain/commitments/types'
import { buildDashboard, type DashboardInput } from '@renderer/domain/progress/buildDashboard'
import { dailyCheckInFlowId, setbackFlowId } from '@renderer/domain/progress/flowIds'
import { agreement } from '../agreements/agreementFixtures'
import { commitmentFrom, daily, daysFrom } from '../commitments/commitmentFixtures'
import { entry } from './entryFixtures'

const today = '2026-03-11'

function withCheckIns(base: Agreement, ratings: readonly [string, 1 | 2 | 3 | 4 | 5][]): Agreement {
  return ratings.reduce((current, [date, rating], index) => {
    const result = addCheckIn(
      current,
      { date, rating, note: '' },
      `c${index}`,
      new Date(`${date}T20:00:00Z`),
    )
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }, base)
}

function logs(commitmentId: string, dates: readonly string[]): CommitmentLog[] {
  return dates.map((date) => ({
    id: `${commitmentId}@${date}`,
    commitmentId,
    date,
    keptAt: `${date}T20:00:00Z`,
  }))
}

function input(): DashboardInput {
  const missed = new Set(['2026-02-20', '2026-03-01', '2026-03-05'])
  return {
    entries: [
      entry('2026-03-03', { trust: 2, mood: 3, theme: 'consistency' }),
      entry('2026-03-04', { trust: 3, mood: 3, theme: 'consistency', flowId: dailyCheckInFlowId }),
      entry('2026-03-06', {
        title: 'The argument about Friday',
        flowId: setbackFlowId,
        theme: 'patience',
      }),
      entry('2026-03-09', { trust: 3, mood: 4, theme: 'agreements' }),
      entry('2026-03-10', { trust: 4, mood: 4, theme: 'consistency' }),
    ],
    agreements: [
      withCheckIns(agreement({ startDate: '2026-01-05' }, 'dinners'), [
        ['2026-01-11', 2],
        ['2026-03-01', 4],
        ['2026-03-08', 5],
      ]),
      agreement({ title: 'Share locations', reviewDate: '2026-03-12' }, 'locations'),
    ],
    commitments: [commitmentFrom('2026-02-01', daily)],
    commitmentLogs: logs(
      'walk',
      daysFrom('2026-02-01', '2026-03-10').filter((d) => !missed.has(d)),
    ),
    milestones: [
      {
        id: 'm1',
        title: 'First honest talk about money',
        createdAt: '2026-02-01T09:00:00Z',
        reachedAt: '2026-03-10T11:30:00Z',
        reachedOn: null,
      },
      {
        id: 'm2',
        title: 'A weekend away',
        createdAt: '2026-02-01T09:00:00Z',
        reachedAt: null,
        reachedOn: null,
      },
    ],
  }
}

describe('the progress dashboard', () => {
  const dashboard = buildDashboard(input(), today, 'Pacific/Auckland')

  it('charts trust by day with a weekly average', () => {
    expect(dashboard.trust.points.map((p) => [p.date, p.value])).toEqual([
      ['2026-03-03', 2],
      ['2026-03-04', 3],
      ['2026-03-09', 3],
      ['2026-03-10', 4],
    ])
    expect(dashboard.trust.weekly).toEqual([
      { weekStart: '2026-03-02', average: 2.5, days: 2 },
      { weekStart: '2026-03-09', average: 3.5, days: 2 },
    ])
  })

  it('counts entries per theme, zeros included', () => {
    expect(dashboard.themes.map((t) => [t.theme, t.count])).toEqual([
      ['communication', 0],
      ['accountability', 0],
      ['agreements', 1],
      ['consistency', 3],
      ['healing', 0],
      ['patience', 1],
      [null, 0],
    ])
  })

  it('sums agreement check-ins and reviews coming up', () => {
    expect(dashboard.agreements).toMatchObject({
      active: 2,
      toRevisit: 0,
      retired: 0,
      averageRating: 11 / 3,
      recentAverageRating: 4.5,
      recentCheckIns: 2,
      reviewsDue: 1,
    })
  })

  it('reports commitments kept over the last 28 days and a heatmap of at least eight weeks', () => {
    // Today (the 11th) is not logged yet, so the window is 12 February to 10 March.
    expect(dashboard.commitments.overall).toEqual({ kept: 25, due: 28, days: 28 })
    // Six finished weeks from Monday 26 January (whose Sunday was the first day); three had a miss.
    expect(dashboard.commitments.commitments[0]?.weeks).toMatchObject({ kept: 3, counted: 6 })
    // The commitment began in the week of 26 January, seven weeks ago: the grid shows eight.
    expect(dashboard.commitments.heatmapWeeks).toBe(8)
    expect(dashboard.commitments.heatmap).toHaveLength(8 * 7)
    expect(dashboard.commitments.heatmap[0]?.date).toBe('2026-01-19')
    expect(dashboard.commitments.heatmap.at(-1)).toEqual({
      date: '2026-03-15',
      due: 0,
      kept: 0,
      extra: 0,
      ratio: null,
    })
  })

  it('puts milestones and setbacks on one timeline, dated in the person’s zone', () => {
    // 11:30Z on 10 March is the 11th in Auckland.
    expect(dashboard.timeline).toEqual([
      {
        date: '2026-03-06',
        kind: 'setback',
        id: 'entry-2026-03-06',
        label: 'The argument about Friday',
      },
      { date: '2026-03-11', kind: 'milestone', id: 'm1', label: 'First honest talk about money' },
    ])
    expect(dashboard.milestones.open.map((m) => m.id)).toEqual(['m2'])
    const inUtc = buildDashboard(input(), today, 'UTC')
    expect(inUtc.milestones.reached[0]?.date).toBe('2026-03-10')
  })

  it('gives every chart a calm text alternative', () => {
    expect(dashboard.summary).toEqual({
      mood: 'Your mood rating averaged 4.0 this week, up from 3.0 the week before. The chart shows 4 rated days, from 3 March 2026 to 10 March 2026.',
      trust:
        'Your trust rating averaged 3.5 this week, up from 2.5 the week before. The chart shows 4 rated days, from 3 March 2026 to 10 March 2026.',
      themes:
        '5 entries in all. Most are about “Consistency over time” (3), then “Clear agreements” (1).',
      agreements:
        '2 agreements active. Check-ins in the last 28 days rated them 4.5 out of 5 on average.',
      commitments: 'Across your commitments, you kept 25 of 28 planned times in the last 28 days.',
      milestones:
        '1 of 2 milestones reached. Most recently “First honest talk about money”, on 11 March 2026.',
      setbacks:
        'You worked through 1 setback in the last 28 days; 1 setback worked through in all, marked beside your milestones.',
    })
  })

  it('never repeats an entry body in its summaries', () => {
    expect(JSON.stringify(dashboard.summary)).not.toContain('Private words')
  })

  it('has something kind to say before there is any data', () => {
    const empty = buildDashboard(
      { entries: [], agreements: [], commitments: [], commitmentLogs: [], milestones: [] },
      today,
      'UTC',
    )
    expect(empty.summary).toEqual({
      mood: 'No mood ratings yet. They will appear here when you add them to an entry.',
      trust: 'No trust ratings yet. They will appear here when you add them to an entry.',
      themes: 'No entries yet. This chart will show which themes you write about.',
      agreements: 'No agreements in place yet.',
      commitments: 'No commitments yet.',
      milestones: 'No milestones yet. You can name one whenever you like.',
      setbacks: 'No setbacks written about.',
    })
    expect(empty.commitments.heatmap.every((cell) => cell.ratio === null)).toBe(true)
  })

  it('starts the heatmap at the first commitment’s week, and shows a year at most', () => {
    const since = (start: string) =>
      buildDashboard({ ...input(), commitments: [commitmentFrom(start, daily)] }, today, 'UTC')
        .commitments
    // Thursday 4 December 2025 is in the week of 1 December: fifteen weeks up to this one.
    expect(since('2025-12-04').heatmapWeeks).toBe(15)
    expect(since('2025-12-04').heatmap[0]?.date).toBe('2025-12-01')
    expect(since('2023-06-01').heatmapWeeks).toBe(53)
    expect(since('2023-06-01').heatmap).toHaveLength(53 * 7)
  })
})
