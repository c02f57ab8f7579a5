/**
 * Builds window.mend from the IPC contract. Electron-free so it can be unit-tested: index.ts passes
 * in ipcRenderer. The page gets two functions and a string, never ipcRenderer or an IPC event
 * (an event's `sender` would hand the page the whole of ipcRenderer).
 */
import {
  ipcEventChannels,
  ipcInvokeChannels,
  type IpcEventChannel,
  type IpcInvokeChannel,
  type MendBridge,
} from '@shared/ipc'
import { fail } from '@shared/result'

type IpcListener = (event: unknown, payload: unknown) => void

/** The three ipcRenderer methods the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: IpcListener): unknown
  removeListener(channel: string, listener: IpcListener): unknown
}

const invokeChannels: ReadonlySet<string> = new Set(ipcInvokeChannels)
const eventChannels: ReadonlySet<string> = new Set(ipcEventChannels)

const unknownChannel = fail(
  'unknown-channel',
  'Mend tried to use a feature this version does not have, so nothing was done. ' +
    'Updating Mend should fix this.',
)
const bridgeFailed = fail(
  'bridge-failed',
  'Mend’s window lost contact with the rest of the app, so this did not finish. ' +
    'Please restart Mend and try again.',
)

export function createMendBridge(ipc: BridgeIpc, platform: string): MendBridge {
  const invoke = ((channel: IpcInvokeChannel, ...args: unknown[]) => {
    if (!invokeChannels.has(channel)) return Promise.resolve(unknownChannel)
    return ipc.invoke(channel, ...args).catch(() => bridgeFailed)
  }) as MendBridge['invoke']

  const on = ((channel: IpcEventChannel, listener: (payload: unknown) => void) => {
    if (!eventChannels.has(channel)) {
      throw new TypeError(`window.mend.on: "${String(channel)}" is not an event channel`)
    }
    const forward: IpcListener = (_event, payload) => listener(payload)
    ipc.on(channel, forward)
    return () => {
      ipc.removeListener(channel, forward)
    }
  }) as MendBridge['on']

  return Object.freeze({ platform, invoke, on })
}
