import {
  daysBetween,
  startOfWeek,
  type LocalDate,
} from '../../domain/commitments/calendar/localDate'

/** At most seventeen weeks (about four months); a young commitment shows only its own weeks. */
const maxHeatmapWeeks = 17
const minHeatmapWeeks = 4

export function heatmapWeeksFor(firstDay: LocalDate, today: LocalDate): number {
  const weeks = Math.floor(daysBetween(startOfWeek(firstDay), startOfWeek(today)) / 7) + 1
  return Math.min(maxHeatmapWeeks, Math.max(minHeatmapWeeks, weeks))
}
