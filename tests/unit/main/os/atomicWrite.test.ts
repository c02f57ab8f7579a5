import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic, type AtomicWriteFileSystem } from '../../../../src/main/os/atomicWrite'

let folder: string

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'mend-atomic-'))
})

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true })
})

function errorWithCode(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** The real file system, except that writing data fails part-way with the given code. */
function failingWrites(code: string): AtomicWriteFileSystem {
  return {
    rename: fs.rename,
    unlink: fs.unlink,
    async open(path, flags, mode) {
      const handle = await fs.open(path, flags, mode)
      return {
        async writeFile(data) {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3))
          throw errorWithCode(code)
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      }
    },
  }
}

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and reports the byte count', async () => {
    const target = join(folder, 'entry.md')
    const result = await writeFileAtomic(target, 'Café ☕')
    expect(result).toEqual({ ok: true, value: Buffer.byteLength('Café ☕') })
    expect(await fs.readFile(target, 'utf8')).toBe('Café ☕')
  })

  it('writes bytes as they are and replaces an existing file', async () => {
    const target = join(folder, 'backup.mendbackup')
    await fs.writeFile(target, 'old')
    await writeFileAtomic(target, new Uint8Array([0, 1, 2, 255]))
    expect([...(await fs.readFile(target))]).toEqual([0, 1, 2, 255])
  })

  it('leaves no temporary file behind after success', async () => {
    await writeFileAtomic(join(folder, 'a.txt'), 'a')
    expect(await fs.readdir(folder)).toEqual(['a.txt'])
  })

  it('makes the saved file readable by its owner only', async () => {
    const target = join(folder, 'private.txt')
    await writeFileAtomic(target, 'secret')
    if (process.platform !== 'win32') expect((await fs.stat(target)).mode & 0o777).toBe(0o600)
  })

  it('leaves no file under the chosen name when the disk fills up, and says so plainly', async () => {
    const target = join(folder, 'export.pdf')
    const result = await writeFileAtomic(target, 'a long export', failingWrites('ENOSPC'))
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'disk-full',
        message:
          "There isn't enough space on the disk to save this file. Free some space and try again.",
      },
    })
    expect(await fs.readdir(folder)).toEqual([])
  })

  it('keeps the previous file intact when a replacement fails', async () => {
    const target = join(folder, 'backup.mendbackup')
    await fs.writeFile(target, 'previous backup')
    const result = await writeFileAtomic(target, 'new backup', failingWrites('EIO'))
    expect(result.ok ? null : result.error.code).toBe('write-failed')
    expect(await fs.readFile(target, 'utf8')).toBe('previous backup')
    expect(await fs.readdir(folder)).toEqual(['backup.mendbackup'])
  })

  it('cleans up when the final rename fails (a folder already has the name)', async () => {
    const target = join(folder, 'taken')
    await fs.mkdir(target)
    await fs.writeFile(join(target, 'inside.txt'), 'x')
    const result = await writeFileAtomic(target, 'data')
    expect(result.ok).toBe(false)
    expect((await fs.readdir(folder)).sort()).toEqual(['taken'])
  })

  it('explains a folder that does not exist', async () => {
    const result = await writeFileAtomic(join(folder, 'missing', 'file.txt'), 'data')
    expect(result.ok ? null : result.error.code).toBe('folder-missing')
  })
})
