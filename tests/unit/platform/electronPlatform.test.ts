// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { MendBridge } from '../../../src/shared/ipc'
import { createElectronPlatform } from '../../../src/renderer/src/platform/electronPlatform'
import { setVisibility } from './fakeWebEnvironment'

afterEach(() => setVisibility('visible'))

function fakeBridge(platform: string) {
  const invoked: unknown[][] = []
  const lockListeners = new Set<(reason: 'menu' | 'suspend' | 'screen-locked') => void>()
  const bridge = {
    platform,
    invoke: async (...args: unknown[]) => {
      invoked.push(args)
      return { ok: true, value: null }
    },
    on: (
      _channel: 'app:lock',
      listener: (reason: 'menu' | 'suspend' | 'screen-locked') => void,
    ) => {
      lockListeners.add(listener)
      return () => void lockListeners.delete(listener)
    },
  } as MendBridge
  return { bridge, invoked, lockListeners }
}

describe('createElectronPlatform', () => {
  it('sends each call to its channel of the contract', async () => {
    const { bridge, invoked } = fakeBridge('linux')
    const platform = createElectronPlatform(bridge, document)
    const save = { suggestedName: 'a.md', filters: [], contents: 'x' }
    const open = { filters: [], multiple: false, maxBytes: 10 }
    const pdf = { safeHtml: '<p/>', suggestedName: 'a.pdf' }
    await platform.appInfo()
    await platform.openExternal('https://example.org/')
    await platform.saveFile(save)
    await platform.openFiles(open)
    await platform.printToPdf(pdf)
    await platform.setPrivacyScreen(true)
    await platform.setReminder({ time: '20:30' })
    await platform.notifyReviewsDue(2)
    expect(invoked).toEqual([
      ['app:info'],
      ['shell:open-external', 'https://example.org/'],
      ['file:save', save],
      ['file:open', open],
      ['export:pdf', pdf],
      ['window:set-privacy-screen', true],
      ['reminder:set', { time: '20:30' }],
      ['reminder:notify-reviews', 2],
    ])
  })

  it('needs no permission for review notifications: main shows them', async () => {
    const { bridge, invoked } = fakeBridge('linux')
    const platform = createElectronPlatform(bridge, document)
    expect(await platform.allowReviewNotifications()).toEqual({ ok: true, value: undefined })
    expect(invoked).toEqual([])
  })

  it('offers the privacy screen on macOS and Windows only, and PDF files everywhere', () => {
    expect(
      createElectronPlatform(fakeBridge('darwin').bridge, document).supportsPrivacyScreen,
    ).toBe(true)
    expect(createElectronPlatform(fakeBridge('win32').bridge, document).supportsPrivacyScreen).toBe(
      true,
    )
    const linux = createElectronPlatform(fakeBridge('linux').bridge, document)
    expect(linux.supportsPrivacyScreen).toBe(false)
    expect(linux.supportsPdfExport).toBe(true)
    expect(linux.kind).toBe('electron')
  })

  it('passes on main’s lock requests and the window being hidden, until unsubscribed', () => {
    const { bridge, lockListeners } = fakeBridge('linux')
    const reasons: string[] = []
    const stop = createElectronPlatform(bridge, document).onLockRequest((reason) =>
      reasons.push(reason),
    )
    for (const listener of lockListeners) listener('suspend')
    setVisibility('hidden')
    stop()
    setVisibility('hidden')
    expect(reasons).toEqual(['suspend', 'hidden'])
    expect(lockListeners.size).toBe(0)
  })
})
