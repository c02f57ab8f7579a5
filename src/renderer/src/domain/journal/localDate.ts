/** "YYYY-MM-DD": a day in the writer's local calendar, with no time zone attached. */
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** The local calendar day of an instant, e.g. 2026-03-01T00:30 in Berlin → "2026-03-01". */
export function toLocalDateString(instant: Date): string {
  const year = String(instant.getFullYear()).padStart(4, '0')
  const month = String(instant.getMonth() + 1).padStart(2, '0')
  const day = String(instant.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

/** True for a real calendar day: "2024-02-29" yes, "2023-02-29" and "2024-13-01" no. */
export function isValidDateString(value: string): boolean {
  const match = datePattern.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one; UTC keeps DST out of it.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= lastDay
}
