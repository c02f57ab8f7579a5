import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isLocalDate,
  startOfWeek,
  toDayNumber,
  weekdayOf,
} from '@renderer/domain/commitments/calendar/localDate'
import { readableDate } from '@renderer/domain/commitments/calendar/readableDate'

describe('calendar dates', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(isLocalDate('2027-02-29')).toBe(false)
    expect(isLocalDate('2026-13-01')).toBe(false)
    expect(isLocalDate('2026-04-31')).toBe(false)
    expect(isLocalDate('2026-4-1')).toBe(false)
    expect(isLocalDate(20260401)).toBe(false)
  })

  it('steps over a leap day one calendar day at a time', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29)
  })

  it('counts a daylight-saving day as exactly one day', () => {
    // London springs forward on 29 March 2026 and falls back on 25 October 2026.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26')
    // New York springs forward on 8 March 2026 and falls back on 1 November 2026.
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09')
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31')
  })

  it('numbers weekdays from Sunday as 0, like Date#getDay', () => {
    expect(weekdayOf('2026-03-08')).toBe(0)
    expect(weekdayOf('2026-03-09')).toBe(1)
    expect(weekdayOf('2028-02-29')).toBe(2)
    expect(weekdayOf('1969-12-31')).toBe(3)
  })

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-03-08')).toBe('2026-03-02')
    expect(startOfWeek('2026-03-09')).toBe('2026-03-09')
    expect(startOfWeek('2028-03-01')).toBe('2028-02-28')
  })

  it('round-trips day numbers', () => {
    expect(fromDayNumber(toDayNumber('2028-02-29'))).toBe('2028-02-29')
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(() => toDayNumber('2027-02-29')).toThrow(RangeError)
  })

  it('reads dates in plain English', () => {
    expect(readableDate('2026-05-03')).toBe('3 May 2026')
    expect(readableDate('2028-02-29', { weekday: true, year: false })).toBe('Tuesday 29 February')
  })
})

describe('day numbers against the platform calendar', () => {
  it('agree with Date.UTC for every day from 1899 to 2101', () => {
    const msPerDay = 86_400_000
    for (
      let day = Date.UTC(1899, 0, 1) / msPerDay;
      day <= Date.UTC(2101, 11, 31) / msPerDay;
      day++
    ) {
      const iso = new Date(day * msPerDay).toISOString().slice(0, 10)
      if (fromDayNumber(day) !== iso || toDayNumber(iso) !== day) {
        throw new Error(`Mismatch on ${iso}`)
      }
    }
    expect(isLocalDate('2100-02-29')).toBe(false)
    expect(isLocalDate('2000-02-29')).toBe(true)
    expect(isLocalDate('2026-0a-01')).toBe(false)
  })
})
