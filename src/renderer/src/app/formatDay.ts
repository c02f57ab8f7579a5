const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "Wednesday 25 November 2026" in the person's locale, for a "YYYY-MM-DD" calendar day. */
export function formatDay(date: string): string {
  // Noon UTC of that day, formatted in UTC: no time zone can move it to a neighbouring day.
  return dayFormat.format(new Date(`${date}T12:00:00Z`))
}
