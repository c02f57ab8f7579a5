// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { MendBridge } from '../../../src/shared/ipc'
import { createPlatform } from '../../../src/renderer/src/platform/createPlatform'

describe('createPlatform', () => {
  it('uses the desktop bridge when the preload provided one', () => {
    const mend = { platform: 'linux', invoke: async () => null, on: () => () => undefined }
    expect(createPlatform({ mend: mend as unknown as MendBridge, document }).kind).toBe('electron')
  })

  it('falls back to the browser when there is no bridge, or something else in its place', () => {
    expect(createPlatform({ document }).kind).toBe('web')
    const impostor = { invoke: 'not a function' } as unknown as MendBridge
    expect(createPlatform({ mend: impostor, document }).kind).toBe('web')
  })

  it('reads the real window by default', () => {
    expect(createPlatform().kind).toBe('web')
  })
})
