import type { WebContents } from 'electron'
import type { IpcEventChannel, IpcEventContract } from '@shared/ipc'

/** The one way main talks to the renderer unasked, typed by the contract. */
export function sendEvent<C extends IpcEventChannel>(
  contents: WebContents,
  channel: C,
  payload: IpcEventContract[C],
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload)
}
