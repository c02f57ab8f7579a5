/**
 * Asks before a window closes while its page holds it: new recovery words on screen, which Mend
 * keeps nowhere to show again. The page tells main through 'window:hold-close' rather than a
 * beforeunload handler, which Electron would answer by silently refusing to close. Thin glue.
 */
import { dialog, type BrowserWindow } from 'electron'
import type { CloseHoldReason } from '@shared/ipc'
import { closeHoldQuestion, closesAfterAnswer } from './closeHoldQuestion'

const heldReasons = new WeakMap<BrowserWindow, CloseHoldReason>()

export function setCloseHold(window: BrowserWindow, reason: CloseHoldReason | null): void {
  if (reason === null) heldReasons.delete(window)
  else heldReasons.set(window, reason)
}

export function askBeforeClosingWhileHeld(window: BrowserWindow): void {
  window.on('close', (event) => {
    const reason = heldReasons.get(window)
    if (reason === undefined) return
    if (closesAfterAnswer(dialog.showMessageBoxSync(window, closeHoldQuestion(reason)))) {
      heldReasons.delete(window)
    } else {
      event.preventDefault()
    }
  })
  // A reload (locking reloads the page) or a crashed page leaves nothing on screen to protect.
  const release = (): void => {
    heldReasons.delete(window)
  }
  window.webContents.on('did-navigate', release)
  window.webContents.on('render-process-gone', release)
}
