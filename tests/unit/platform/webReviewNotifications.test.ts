// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createWebPlatform } from '../../../src/renderer/src/platform/webPlatform'
import { fakeNotificationApi, fakeWebEnvironment } from './fakeWebEnvironment'

function platformWith(notifications?: ReturnType<typeof fakeNotificationApi>) {
  return createWebPlatform(fakeWebEnvironment({ Notification: notifications?.Api }).environment)
}

describe('review notifications in a browser', () => {
  it('asks for permission when the person turns them on, then shows only the fixed text', async () => {
    const notifications = fakeNotificationApi('default', 'granted')
    const platform = platformWith(notifications)
    expect(await platform.allowReviewNotifications()).toEqual({ ok: true, value: undefined })
    expect(await platform.notifyReviewsDue(2)).toEqual({ ok: true, value: undefined })
    expect(notifications.shown).toEqual([
      { title: 'Mend', options: { body: '2 agreements are due for review.', tag: 'mend-review' } },
    ])
    expect(notifications.asked()).toBe(1)
  })

  it('explains how to allow notifications when the browser refuses', async () => {
    const notifications = fakeNotificationApi('default', 'denied')
    const result = await platformWith(notifications).allowReviewNotifications()
    expect(result.ok ? null : result.error.code).toBe('notifications-blocked')
    expect(result.ok ? '' : result.error.message).toMatch(/site settings.*turn this on again/)
  })

  it('never asks for permission when notifying, and shows nothing without it', async () => {
    const notifications = fakeNotificationApi('default')
    const result = await platformWith(notifications).notifyReviewsDue(1)
    expect(result.ok ? null : result.error.code).toBe('notifications-blocked')
    expect(notifications.asked()).toBe(0)
    expect(notifications.shown).toEqual([])
  })

  it('shows nothing for a count of zero or one out of range', async () => {
    const notifications = fakeNotificationApi('granted')
    const platform = platformWith(notifications)
    for (const count of [0, -1, 2.5, 1_000_000]) {
      expect((await platform.notifyReviewsDue(count)).ok).toBe(true)
    }
    expect(notifications.shown).toEqual([])
  })

  it('says so when the browser has no notifications at all', async () => {
    const platform = platformWith()
    const allowed = await platform.allowReviewNotifications()
    expect(allowed.ok ? null : allowed.error.code).toBe('unsupported')
    expect(allowed.ok ? '' : allowed.error.message).toMatch(/top of Agreements/)
  })
})
