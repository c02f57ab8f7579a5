import { describe, expect, it } from 'vitest'
import { bringToFront, type FrontableWindow } from '../../../../src/main/os/bringToFront'
import { lockingPowerEvents } from '../../../../src/main/os/powerEvents'
import { privacyScreenDecision, supportsPrivacyScreen } from '../../../../src/main/os/privacyScreen'

function fakeWindow(state: { minimized: boolean; visible: boolean; destroyed?: boolean }) {
  const calls: string[] = []
  const window: FrontableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized,
    restore: () => calls.push('restore'),
    isVisible: () => state.visible,
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  }
  return { window, calls }
}

describe('bringToFront (second instance)', () => {
  it('restores a minimised window and focuses it', () => {
    const { window, calls } = fakeWindow({ minimized: true, visible: true })
    bringToFront(window)
    expect(calls).toEqual(['restore', 'focus'])
  })

  it('shows a hidden window before focusing it', () => {
    const { window, calls } = fakeWindow({ minimized: false, visible: false })
    bringToFront(window)
    expect(calls).toEqual(['show', 'focus'])
  })

  it('does nothing when there is no live window yet', () => {
    const { window, calls } = fakeWindow({ minimized: true, visible: false, destroyed: true })
    bringToFront(window)
    bringToFront(null)
    expect(calls).toEqual([])
  })
})

describe('privacy screen', () => {
  it('is available on macOS and Windows only', () => {
    expect(supportsPrivacyScreen('darwin')).toBe(true)
    expect(supportsPrivacyScreen('win32')).toBe(true)
    expect(supportsPrivacyScreen('linux')).toBe(false)
  })

  it('says honestly when it cannot work, and always allows turning it off', () => {
    const refused = privacyScreenDecision('linux', true)
    expect(refused.ok ? null : refused.error.code).toBe('unsupported')
    expect(privacyScreenDecision('linux', false).ok).toBe(true)
    expect(privacyScreenDecision('win32', true).ok).toBe(true)
  })
})

describe('lockingPowerEvents', () => {
  it('locks the journal when the computer sleeps or the screen locks', () => {
    expect(lockingPowerEvents).toEqual([
      { event: 'suspend', reason: 'suspend' },
      { event: 'lock-screen', reason: 'screen-locked' },
    ])
  })
})
