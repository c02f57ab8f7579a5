import { describe, expect, it } from 'vitest'
import {
  contentFingerprint,
  dayOneDedupeKey,
  markdownDedupeKey,
} from '@renderer/domain/importers/dedupeKey'

describe('dedupe keys', () => {
  it('fingerprints text the same way on every run and every machine', () => {
    // Pinned: these values are stored with imported entries; changing the algorithm breaks dedupe.
    expect(contentFingerprint('')).toBe('ab3e7c0bebb6c228')
    expect(contentFingerprint('Mend')).toBe('cb4b7513cdc5381f')
    expect(contentFingerprint('2024-01-01\u0000Día de paz')).toBe('960e2774c27f053d')
    expect(contentFingerprint('Mend')).not.toBe(contentFingerprint('mend'))
  })

  it('keys Day One entries by UUID when there is one, by content otherwise', () => {
    expect(dayOneDedupeKey('abc', '2024-01-01T00:00:00.000Z', 'x')).toBe('day-one:uuid:ABC')
    expect(dayOneDedupeKey(null, '2024-01-01T00:00:00.000Z', 'x\r\n')).toBe(
      dayOneDedupeKey(null, '2024-01-01T00:00:00.000Z', 'x'),
    )
    expect(dayOneDedupeKey(null, '2024-01-01T00:00:00.000Z', 'x')).not.toBe(
      dayOneDedupeKey(null, '2024-01-02T00:00:00.000Z', 'x'),
    )
  })

  it('keys Markdown files by day, title and text', () => {
    expect(markdownDedupeKey('2024-01-01', 'T', 'b')).not.toBe(
      markdownDedupeKey('2024-01-01', 'T', 'c'),
    )
    expect(markdownDedupeKey('2024-01-01', 'T ', 'b  \n')).toBe(
      markdownDedupeKey('2024-01-01', 'T', 'b'),
    )
  })
})
