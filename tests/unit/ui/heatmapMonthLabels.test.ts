import { describe, expect, it } from 'vitest'
import { addDays } from '@renderer/domain/commitments/calendar/localDate'
import { heatmapMonthLabels } from '@renderer/ui/heatmapMonthLabels'

/** Each column's Monday, `weeks` of them from `firstMonday`. */
function mondays(firstMonday: string, weeks: number): string[] {
  return Array.from({ length: weeks }, (_, week) => addDays(firstMonday, 7 * week))
}

describe('month labels over the heatmap', () => {
  it('names December when the grid starts in the last week of November, instead of the partial November', () => {
    // The year-long grid ending in the week of 23 November 2026 starts on 24 November 2025.
    const labels = heatmapMonthLabels(mondays('2025-11-24', 53))
    expect(labels.map((label) => label.text)).toEqual([
      'Dec',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ])
    // 1 December 2025 is the second column's Monday.
    expect(labels[0]).toEqual({ week: 1, text: 'Dec' })
  })

  it('keeps the first month’s name when the next month is three or more columns away', () => {
    const labels = heatmapMonthLabels(mondays('2026-01-05', 8))
    expect(labels).toEqual([
      { week: 0, text: 'Jan' },
      { week: 4, text: 'Feb' },
    ])
  })

  it('names a month over the first column whose Monday falls in it', () => {
    // 26 October, 2, 9, 16 and 23 November: November starts at the second column.
    const labels = heatmapMonthLabels(mondays('2026-10-26', 5))
    expect(labels).toEqual([{ week: 1, text: 'Nov' }])
  })

  it('names the only month of a short grid', () => {
    expect(heatmapMonthLabels(mondays('2026-11-02', 4))).toEqual([{ week: 0, text: 'Nov' }])
  })

  it('never sets two labels closer than three columns', () => {
    for (let start = 0; start < 60; start++) {
      const labels = heatmapMonthLabels(mondays(addDays('2026-01-05', 7 * start), 53))
      for (let index = 1; index < labels.length; index++) {
        const gap = (labels[index]?.week ?? 0) - (labels[index - 1]?.week ?? 0)
        expect(gap).toBeGreaterThanOrEqual(3)
      }
    }
  })
})
