/**
 * The desktop Platform: a thin typed wrapper over window.mend (the preload bridge). Main does the
 * real work and the checking; this only forwards and adds the page's own 'hidden' signal.
 */
import type { MendBridge } from '@shared/ipc'
import { ok } from '@shared/result'
import { onDocumentHidden } from './documentHidden'
import { createElectronCloseHold } from './electronCloseHold'
import type { Platform } from './types'

export function createElectronPlatform(bridge: MendBridge, document: Document): Platform {
  return {
    kind: 'electron',
    appInfo: () => bridge.invoke('app:info'),
    openExternal: (url) => bridge.invoke('shell:open-external', url),
    saveFile: (request) => bridge.invoke('file:save', request),
    openFiles: (request) => bridge.invoke('file:open', request),
    printToPdf: (request) => bridge.invoke('export:pdf', request),
    supportsPdfExport: true,
    setPrivacyScreen: (enabled) => bridge.invoke('window:set-privacy-screen', enabled),
    // Matches main's privacyScreen.ts: only macOS and Windows can hide a window from capture.
    supportsPrivacyScreen: bridge.platform === 'darwin' || bridge.platform === 'win32',
    setReminder: (schedule) => bridge.invoke('reminder:set', schedule),
    // Main's Notification needs no permission, and the page's own requests are always refused.
    allowReviewNotifications: async () => ok(undefined),
    notifyReviewsDue: (dueCount) => bridge.invoke('reminder:notify-reviews', dueCount),
    copySecret: (secret) => bridge.invoke('clipboard:copy-secret', secret),
    backupFolders: {
      choose: () => bridge.invoke('backup:choose-folder'),
      describe: (folderId) => bridge.invoke('backup:folder-info', folderId),
      write: (folderId, fileName, contents) =>
        bridge.invoke('backup:write', { folderId, fileName, contents }),
      list: (folderId) => bridge.invoke('backup:list', folderId),
      delete: (folderId, fileNames) => bridge.invoke('backup:delete', folderId, fileNames),
    },
    holdClose: createElectronCloseHold(bridge),
    onLockRequest(listener) {
      const stopMain = bridge.on('app:lock', listener)
      const stopHidden = onDocumentHidden(document, () => listener('hidden'))
      return () => {
        stopMain()
        stopHidden()
      }
    },
  }
}
