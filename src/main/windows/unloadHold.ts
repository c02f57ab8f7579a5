/** Finishes saving before the window closes (see unloadHoldPolicy.ts). Thin glue. */
import { app, dialog, type BrowserWindow } from 'electron'
import { closeAgainDelayMs, createUnloadHoldPolicy } from './unloadHoldPolicy'

export function finishSavingBeforeClose(window: BrowserWindow): void {
  const policy = createUnloadHoldPolicy(() => Date.now())
  let quitting = false
  app.on('before-quit', () => {
    quitting = true
  })
  window.webContents.on('will-prevent-unload', (event) => {
    if (policy.onHeld() === 'close-again-soon') {
      setTimeout(() => {
        if (quitting) app.quit()
        else if (!window.isDestroyed()) window.close()
      }, closeAgainDelayMs)
      return
    }
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep Mend open', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Some of your writing has not been saved yet.',
      detail: 'Mend could not finish saving your last changes. If you close now, they will be lost.',
    })
    // preventDefault here overrides the page's hold and lets it close.
    if (choice === 1) event.preventDefault()
    else quitting = false
  })
}
