import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildAppMenuTemplate } from '../../../../src/main/menu/appMenuTemplate'

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function roles(platform: string, isDevelopment = false): string[] {
  const template = buildAppMenuTemplate({
    platform,
    appName: 'Mend',
    isDevelopment,
    onLock: () => undefined,
  })
  return flatten(template).flatMap((item) => (item.role === undefined ? [] : [item.role]))
}

describe('buildAppMenuTemplate', () => {
  it('has a Lock item on Ctrl/Cmd+L that asks the renderer to lock', () => {
    const locks: string[] = []
    const template = buildAppMenuTemplate({
      platform: 'linux',
      appName: 'Mend',
      isDevelopment: false,
      onLock: () => locks.push('menu'),
    })
    const lock = flatten(template).find((item) => item.id === 'lock')
    expect(lock?.accelerator).toBe('CmdOrCtrl+L')
    expect(lock?.label).toBe('Lock Journal')
    ;(lock?.click as () => void)()
    expect(locks).toEqual(['menu'])
  })

  it('keeps the standard editing, zoom and window roles', () => {
    const linux = roles('linux')
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'quit']) {
      expect(linux).toContain(role)
    }
  })

  it('adds the macOS application menu on a Mac', () => {
    const mac = roles('darwin')
    for (const role of ['about', 'hide', 'hideOthers', 'unhide', 'quit', 'front']) {
      expect(mac).toContain(role)
    }
    expect(roles('win32')).not.toContain('hide')
  })

  it('offers reload and DevTools only while developing', () => {
    expect(roles('linux')).not.toContain('toggleDevTools')
    expect(roles('linux')).not.toContain('reload')
    expect(roles('linux', true)).toContain('toggleDevTools')
  })
})
