/** Dates as Mend stores them ("YYYY-MM-DD", a day in the writer's calendar) and shows them. */

const calendarDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** The day as a UTC midnight Date, or null if `day` is not a real calendar day. */
function dayAsUtcDate(day: string): Date | null {
  const match = calendarDayPattern.exec(day)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const utc = new Date(Date.UTC(year, month - 1, date))
  const roundTrips =
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date
  return roundTrips ? utc : null
}

export function isCalendarDay(day: string): boolean {
  return dayAsUtcDate(day) !== null
}

/** A locale Intl accepts, falling back to English for an unknown or malformed tag. */
export function supportedLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en'
  } catch {
    return 'en'
  }
}

/** "3 March 2026" (or the locale's way of writing it); "" for a day that does not exist. */
export function formatCalendarDay(day: string, locale: string): string {
  const utc = dayAsUtcDate(day)
  if (utc === null) return ''
  // UTC on both sides: a calendar day has no time zone, so none may shift it.
  return new Intl.DateTimeFormat(supportedLocale(locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(utc)
}

function supportedTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return 'UTC'
  }
}

/** The calendar day an instant falls on in a time zone ("UTC" if the zone is unknown). */
export function calendarDayAt(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) return ''
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: supportedTimeZone(timeZone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant)
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? ''
  const year = part('year').padStart(4, '0')
  return `${year}-${part('month')}-${part('day')}`
}
