import { describe, expect, it } from 'vitest'
import { createMendBridge, type BridgeIpc } from '../../../../src/preload/createBridge'

type Listener = (event: unknown, payload: unknown) => void

function fakeIpc(answer: (channel: string, args: unknown[]) => Promise<unknown>) {
  const invoked: { channel: string; args: unknown[] }[] = []
  const listeners = new Map<string, Set<Listener>>()
  const ipc: BridgeIpc = {
    invoke: (channel, ...args) => {
      invoked.push({ channel, args })
      return answer(channel, args)
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  }
  const emit = (channel: string, payload: unknown) => {
    // What a real IPC event would carry: a sender with the whole ipcRenderer on it.
    const event = { sender: { send: () => 'raw ipc' } }
    for (const listener of listeners.get(channel) ?? []) listener(event, payload)
  }
  return { ipc, invoked, listeners, emit }
}

describe('createMendBridge', () => {
  it('exposes exactly platform, invoke and on, frozen', () => {
    const bridge = createMendBridge(fakeIpc(async () => null).ipc, 'linux')
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'platform'])
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(bridge.platform).toBe('linux')
  })

  it('forwards a contract channel with its arguments and returns main’s answer', async () => {
    const { ipc, invoked } = fakeIpc(async () => ({ ok: true, value: undefined }))
    const bridge = createMendBridge(ipc, 'linux')
    await expect(bridge.invoke('window:set-privacy-screen', true)).resolves.toEqual({
      ok: true,
      value: undefined,
    })
    expect(invoked).toEqual([{ channel: 'window:set-privacy-screen', args: [true] }])
  })

  it('refuses a channel outside the contract without sending anything', async () => {
    const { ipc, invoked } = fakeIpc(async () => null)
    const bridge = createMendBridge(ipc, 'linux')
    const invokeAny = bridge.invoke as (channel: string, ...args: unknown[]) => Promise<unknown>
    await expect(invokeAny('fs:read', '/etc/passwd')).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    })
    expect(invoked).toEqual([])
  })

  it('turns a broken IPC link into a calm error instead of a rejection', async () => {
    const bridge = createMendBridge(fakeIpc(() => Promise.reject(new Error('gone'))).ipc, 'linux')
    await expect(bridge.invoke('app:info')).resolves.toMatchObject({
      ok: false,
      error: { code: 'bridge-failed' },
    })
  })

  it('delivers only the payload of an event, never the IPC event itself', () => {
    const { ipc, emit } = fakeIpc(async () => null)
    const bridge = createMendBridge(ipc, 'linux')
    const received: unknown[][] = []
    bridge.on('app:lock', (...args: unknown[]) => received.push(args))
    emit('app:lock', 'suspend')
    expect(received).toEqual([['suspend']])
  })

  it('returns an unsubscribe function that removes exactly that listener', () => {
    const { ipc, emit, listeners } = fakeIpc(async () => null)
    const bridge = createMendBridge(ipc, 'linux')
    const received: string[] = []
    const stop = bridge.on('app:lock', (reason) => received.push(reason))
    stop()
    emit('app:lock', 'menu')
    expect(received).toEqual([])
    expect(listeners.get('app:lock')?.size).toBe(0)
  })

  it('refuses to subscribe to a channel that is not an event of the contract', () => {
    const bridge = createMendBridge(fakeIpc(async () => null).ipc, 'linux')
    const onAny = bridge.on as (channel: string, listener: () => void) => () => void
    expect(() => onAny('ELECTRON_BROWSER_REQUIRE', () => undefined)).toThrow(TypeError)
  })
})
