import { describe, expect, it } from 'vitest'
import type { IpcInvokeChannel } from '../../../../src/shared/ipc'
import { invokeArgSchemas } from '../../../../src/main/ipc/schemas'

function accepts(channel: IpcInvokeChannel, args: readonly unknown[]): boolean {
  return invokeArgSchemas[channel].safeParse(args).success
}

const folderId = '0123456789abcdef0123456789abcdef'
const fileName = 'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup'

describe('backup channel schemas', () => {
  it('accepts well-formed backup calls', () => {
    expect(accepts('backup:choose-folder', [])).toBe(true)
    expect(accepts('backup:folder-info', [folderId])).toBe(true)
    expect(accepts('backup:write', [{ folderId, fileName, contents: new Uint8Array([1]) }])).toBe(
      true,
    )
    expect(accepts('backup:list', [folderId])).toBe(true)
    expect(accepts('backup:delete', [folderId, [fileName]])).toBe(true)
  })

  it('refuses paths in place of folder ids, whatever the channel', () => {
    for (const id of ['/home/sam/Backups', '../..', 'C:\\Backups', folderId.toUpperCase(), '']) {
      expect(accepts('backup:folder-info', [id])).toBe(false)
      expect(accepts('backup:list', [id])).toBe(false)
    }
  })

  it('refuses any file name that is not a Mend backup name', () => {
    for (const bad of ['../x.mendbackup', `../${fileName}`, '/etc/passwd', 'notes.txt']) {
      expect(
        accepts('backup:write', [{ folderId, fileName: bad, contents: new Uint8Array() }]),
      ).toBe(false)
      expect(accepts('backup:delete', [folderId, [fileName, bad]])).toBe(false)
    }
  })

  it('refuses text contents, extra keys and a folder path smuggled alongside', () => {
    expect(accepts('backup:write', [{ folderId, fileName, contents: 'text' }])).toBe(false)
    expect(
      accepts('backup:write', [{ folderId, fileName, contents: new Uint8Array(), folder: '/tmp' }]),
    ).toBe(false)
    expect(accepts('backup:choose-folder', ['/tmp'])).toBe(false)
  })
})
