/** Agreement-review notifications as Electron Notifications. Thin glue; the text is fixed. */
import { Notification, type BrowserWindow } from 'electron'
import { reviewNotification } from '@shared/reviewNotification'
import { bringToFront } from './bringToFront'

/** Returns the function the IPC handler calls with the renderer's count of due reviews. */
export function startReviewNotifications(
  getMainWindow: () => BrowserWindow | null,
): (dueCount: number) => void {
  // Held so the click handler is not garbage-collected while the notification is on screen.
  let shown: Notification | null = null
  return (dueCount) => {
    const text = reviewNotification(dueCount)
    if (text === null || !Notification.isSupported()) return
    shown?.close()
    shown = new Notification({ title: text.title, body: text.body })
    shown.on('click', () => bringToFront(getMainWindow()))
    shown.show()
  }
}
