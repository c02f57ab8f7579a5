import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createBackupFolderService } from '../../../../src/main/os/backupFolderService'
import { loadBackupFolders } from '../../../../src/main/os/backupFolderStore'

const backupName = 'mend-backup-2026-11-25-143005Z-3f9a1c2b.mendbackup'
let root: string
let storePath: string
let ids: number

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'mend-folder-store-'))
  storePath = join(root, 'backup-folders.json')
  ids = 0
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const idFor = (n: number) => String(n).padStart(32, '0')
const nextId = () => idFor(++ids)

describe('createBackupFolderService', () => {
  it('remembers a chosen folder under an opaque id, the same id when chosen again', async () => {
    const folder = join(root, 'Backups')
    await fs.mkdir(folder)
    const service = createBackupFolderService(storePath, nextId)
    const first = await service.remember(folder)
    const again = await service.remember(folder)
    expect(first).toEqual({
      ok: true,
      value: { folderId: idFor(1), location: folder, available: true },
    })
    expect(again).toEqual(first)
    expect(await loadBackupFolders(storePath)).toEqual([{ id: idFor(1), path: folder }])
  })

  it('writes, lists and deletes backups through the folder id only', async () => {
    const folder = join(root, 'Backups')
    await fs.mkdir(folder)
    const service = createBackupFolderService(storePath, nextId)
    const remembered = await service.remember(folder)
    if (!remembered.ok) throw new Error(remembered.error.message)
    const { folderId } = remembered.value
    const contents = new Uint8Array([7, 7])
    expect(await service.write({ folderId, fileName: backupName, contents })).toEqual({
      ok: true,
      value: { fileName: backupName, bytesWritten: 2 },
    })
    expect(await service.list(folderId)).toEqual({ ok: true, value: [backupName] })
    expect(await service.delete(folderId, [backupName])).toEqual({ ok: true, value: 1 })
    expect(await fs.readdir(folder)).toEqual([])
  })

  it('refuses an unknown folder id with a way forward, and reports an unplugged folder', async () => {
    const service = createBackupFolderService(storePath, nextId)
    const unknown = await service.list('f'.repeat(32))
    expect(unknown.ok ? '' : unknown.error.message).toContain('Choose the folder again')
    expect(await service.info('f'.repeat(32))).toEqual({ ok: true, value: null })
    const gone = join(root, 'Stick')
    await fs.mkdir(gone)
    const remembered = await service.remember(gone)
    await fs.rmdir(gone)
    if (!remembered.ok) throw new Error(remembered.error.message)
    const info = await service.info(remembered.value.folderId)
    expect(info.ok && info.value?.available).toBe(false)
  })

  it('ignores a store file that was edited into something else', async () => {
    await fs.writeFile(storePath, JSON.stringify({ folders: [{ id: '../x', path: 'relative' }] }))
    expect(await loadBackupFolders(storePath)).toEqual([])
  })
})
