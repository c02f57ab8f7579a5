/**
 * Agreement-review notifications in a browser, through the Notification API. Permission is asked
 * only when the person turns the setting on; later notifications never ask (a browser ignores a
 * request made without a click, and asking out of the blue would be rude anyway).
 */
import { reviewNotification } from '@shared/reviewNotification'
import { fail, ok, type Result } from '@shared/result'
import { askNotificationPermission, type NotificationApi } from './webNotificationPermission'

export interface WebReviewNotifications {
  allow(): Promise<Result<void>>
  notify(dueCount: number): Promise<Result<void>>
}

const unsupported = fail(
  'unsupported',
  'This browser cannot show notifications, so Mend cannot tell you when a review is due. ' +
    'Reviews still appear at the top of Agreements, and the desktop app can notify you.',
)

const blocked = fail(
  'notifications-blocked',
  'Your browser is blocking notifications from Mend, so it cannot tell you when a review is due. ' +
    'Allow notifications for this page in the browser’s site settings, then turn this on again.',
)

export function createWebReviewNotifications(
  NotificationApi: NotificationApi | undefined,
): WebReviewNotifications {
  return {
    async allow() {
      const access = await askNotificationPermission(NotificationApi)
      if (access === 'unsupported') return unsupported
      return access === 'granted' ? ok(undefined) : blocked
    },
    async notify(dueCount) {
      const text = reviewNotification(dueCount)
      if (text === null) return ok(undefined)
      if (NotificationApi === undefined) return unsupported
      if (NotificationApi.permission !== 'granted') return blocked
      // One tag: a newer count replaces an older notification instead of stacking beside it.
      new NotificationApi(text.title, { body: text.body, tag: 'mend-review' })
      return ok(undefined)
    },
  }
}
