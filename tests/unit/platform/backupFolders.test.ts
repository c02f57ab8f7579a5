// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { MendBridge } from '../../../src/shared/ipc'
import { createElectronPlatform } from '../../../src/renderer/src/platform/electronPlatform'
import { createWebPlatform } from '../../../src/renderer/src/platform/webPlatform'
import { fakeWebEnvironment } from './fakeWebEnvironment'

describe('backup folders on each platform', () => {
  it('sends every folder call to its backup channel in the desktop app', async () => {
    const invoked: unknown[][] = []
    const bridge = {
      platform: 'linux',
      invoke: async (...args: unknown[]) => {
        invoked.push(args)
        return { ok: true, value: null }
      },
      on: () => () => undefined,
    } as MendBridge
    const folders = createElectronPlatform(bridge, document).backupFolders
    const folderId = '0123456789abcdef0123456789abcdef'
    const fileName = 'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup'
    const contents = new Uint8Array([1, 2])
    await folders?.choose()
    await folders?.describe(folderId)
    await folders?.write(folderId, fileName, contents)
    await folders?.list(folderId)
    await folders?.delete(folderId, [fileName])
    expect(invoked).toEqual([
      ['backup:choose-folder'],
      ['backup:folder-info', folderId],
      ['backup:write', { folderId, fileName, contents }],
      ['backup:list', folderId],
      ['backup:delete', folderId, [fileName]],
    ])
  })

  it('offers no folder in a browser, which cannot write one on its own', () => {
    expect(createWebPlatform(fakeWebEnvironment().environment).backupFolders).toBeNull()
  })
})
