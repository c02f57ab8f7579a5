import { describe, expect, it } from 'vitest'
import { instantToLocalDate } from '@renderer/domain/commitments/calendar/instantToLocalDate'

describe('the calendar day of an instant', () => {
  it('puts 23:30 in Auckland on a different day from the same instant in UTC', () => {
    // 2026-03-10T10:30Z is 23:30 on 10 March in Auckland (UTC+13 in summer).
    expect(instantToLocalDate('2026-03-10T10:30:00Z', 'Pacific/Auckland')).toBe('2026-03-10')
    expect(instantToLocalDate('2026-03-10T10:30:00Z', 'UTC')).toBe('2026-03-10')
    // An hour later it is past midnight in Auckland but still the 10th in UTC.
    expect(instantToLocalDate('2026-03-10T11:30:00Z', 'Pacific/Auckland')).toBe('2026-03-11')
    expect(instantToLocalDate('2026-03-10T11:30:00Z', 'UTC')).toBe('2026-03-10')
    // And 23:30 UTC is already lunchtime the next day in Auckland.
    expect(instantToLocalDate('2026-03-10T23:30:00Z', 'UTC')).toBe('2026-03-10')
    expect(instantToLocalDate('2026-03-10T23:30:00Z', 'Pacific/Auckland')).toBe('2026-03-11')
  })

  it('follows London across its spring-forward and fall-back nights', () => {
    expect(instantToLocalDate('2026-03-28T23:30:00Z', 'Europe/London')).toBe('2026-03-28')
    expect(instantToLocalDate('2026-03-29T23:30:00Z', 'Europe/London')).toBe('2026-03-30')
    // 23:30Z on 24 October is 00:30 BST on the 25th; on the 25th it is 23:30 GMT the same day.
    expect(instantToLocalDate('2026-10-24T23:30:00Z', 'Europe/London')).toBe('2026-10-25')
    expect(instantToLocalDate('2026-10-25T23:30:00Z', 'Europe/London')).toBe('2026-10-25')
  })

  it('follows New York across its spring-forward and fall-back nights', () => {
    // 04:59Z on 8 March is 23:59 EST on the 7th; a day later 03:59Z is 23:59 EDT on the 8th.
    expect(instantToLocalDate('2026-03-08T04:59:00Z', 'America/New_York')).toBe('2026-03-07')
    expect(instantToLocalDate('2026-03-09T03:59:00Z', 'America/New_York')).toBe('2026-03-08')
    expect(instantToLocalDate('2026-11-01T03:59:00Z', 'America/New_York')).toBe('2026-10-31')
    expect(instantToLocalDate('2026-11-02T04:59:00Z', 'America/New_York')).toBe('2026-11-01')
  })

  it('lands on a leap day', () => {
    expect(instantToLocalDate(new Date('2028-02-29T12:00:00Z'), 'Europe/London')).toBe('2028-02-29')
    expect(instantToLocalDate(Date.UTC(2028, 1, 28, 23, 0), 'Asia/Tokyo')).toBe('2028-02-29')
  })

  it('refuses an unknown zone and a broken instant', () => {
    expect(() => instantToLocalDate('2026-03-10T10:30:00Z', 'Mars/Olympus')).toThrow(RangeError)
    expect(() => instantToLocalDate('yesterday', 'UTC')).toThrow(RangeError)
  })
})
