/** The daily reminder as an Electron Notification, re-armed after sleep. Thin glue. */
import { Notification, powerMonitor, type BrowserWindow } from 'electron'
import { reminderNotification } from '@shared/reminderTime'
import { bringToFront } from './bringToFront'
import { createReminderScheduler, type ReminderScheduler } from '@shared/reminderScheduler'

export function startReminders(getMainWindow: () => BrowserWindow | null): ReminderScheduler {
  // Held so the click handler is not garbage-collected while the notification is on screen.
  let shown: Notification | null = null
  const scheduler = createReminderScheduler<NodeJS.Timeout>({
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    setTimer: (fire, delayMs) => setTimeout(fire, delayMs),
    clearTimer: (timer) => clearTimeout(timer),
    notify: () => {
      if (!Notification.isSupported()) return
      shown = new Notification({
        title: reminderNotification.title,
        body: reminderNotification.body,
      })
      shown.on('click', () => bringToFront(getMainWindow()))
      shown.show()
    },
  })
  powerMonitor.on('resume', () => scheduler.refresh())
  return scheduler
}
