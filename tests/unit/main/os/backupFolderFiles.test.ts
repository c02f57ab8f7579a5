import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  backupFilePath,
  deleteBackupFiles,
  listBackupFiles,
  writeBackupFile,
} from '../../../../src/main/os/backupFolderFiles'

const journalId = '3f9a1c2b7d8e4f5a6b7c8d9e0f1a2b3c'
const name = (day: number, id = journalId): string =>
  `mend-backup-2026-11-${String(day).padStart(2, '0')}-090000Z-${id.slice(0, 8)}.mendbackup`

let root: string
let folder: string

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'mend-backups-'))
  folder = join(root, 'Backups')
  await fs.mkdir(folder)
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

async function filesIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort()
}

describe('backup folder files', () => {
  it('writes a backup under its own name and lists only backup files', async () => {
    await fs.writeFile(join(folder, 'notes.txt'), 'mine')
    await fs.writeFile(join(folder, 'mend-backup-copy.mendbackup'), 'renamed by hand')
    await fs.mkdir(join(folder, name(2)))
    const written = await writeBackupFile(folder, name(1), new Uint8Array([1, 2, 3]))
    expect(written).toEqual({ ok: true, value: 3 })
    expect(await fs.readFile(join(folder, name(1)))).toEqual(Buffer.from([1, 2, 3]))
    expect(await listBackupFiles(folder)).toEqual({ ok: true, value: [name(1)] })
  })

  it('refuses a whole delete request when any name is not a backup name, deleting nothing', async () => {
    await writeBackupFile(folder, name(1), new Uint8Array([1]))
    await fs.writeFile(join(root, 'secret.txt'), 'outside')
    const result = await deleteBackupFiles(folder, [name(1), '../secret.txt'])
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-backup-name')
    expect(await filesIn(folder)).toEqual([name(1)])
    expect(await filesIn(root)).toEqual(['Backups', 'secret.txt'])
  })

  it('refuses to write anything but a backup name, so no path can escape the folder', async () => {
    for (const fileName of ['../escape.mendbackup', '/etc/passwd', 'notes.txt', `../${name(1)}`]) {
      const result = await writeBackupFile(folder, fileName, new Uint8Array([1]))
      expect(result.ok ? 'ok' : result.error.code).toBe('invalid-backup-name')
    }
    expect(await filesIn(folder)).toEqual([])
    expect(await filesIn(root)).toEqual(['Backups'])
    expect(backupFilePath(folder, `..\\${name(1)}`)).toBeNull()
  })

  it('leaves a link named like a backup alone, and counts a file already gone as done', async () => {
    await fs.writeFile(join(root, 'target.txt'), 'not a backup')
    await fs.symlink(join(root, 'target.txt'), join(folder, name(1)))
    const result = await deleteBackupFiles(folder, [name(1), name(2)])
    expect(result).toEqual({ ok: true, value: 0 })
    expect(await filesIn(folder)).toEqual([name(1)])
    expect(await fs.readFile(join(root, 'target.txt'), 'utf8')).toBe('not a backup')
  })

  it('says calmly when the folder cannot be reached', async () => {
    const missing = join(root, 'Unplugged')
    const listed = await listBackupFiles(missing)
    const written = await writeBackupFile(missing, name(1), new Uint8Array([1]))
    expect(listed.ok ? 'ok' : listed.error.code).toBe('backup-folder-unavailable')
    expect(written.ok ? 'ok' : written.error.code).toBe('backup-folder-unavailable')
    expect(written.ok ? '' : written.error.message).toMatch(/connect it|choose another folder/)
  })
})
