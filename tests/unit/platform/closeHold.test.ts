// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { MendBridge } from '../../../src/shared/ipc'
import { createElectronCloseHold } from '../../../src/renderer/src/platform/electronCloseHold'
import { holdTabClose } from '../../../src/renderer/src/platform/webCloseHold'

afterEach(() => document.body.classList.remove('locking'))

function leave(): BeforeUnloadEvent {
  const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent
  window.dispatchEvent(event)
  return event
}

describe('holding the browser tab open', () => {
  it('asks before leaving while held, and not after it lets go', () => {
    const release = holdTabClose(document)
    expect(leave().defaultPrevented).toBe(true)
    release()
    expect(leave().defaultPrevented).toBe(false)
  })

  it('never holds the reload that locking does', () => {
    const release = holdTabClose(document)
    document.body.classList.add('locking')
    expect(leave().defaultPrevented).toBe(false)
    release()
  })
})

describe('holding the desktop window open', () => {
  function fakeBridge() {
    const invoked: unknown[][] = []
    const bridge = {
      platform: 'linux',
      invoke: async (...args: unknown[]) => {
        invoked.push(args)
        return { ok: true, value: undefined }
      },
    } as unknown as MendBridge
    return { bridge, invoked }
  }

  it('tells main once when the first hold starts and once when the last one ends', () => {
    const { bridge, invoked } = fakeBridge()
    const hold = createElectronCloseHold(bridge)
    const first = hold('recovery-words')
    const second = hold('recovery-words')
    first()
    first()
    expect(invoked).toEqual([['window:hold-close', 'recovery-words']])
    second()
    expect(invoked).toEqual([
      ['window:hold-close', 'recovery-words'],
      ['window:hold-close', null],
    ])
  })
})
