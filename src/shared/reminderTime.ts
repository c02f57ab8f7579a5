/**
 * When the daily reminder fires next, in the person's own time zone, across daylight-saving
 * changes. Pure: the clock and the zone are arguments. Used by main (Electron Notification) and by
 * the web adapter (Notification API while the page is open).
 */

export interface WallClockTime {
  readonly hour: number
  readonly minute: number
}

/**
 * The only text a reminder ever shows. Fixed on purpose: a notification can be read over a
 * shoulder or mirrored to a phone, so it never carries anything written in the journal.
 */
export const reminderNotification = {
  title: 'Mend',
  body: "A quiet moment for your journal, whenever you're ready.",
} as const

/** "HH:MM", 24-hour, as stored in ReminderSchedule.time. */
export function parseReminderTime(text: string): WallClockTime | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text)
  if (match === null) return null
  return { hour: Number(match[1]), minute: Number(match[2]) }
}

interface CivilDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

interface WallClock extends CivilDate, WallClockTime {}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function wallClockAt(instantMs: number, timeZone: string): WallClock & { readonly second: number } {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** How far the zone's wall clock is ahead of UTC at this instant. */
function offsetAt(instantMs: number, timeZone: string): number {
  const wall = wallClockAt(instantMs, timeZone)
  const wallAsUtc = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  )
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * The instant the wall clock shows this date and time. When the time occurs twice (clocks going
 * back) the first one; when it never occurs (clocks going forward) it moves on by the length of
 * the gap, as clocks do: 02:30 on a one-hour spring-forward night rings at 03:30, not never.
 */
function instantOfWallClock(wall: WallClock, timeZone: string): number {
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  // Offsets a day either side bracket any single transition (they are months apart).
  const offsetBefore = offsetAt(wallAsUtc - dayMs, timeZone)
  const offsetAfter = offsetAt(wallAsUtc + dayMs, timeZone)
  const matches = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter].filter((instant) => {
    const seen = wallClockAt(instant, timeZone)
    return (
      seen.year === wall.year &&
      seen.month === wall.month &&
      seen.day === wall.day &&
      seen.hour === wall.hour &&
      seen.minute === wall.minute
    )
  })
  if (matches.length > 0) return Math.min(...matches)
  return wallAsUtc - offsetBefore
}

function nextCivilDate(date: CivilDate): CivilDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1))
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }
}

/** The first instant strictly after nowMs at which the reminder is due (epoch milliseconds). */
export function nextReminderAt(time: WallClockTime, nowMs: number, timeZone: string): number {
  const today = wallClockAt(nowMs, timeZone)
  const todayAtTime = instantOfWallClock({ ...today, ...time }, timeZone)
  if (todayAtTime > nowMs) return todayAtTime
  return instantOfWallClock({ ...nextCivilDate(today), ...time }, timeZone)
}
