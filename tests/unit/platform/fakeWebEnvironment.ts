import type { WebPlatformEnvironment } from '../../../src/renderer/src/platform/webPlatform'
import type { NotificationApi } from '../../../src/renderer/src/platform/webNotificationPermission'

/** A browser environment whose clock, timers, windows and notifications a test controls. */
export function fakeWebEnvironment(overrides: Partial<WebPlatformEnvironment> = {}) {
  const opened: { url: string; target: string; features: string }[] = []
  const created: Blob[] = []
  const revoked: string[] = []
  const scheduled: { work: () => void; delayMs: number }[] = []
  const clock = { now: Date.parse('2026-06-10T08:00:00Z') }
  const environment: WebPlatformEnvironment = {
    document,
    Notification: undefined,
    now: () => clock.now,
    timeZone: () => 'UTC',
    setTimer: (work, delayMs) => scheduled.push({ work, delayMs }),
    clearTimer: () => undefined,
    objectUrls: {
      create: (blob) => {
        created.push(blob)
        return `blob:mend/${created.length}`
      },
      revoke: (url) => void revoked.push(url),
    },
    openWindow: (url, target, features) => opened.push({ url, target, features }),
    appVersion: '1.2.3',
    clipboard: null,
    ...overrides,
  }
  /** Moves the clock on and runs the timer set last, as the browser would when it is due. */
  const fireLastTimer = () => {
    const timer = scheduled.at(-1)
    if (timer === undefined) return
    clock.now += timer.delayMs
    timer.work()
  }
  return { environment, opened, created, revoked, scheduled, fireLastTimer }
}

/** A Notification constructor stand-in that records what it would have shown. */
export function fakeNotificationApi(
  permission: NotificationPermission,
  answer: NotificationPermission = permission,
) {
  const shown: { title: string; options: NotificationOptions | undefined }[] = []
  let asked = 0
  const Api = class {
    static permission: NotificationPermission = permission
    static async requestPermission() {
      asked += 1
      // As a browser does: the answer is kept and reported from then on.
      this.permission = answer
      return answer
    }
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options })
    }
  } satisfies NotificationApi
  return { Api, shown, asked: () => asked }
}

export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}
