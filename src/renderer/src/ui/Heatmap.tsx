import { readableDate } from '../domain/commitments/calendar/readableDate'
import type { LocalDate } from '../domain/commitments/calendar/localDate'
import type { HeatmapCell } from '../domain/commitments/heatmap'

export type HeatLevel = 'future' | 'rest' | 'open' | 'none' | 'some' | 'most' | 'all' | 'extra'

/** How full a square is. A day not kept is a quiet grey, never a warning colour. */
export function heatLevel(cell: HeatmapCell, today: LocalDate): HeatLevel {
  if (cell.date > today) return 'future'
  if (cell.ratio === null) {
    if (cell.extra > 0) return 'extra'
    return cell.date === today ? 'open' : 'rest'
  }
  if (cell.ratio >= 1) return 'all'
  if (cell.ratio >= 0.5) return 'most'
  return cell.ratio > 0 ? 'some' : 'none'
}

function cellTitle(cell: HeatmapCell): string {
  const day = readableDate(cell.date, { weekday: true })
  if (cell.due > 0) return `${day}: kept ${cell.kept} of ${cell.due}`
  if (cell.extra > 0) return `${day}: kept, though nothing was planned`
  return `${day}: nothing planned`
}

const monthShort = [
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
  'Dec',
]
const weekdayLabels: readonly [number, string][] = [
  [0, 'Mon'],
  [2, 'Wed'],
  [4, 'Fri'],
]
const cellSize = 11
const step = 14
const left = 30
const top = 16
/** Room for a month label that starts in the last column. */
const right = 16

export interface HeatmapProps {
  /** Whole weeks, Monday first, oldest first, as commitmentsOverview and commitmentHeatmap give. */
  readonly cells: readonly HeatmapCell[]
  readonly today: LocalDate
  /** Names the picture for screen readers; the caller shows its sentence as the text alternative. */
  readonly label: string
}

/** A calendar of squares, one column per week. Each square's <title> shows on hover. */
export function Heatmap({ cells, today, label }: HeatmapProps) {
  const weeks = Math.ceil(cells.length / 7)
  const width = left + weeks * step + right
  const height = top + 7 * step
  const monthLabels: { x: number; text: string }[] = []
  let lastMonth = ''
  let lastLabelWeek = -4
  for (let week = 0; week < weeks; week++) {
    const monday = cells[week * 7]?.date ?? ''
    const month = monday.slice(5, 7)
    if (month !== lastMonth && week - lastLabelWeek >= 3) {
      monthLabels.push({ x: left + week * step, text: monthShort[Number(month) - 1] ?? '' })
      lastLabelWeek = week
    }
    lastMonth = month
  }
  return (
    <svg
      className="heatmap"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      {monthLabels.map((month) => (
        <text key={month.x} x={month.x} y={10} className="heatmap__label">
          {month.text}
        </text>
      ))}
      {weekdayLabels.map(([row, text]) => (
        <text key={text} x={0} y={top + row * step + 9} className="heatmap__label">
          {text}
        </text>
      ))}
      {cells.map((cell, index) => {
        const level = heatLevel(cell, today)
        if (level === 'future') return null
        const classes = `heatmap__cell heatmap__cell--${level}${cell.date === today ? ' heatmap__cell--today' : ''}`
        return (
          <rect
            key={cell.date}
            className={classes}
            x={left + Math.floor(index / 7) * step}
            y={top + (index % 7) * step}
            width={cellSize}
            height={cellSize}
            rx={2}
          >
            <title>{cellTitle(cell)}</title>
          </rect>
        )
      })}
    </svg>
  )
}
