import type { LocalDate } from './localDate'

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/**
 * The calendar day an instant falls on in an IANA time zone, e.g. 2026-03-10T11:30Z is
 * "2026-03-11" in Pacific/Auckland and "2026-03-10" in UTC. Throws RangeError on an unknown zone.
 */
export function instantToLocalDate(instant: Date | string | number, timeZone: string): LocalDate {
  const moment = instant instanceof Date ? instant : new Date(instant)
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not an instant: ${String(instant)}`)
  let year = ''
  let month = ''
  let day = ''
  for (const part of formatterFor(timeZone).formatToParts(moment)) {
    if (part.type === 'year') year = part.value
    else if (part.type === 'month') month = part.value
    else if (part.type === 'day') day = part.value
  }
  return `${year.padStart(4, '0')}-${month}-${day}`
}
