/**
 * Arithmetic on "YYYY-MM-DD" calendar days. Days have no time zone, so everything runs on UTC
 * midnights, where no daylight-saving change can add or lose an hour.
 */
const millisecondsPerDay = 86_400_000

/** A calendar month; `month` is 1–12. */
export interface YearMonth {
  readonly year: number
  readonly month: number
}

export interface CalendarParts extends YearMonth {
  readonly day: number
}

export function parseDate(date: string): CalendarParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  }
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date)
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * millisecondsPerDay)
  return shifted.toISOString().slice(0, 10)
}

export function monthOf(date: string): YearMonth {
  const { year, month } = parseDate(date)
  return { year, month }
}

export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** Whole months from `earlier` to `later`, ignoring the day: Dec 2025 → Jan 2026 is 1. */
export function monthsBetween(earlier: YearMonth, later: YearMonth): number {
  return later.year * 12 + later.month - (earlier.year * 12 + earlier.month)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const { year, month, day } = parseDate(date)
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

export function firstDayOf({ year, month }: YearMonth): string {
  return formatDate(year, month, 1)
}

export function lastDayOf(yearMonth: YearMonth): string {
  return formatDate(yearMonth.year, yearMonth.month, daysInMonth(yearMonth))
}
