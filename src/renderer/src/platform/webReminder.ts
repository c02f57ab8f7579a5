/**
 * The daily reminder in a browser: the Notification API plus a timer, so it only rings while the
 * Mend tab is open. The text is the fixed reminder sentence, never journal content.
 */
import type { ReminderSchedule } from '@shared/ipc'
import { createReminderScheduler, type ReminderScheduler } from '@shared/reminderScheduler'
import { parseReminderTime, reminderNotification } from '@shared/reminderTime'
import { fail, ok, type Result } from '@shared/result'
import { askNotificationPermission, type NotificationApi } from './webNotificationPermission'

export interface WebReminderEnvironment {
  readonly Notification: NotificationApi | undefined
  readonly now: () => number
  readonly timeZone: () => string
  readonly setTimer: (fire: () => void, delayMs: number) => number
  readonly clearTimer: (timer: number) => void
}

export function createWebReminder(
  environment: WebReminderEnvironment,
): (schedule: ReminderSchedule | null) => Promise<Result<void>> {
  let scheduler: ReminderScheduler | null = null

  return async (schedule) => {
    if (schedule === null) {
      scheduler?.set(null)
      return ok(undefined)
    }
    const time = parseReminderTime(schedule.time)
    if (time === null) {
      return fail('invalid-time', 'That reminder time is not valid. Choose a time such as 20:30.')
    }
    const NotificationApi = environment.Notification
    const access = await askNotificationPermission(NotificationApi)
    if (NotificationApi === undefined || access === 'unsupported') {
      return fail(
        'unsupported',
        'This browser cannot show notifications, so the reminder cannot appear. ' +
          'The desktop app can remind you instead.',
      )
    }
    if (access !== 'granted') {
      return fail(
        'notifications-blocked',
        'Your browser is blocking notifications from Mend, so the reminder cannot appear. ' +
          'Allow notifications for this page in the browser’s site settings, then turn the reminder on again.',
      )
    }
    scheduler ??= createReminderScheduler({
      now: environment.now,
      timeZone: environment.timeZone,
      setTimer: environment.setTimer,
      clearTimer: environment.clearTimer,
      notify: () => {
        new NotificationApi(reminderNotification.title, {
          body: reminderNotification.body,
          tag: 'mend-reminder',
        })
      },
    })
    scheduler.set(time)
    return ok(undefined)
  }
}
