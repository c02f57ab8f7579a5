import type { LocalDate } from '../domain/commitments/calendar/localDate'
import type { HeatmapCell } from '../domain/commitments/heatmap'
import { heatmapMonthLabels } from './heatmapMonthLabels'

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
  /** Drawn larger than its natural size (1), for a few weeks on their own. */
  readonly scale?: number
}

/** A calendar of squares, one column per week, Monday at the top. */
export function Heatmap({ cells, today, label, scale = 1 }: HeatmapProps) {
  const weeks = Math.ceil(cells.length / 7)
  const width = left + weeks * step + right
  const height = top + 7 * step
  const mondays: string[] = []
  for (let week = 0; week < weeks; week++) mondays.push(cells[week * 7]?.date ?? '')
  const monthLabels = heatmapMonthLabels(mondays).map((label) => ({
    x: left + label.week * step,
    text: label.text,
  }))
  // One path per shade rather than a rect per day: a year is 371 squares, and a handful of paths
  // draws in a fraction of the time, which the progress screen's 200 ms budget needs.
  const byLevel = new Map<HeatLevel, string[]>()
  let todayAt: { x: number; y: number; level: HeatLevel } | null = null
  for (const [index, cell] of cells.entries()) {
    const level = heatLevel(cell, today)
    if (level === 'future') continue
    const x = left + Math.floor(index / 7) * step
    const y = top + (index % 7) * step
    if (cell.date === today) {
      todayAt = { x, y, level }
      continue
    }
    const squares = byLevel.get(level) ?? []
    squares.push(`M${x} ${y}h${cellSize}v${cellSize}h-${cellSize}z`)
    byLevel.set(level, squares)
  }
  const paths = [...byLevel].map(([level, squares]) => [level, squares.join('')] as const)
  return (
    <svg
      className="heatmap"
      viewBox={`0 0 ${width} ${height}`}
      width={width * scale}
      height={height * scale}
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
      {paths.map(([level, d]) => (
        <path key={level} className={`heatmap__cell heatmap__cell--${level}`} d={d} />
      ))}
      {todayAt && (
        <rect
          className={`heatmap__cell heatmap__cell--${todayAt.level} heatmap__cell--today`}
          x={todayAt.x}
          y={todayAt.y}
          width={cellSize}
          height={cellSize}
          rx={2}
        />
      )}
    </svg>
  )
}
