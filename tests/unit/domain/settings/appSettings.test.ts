import { describe, expect, it } from 'vitest'
import { defaultSettings, readSettings } from '@renderer/domain/settings/appSettings'

describe('readSettings', () => {
  it('keeps review notifications off until the person turns them on', () => {
    expect(defaultSettings.reviewNotifications).toEqual({ enabled: false, lastNotifiedOn: null })
    expect(readSettings({ idleLockMinutes: 5 }).reviewNotifications).toEqual({
      enabled: false,
      lastNotifiedOn: null,
    })
  })

  it('reads the review setting and the day Mend last notified', () => {
    const settings = readSettings({
      reviewNotifications: { enabled: true, lastNotifiedOn: '2026-03-25' },
    })
    expect(settings.reviewNotifications).toEqual({ enabled: true, lastNotifiedOn: '2026-03-25' })
  })

  it('drops a last-notified day that is not a real calendar day', () => {
    for (const lastNotifiedOn of ['2026-02-30', 'yesterday', 20260325, null]) {
      const settings = readSettings({ reviewNotifications: { enabled: 'yes', lastNotifiedOn } })
      expect(settings.reviewNotifications).toEqual({ enabled: false, lastNotifiedOn: null })
    }
  })
})
