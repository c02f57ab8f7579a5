import { describe, expect, it } from 'vitest'
import { formatMoment } from '@renderer/app/formatMoment'

describe('writing a moment', () => {
  it('gives the date in words and the time, the same way everywhere', () => {
    const written = formatMoment('2026-11-25T14:30:00.000Z')
    expect(written).toMatch(/2026/)
    expect(written).toMatch(/November/)
    expect(written).toMatch(/\d{1,2}:\d{2}/)
  })

  it('says "an unknown date" for something that is not a date', () => {
    expect(formatMoment('not a date')).toBe('an unknown date')
  })
})
