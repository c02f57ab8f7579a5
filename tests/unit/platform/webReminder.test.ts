// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createWebReminder } from '../../../src/renderer/src/platform/webReminder'
import { fakeNotificationApi, fakeWebEnvironment } from './fakeWebEnvironment'

describe('createWebReminder', () => {
  it('asks for permission once, then rings at the chosen time with the fixed text only', async () => {
    const notifications = fakeNotificationApi('default', 'granted')
    const { environment, scheduled, fireLastTimer } = fakeWebEnvironment({
      Notification: notifications.Api,
    })
    const setReminder = createWebReminder(environment)

    expect(await setReminder({ time: '20:30' })).toEqual({ ok: true, value: undefined })
    expect(notifications.asked()).toBe(1)
    // 08:00 → 20:30 UTC.
    expect(scheduled[0]?.delayMs).toBe(12.5 * 60 * 60 * 1000)

    fireLastTimer()
    expect(notifications.shown).toEqual([
      {
        title: 'Mend',
        options: {
          body: "A quiet moment for your journal, whenever you're ready.",
          tag: 'mend-reminder',
        },
      },
    ])
    // …and is armed again for the next evening.
    expect(scheduled.at(-1)?.delayMs).toBe(24 * 60 * 60 * 1000)
  })

  it('explains how to allow notifications when the browser blocks them', async () => {
    const notifications = fakeNotificationApi('denied')
    const { environment, scheduled } = fakeWebEnvironment({ Notification: notifications.Api })
    const result = await createWebReminder(environment)({ time: '20:30' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('notifications-blocked')
      expect(result.error.message).toMatch(/site settings/)
    }
    expect(notifications.asked()).toBe(0)
    expect(scheduled).toEqual([])
  })

  it('says so when the browser has no notifications at all', async () => {
    const result = await createWebReminder(fakeWebEnvironment().environment)({ time: '20:30' })
    expect(result.ok ? null : result.error.code).toBe('unsupported')
  })

  it('refuses a time that is not HH:MM', async () => {
    const notifications = fakeNotificationApi('granted')
    const { environment } = fakeWebEnvironment({ Notification: notifications.Api })
    const result = await createWebReminder(environment)({ time: '8pm' })
    expect(result.ok ? null : result.error.code).toBe('invalid-time')
  })

  it('turns the reminder off without asking for anything', async () => {
    const notifications = fakeNotificationApi('default')
    const { environment } = fakeWebEnvironment({ Notification: notifications.Api })
    expect(await createWebReminder(environment)(null)).toEqual({ ok: true, value: undefined })
    expect(notifications.asked()).toBe(0)
  })
})
