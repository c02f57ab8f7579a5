import type { LocalDate } from '../domain/commitments/calendar/localDate'
import { monthShortNames as monthShort } from './monthShortNames'

export interface MonthLabel {
  /** The column (week) the label sits over. */
  readonly week: number
  /** "Jan". */
  readonly text: string
}

/**
 * Three columns (42 px at natural size) hold a label such as "May" with room to spare; any
 * closer and two labels run into each other.
 */
const minimumGapWeeks = 3

/**
 * Month names over a heatmap's columns, given each column's Monday, oldest first.
 *
 * A month is named over the first column whose Monday falls in it. The first column is named
 * too, since its month would otherwise go unnamed, but only when the next month's label is far
 * enough away: a grid starting on 24 November names "Dec" a week later, and a partial
 * November squeezed in before it used to push December's label out instead.
 */
export function heatmapMonthLabels(mondays: readonly LocalDate[]): readonly MonthLabel[] {
  const starts: MonthLabel[] = []
  let previousMonth = ''
  for (const [week, monday] of mondays.entries()) {
    const month = monday.slice(5, 7)
    if (month !== previousMonth) {
      starts.push({ week, text: monthShort[Number(month) - 1] ?? '' })
    }
    previousMonth = month
  }
  const [first, second] = starts
  if (first !== undefined && second !== undefined && second.week - first.week < minimumGapWeeks) {
    return starts.slice(1)
  }
  return starts
}
