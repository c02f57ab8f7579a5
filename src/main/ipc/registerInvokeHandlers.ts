/** Connects ipcMain to the dispatcher, one channel at a time, for exactly the contract's channels. */
import { BrowserWindow, ipcMain } from 'electron'
import { ipcInvokeChannels } from '@shared/ipc'
import type { DevServerOrigin } from '../security/devServer'
import type { InvokeContext } from './invokeContext'
import { createInvokeDispatcher, type InvokeHandlers } from './invokeDispatcher'
import { isTrustedSender } from './senderOrigin'

export function registerInvokeHandlers(
  handlers: InvokeHandlers<InvokeContext>,
  devServer: DevServerOrigin | null,
): void {
  const dispatch = createInvokeDispatcher<InvokeContext>({
    handlers,
    isTrustedSender: (frame) => isTrustedSender(frame, devServer),
    reportError: (channel, error) => {
      console.error(`Mend: ${channel} failed:`, error instanceof Error ? error.message : error)
    },
  })
  for (const channel of ipcInvokeChannels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const frame = event.senderFrame
      const sender = frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null }
      return dispatch(
        channel,
        sender,
        { window: BrowserWindow.fromWebContents(event.sender) },
        args,
      )
    })
  }
}
