import type { BrowserWindow } from 'electron'
import type { InvokeHandler } from './invokeDispatcher'
import type { IpcInvokeChannel } from '@shared/ipc'

/** What a handler knows about its caller: the window, to parent dialogs on it. */
export interface InvokeContext {
  readonly window: BrowserWindow | null
}

export type MainInvokeHandlers<C extends IpcInvokeChannel> = {
  readonly [K in C]: InvokeHandler<K, InvokeContext>
}
