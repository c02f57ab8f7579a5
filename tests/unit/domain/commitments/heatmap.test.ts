import { describe, expect, it } from 'vitest'
import { indexLogs } from '@renderer/domain/commitments/commitmentLog'
import { commitmentHeatmap, heatmap } from '@renderer/domain/commitments/heatmap'
import { commitmentFrom, daily, keptOn } from './commitmentFixtures'

describe('calendar heatmap', () => {
  it('shows kept and missed days, leaves today open until kept and the future empty', () => {
    const walk = commitmentFrom('2026-03-02', daily)
    const cells = commitmentHeatmap(
      walk,
      keptOn(['2026-03-02', '2026-03-04']),
      '2026-03-02',
      '2026-03-08',
      '2026-03-05',
    )
    expect(cells.map((cell) => [cell.date, cell.due, cell.kept, cell.ratio])).toEqual([
      ['2026-03-02', 1, 1, 1],
      ['2026-03-03', 1, 0, 0],
      ['2026-03-04', 1, 1, 1],
      ['2026-03-05', 0, 0, null],
      ['2026-03-06', 0, 0, null],
      ['2026-03-07', 0, 0, null],
      ['2026-03-08', 0, 0, null],
    ])
  })

  it('marks a kept day the schedule did not ask for as extra', () => {
    const call = commitmentFrom('2026-03-02', { kind: 'weekdays', days: [1] })
    const [monday, tuesday] = commitmentHeatmap(
      call,
      keptOn(['2026-03-03']),
      '2026-03-02',
      '2026-03-03',
      '2026-03-10',
    )
    expect(monday).toEqual({ date: '2026-03-02', due: 1, kept: 0, extra: 0, ratio: 0 })
    expect(tuesday).toEqual({ date: '2026-03-03', due: 0, kept: 0, extra: 1, ratio: null })
  })

  it('shows a times-per-week commitment only on the days it was kept', () => {
    const talk = commitmentFrom('2026-03-02', { kind: 'timesPerWeek', times: 2 })
    const cells = commitmentHeatmap(
      talk,
      keptOn(['2026-03-03']),
      '2026-03-02',
      '2026-03-03',
      '2026-03-10',
    )
    expect(cells.map((cell) => cell.ratio)).toEqual([null, 1])
  })

  it('adds commitments together for the overall heatmap', () => {
    const walk = commitmentFrom('2026-03-02', daily, [], 'walk')
    const call = commitmentFrom('2026-03-02', { kind: 'weekdays', days: [1] }, [], 'call')
    const logs = indexLogs([
      { id: '1', commitmentId: 'walk', date: '2026-03-02', keptAt: '2026-03-02T20:00:00Z' },
    ])
    const [monday] = heatmap([walk, call], logs, '2026-03-02', '2026-03-02', '2026-03-10')
    expect(monday).toEqual({ date: '2026-03-02', due: 2, kept: 1, extra: 0, ratio: 0.5 })
  })

  it('has one cell per calendar day across a leap February and a daylight-saving change', () => {
    const walk = commitmentFrom('2028-01-03', daily)
    expect(
      commitmentHeatmap(walk, keptOn([]), '2028-02-01', '2028-03-01', '2028-03-10'),
    ).toHaveLength(30)
    expect(
      commitmentHeatmap(walk, keptOn([]), '2026-03-23', '2026-03-29', '2026-04-10'),
    ).toHaveLength(7)
  })
})
