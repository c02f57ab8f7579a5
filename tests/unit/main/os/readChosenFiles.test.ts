import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readChosenFiles } from '../../../../src/main/os/readChosenFiles'

let folder: string

beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'mend-open-'))
})

afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true })
})

describe('readChosenFiles', () => {
  it('reads each chosen file with its base name only', async () => {
    await fs.writeFile(join(folder, 'a.md'), 'Alpha')
    await fs.writeFile(join(folder, 'b.bin'), new Uint8Array([7, 8]))
    const result = await readChosenFiles([join(folder, 'a.md'), join(folder, 'b.bin')], 100)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.map((file) => file.fileName)).toEqual(['a.md', 'b.bin'])
    expect(new TextDecoder().decode(result.value[0]?.bytes)).toBe('Alpha')
    expect([...(result.value[1]?.bytes ?? [])]).toEqual([7, 8])
  })

  it('refuses a file over the limit with the size in megabytes', async () => {
    await fs.writeFile(join(folder, 'big.bin'), new Uint8Array(2 * 1024 * 1024 + 1))
    const result = await readChosenFiles([join(folder, 'big.bin')], 2 * 1024 * 1024)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('too-large')
    expect(result.error.message).toMatch(
      /^This file is larger than Mend can open \(limit 2 MB\)\. /,
    )
  })

  it('explains a file that vanished and a folder picked by mistake', async () => {
    const missing = await readChosenFiles([join(folder, 'gone.md')], 100)
    expect(missing.ok ? null : missing.error.code).toBe('not-found')
    const directory = await readChosenFiles([folder], 100)
    expect(directory.ok ? null : directory.error.code).toBe('not-a-file')
  })
})
