const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' })

/**
 * "25 November 2026 at 14:30" in the person's locale and zone: the one way Mend writes a moment
 * (a backup made, a version kept, a file shared), beside formatDay for calendar days. A value
 * that is not a date reads as "an unknown date" rather than "Invalid Date".
 */
export function formatMoment(isoInstant: string): string {
  const time = Date.parse(isoInstant)
  return Number.isFinite(time) ? momentFormat.format(new Date(time)) : 'an unknown date'
}
