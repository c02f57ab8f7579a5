/**
 * The browser Platform (npm run web): download links for saving, file inputs for opening, the
 * Notification API for reminders, and visibilitychange for locking. What a browser cannot do
 * (PDF files, the privacy screen) answers 'unsupported' with a way forward.
 */
import { parseExternalUrl } from '@shared/externalUrl'
import { fail, ok } from '@shared/result'
import { createSecretClipboard, type ClipboardAccess } from '@shared/secretClipboard'
import { onDocumentHidden } from './documentHidden'
import { holdTabClose } from './webCloseHold'
import type { Platform } from './types'
import { pickFiles } from './webFileOpen'
import { saveByDownload, type ObjectUrls } from './webFileSave'
import { createWebReminder, type WebReminderEnvironment } from './webReminder'
import { createWebReviewNotifications } from './webReviewNotifications'

export interface WebPlatformEnvironment extends WebReminderEnvironment {
  readonly document: Document
  readonly objectUrls: ObjectUrls
  readonly openWindow: (url: string, target: string, features: string) => unknown
  /** Shown in Settings › About; the browser build has no packaged version of its own. */
  readonly appVersion: string
  /** Null where the page has no clipboard access (an insecure origin, an old browser). */
  readonly clipboard: ClipboardAccess | null
}

export function browserEnvironment(appVersion = 'web'): WebPlatformEnvironment {
  return {
    document: window.document,
    Notification: 'Notification' in window ? window.Notification : undefined,
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    setTimer: (fire, delayMs) => window.setTimeout(fire, delayMs),
    clearTimer: (timer) => window.clearTimeout(timer),
    objectUrls: {
      create: (blob) => URL.createObjectURL(blob),
      revoke: (url) => URL.revokeObjectURL(url),
    },
    openWindow: (url, target, features) => window.open(url, target, features),
    appVersion,
    clipboard: navigator.clipboard
      ? {
          readText: () => navigator.clipboard.readText(),
          writeText: (text) => navigator.clipboard.writeText(text),
        }
      : null,
  }
}

export function createWebPlatform(
  environment: WebPlatformEnvironment = browserEnvironment(),
): Platform {
  const setReminder = createWebReminder(environment)
  const reviewNotifications = createWebReviewNotifications(environment.Notification)
  const secrets = environment.clipboard
    ? createSecretClipboard(environment.clipboard, {
        setTimeout: (fn, ms) => environment.setTimer(fn, ms),
        clearTimeout: (handle) => environment.clearTimer(handle as ReturnType<typeof environment.setTimer>),
      })
    : null
  return {
    kind: 'web',
    appInfo: async () => ok({ version: environment.appVersion, platform: 'web' }),
    async openExternal(url) {
      const safeUrl = parseExternalUrl(url)
      if (!safeUrl.ok) return safeUrl
      // noopener: the new tab gets no handle back to this page (and so none to the journal).
      environment.openWindow(safeUrl.value, '_blank', 'noopener,noreferrer')
      return ok(undefined)
    },
    saveFile: async (request) =>
      saveByDownload(environment.document, environment.objectUrls, environment.setTimer, request),
    openFiles: (request) => pickFiles(environment.document, request),
    printToPdf: async () =>
      fail(
        'unsupported',
        'Saving a PDF directly works in the desktop app. Here, use your browser’s Print command ' +
          'and choose “Save as PDF” as the printer.',
      ),
    supportsPdfExport: false,
    async copySecret(secret) {
      if (!secrets) return fail('unsupported', 'This browser does not let Mend use the clipboard. Select the text and copy it by hand.')
      try {
        await secrets.copy(secret)
        return ok(undefined)
      } catch {
        return fail('clipboard', 'Mend could not copy to the clipboard. Select the text and copy it by hand.')
      }
    },
    setPrivacyScreen: async (enabled) =>
      enabled
        ? fail(
            'unsupported',
            'A browser tab cannot hide itself from screenshots or screen sharing. ' +
              'The desktop app can, on Windows and macOS.',
          )
        : ok(undefined),
    supportsPrivacyScreen: false,
    setReminder,
    allowReviewNotifications: () => reviewNotifications.allow(),
    notifyReviewsDue: (dueCount) => reviewNotifications.notify(dueCount),
    // A page cannot write into a folder on its own; Settings explains the desktop app can.
    backupFolders: null,
    holdClose: () => holdTabClose(environment.document),
    onLockRequest: (listener) => onDocumentHidden(environment.document, () => listener('hidden')),
  }
}
