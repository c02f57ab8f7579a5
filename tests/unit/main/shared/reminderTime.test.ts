import { describe, expect, it } from 'vitest'
import {
  nextReminderAt,
  parseReminderTime,
  reminderNotification,
} from '../../../../src/shared/reminderTime'

const iso = (ms: number) => new Date(ms).toISOString()
const at = (text: string) => Date.parse(text)

describe('parseReminderTime', () => {
  it('reads 24-hour HH:MM', () => {
    expect(parseReminderTime('00:00')).toEqual({ hour: 0, minute: 0 })
    expect(parseReminderTime('20:30')).toEqual({ hour: 20, minute: 30 })
    expect(parseReminderTime('23:59')).toEqual({ hour: 23, minute: 59 })
  })

  it.each(['24:00', '8:30', '20:60', '20:30:00', ' 20:30', '', 'noon'])('refuses %j', (text) => {
    expect(parseReminderTime(text)).toBeNull()
  })
})

describe('nextReminderAt', () => {
  const evening = { hour: 20, minute: 30 }

  it('rings later today when the time has not come yet', () => {
    expect(iso(nextReminderAt(evening, at('2026-06-10T10:00:00Z'), 'UTC'))).toBe(
      '2026-06-10T20:30:00.000Z',
    )
  })

  it('rings tomorrow when the time has passed, or is exactly now', () => {
    expect(iso(nextReminderAt(evening, at('2026-06-10T21:00:00Z'), 'UTC'))).toBe(
      '2026-06-11T20:30:00.000Z',
    )
    expect(iso(nextReminderAt(evening, at('2026-06-10T20:30:00Z'), 'UTC'))).toBe(
      '2026-06-11T20:30:00.000Z',
    )
  })

  it('follows the local wall clock of the given time zone', () => {
    // 20:30 in New York in June is 00:30 UTC the next day (EDT, UTC−4).
    expect(iso(nextReminderAt(evening, at('2026-06-10T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-06-11T00:30:00.000Z',
    )
  })

  it('rolls over months and years', () => {
    expect(iso(nextReminderAt({ hour: 8, minute: 0 }, at('2026-12-31T09:00:00Z'), 'UTC'))).toBe(
      '2027-01-01T08:00:00.000Z',
    )
  })

  it('keeps the same wall-clock time across the spring change (a 23-hour day)', () => {
    // London moves from GMT to BST on 29 March 2026.
    const saturday = nextReminderAt(evening, at('2026-03-28T12:00:00Z'), 'Europe/London')
    const sunday = nextReminderAt(evening, saturday, 'Europe/London')
    expect(iso(saturday)).toBe('2026-03-28T20:30:00.000Z')
    expect(iso(sunday)).toBe('2026-03-29T19:30:00.000Z')
    expect(sunday - saturday).toBe(23 * 60 * 60 * 1000)
  })

  it('keeps the same wall-clock time across the autumn change (a 25-hour day)', () => {
    const saturday = nextReminderAt(evening, at('2026-10-24T12:00:00Z'), 'Europe/London')
    const sunday = nextReminderAt(evening, saturday, 'Europe/London')
    expect(sunday - saturday).toBe(25 * 60 * 60 * 1000)
  })

  it('rings just after the gap when the chosen time does not exist that night', () => {
    // New York skips 02:00–03:00 on 8 March 2026; 02:30 rings at 03:30 EDT (07:30 UTC).
    const due = nextReminderAt(
      { hour: 2, minute: 30 },
      at('2026-03-08T05:00:00Z'),
      'America/New_York',
    )
    expect(iso(due)).toBe('2026-03-08T07:30:00.000Z')
  })

  it('rings once, at the first occurrence, when the chosen time happens twice', () => {
    // New York repeats 01:00–02:00 on 1 November 2026; the first 01:30 is EDT (05:30 UTC).
    const first = nextReminderAt(
      { hour: 1, minute: 30 },
      at('2026-11-01T04:00:00Z'),
      'America/New_York',
    )
    expect(iso(first)).toBe('2026-11-01T05:30:00.000Z')
    const next = nextReminderAt({ hour: 1, minute: 30 }, first, 'America/New_York')
    expect(iso(next)).toBe('2026-11-02T06:30:00.000Z')
  })

  it('handles a half-hour daylight-saving shift', () => {
    // Lord Howe Island skips 02:00–02:30 on 4 October 2026 (+10:30 → +11); 02:15 moves on by
    // the length of the gap, to 02:45 local (15:45 UTC).
    const due = nextReminderAt(
      { hour: 2, minute: 15 },
      at('2026-10-03T14:00:00Z'),
      'Australia/Lord_Howe',
    )
    expect(iso(due)).toBe('2026-10-03T15:45:00.000Z')
  })
})

describe('reminderNotification', () => {
  it('is a fixed, gentle sentence that takes no journal content', () => {
    expect(reminderNotification).toEqual({
      title: 'Mend',
      body: "A quiet moment for your journal, whenever you're ready.",
    })
  })
})
