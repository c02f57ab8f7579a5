import { describe, expect, it } from 'vitest'
import { defaultExportOptions } from '@renderer/domain/share/exportOptions'

describe('what an export shares by default', () => {
  it('leaves out private notes, ratings and tags until the person ticks them', () => {
    const options = defaultExportOptions('en-GB', 'Europe/London')
    expect(options.includePrivateNotes).toBe(false)
    expect(options.includeRatings).toBe(false)
    expect(options.includeTags).toBe(false)
  })

  it('writes dates in the given locale and time zone', () => {
    expect(defaultExportOptions('de-DE', 'Europe/Berlin')).toMatchObject({ locale: 'de-DE', timeZone: 'Europe/Berlin' })
  })
})
