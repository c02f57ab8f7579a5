import { describe, expect, it } from 'vitest'
import { isValidDateString, toLocalDateString } from '@renderer/domain/journal/localDate'

describe('local calendar dates', () => {
  it('takes the day from the local calendar, not from UTC', () => {
    expect(toLocalDateString(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01')
    expect(toLocalDateString(new Date(2025, 11, 31, 23, 55))).toBe('2025-12-31')
  })

  it('accepts real days only, leap days included', () => {
    expect(isValidDateString('2024-02-29')).toBe(true)
    expect(isValidDateString('2025-02-29')).toBe(false)
    expect(isValidDateString('2026-04-31')).toBe(false)
    expect(isValidDateString('2026-13-01')).toBe(false)
    expect(isValidDateString('2026-1-01')).toBe(false)
    expect(isValidDateString('')).toBe(false)
  })
})
