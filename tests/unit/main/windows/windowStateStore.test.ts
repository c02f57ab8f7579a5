import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  loadWindowState,
  saveWindowState,
  windowStateFileName,
} from '../../../../src/main/windows/windowStateStore'

let filePath: string

beforeEach(async () => {
  filePath = join(await fs.mkdtemp(join(tmpdir(), 'mend-window-')), windowStateFileName)
})

afterEach(async () => {
  await fs.rm(join(filePath, '..'), { recursive: true, force: true })
})

describe('window state store', () => {
  it('reads back what it saved', async () => {
    const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, isMaximized: true }
    expect((await saveWindowState(filePath, state)).ok).toBe(true)
    expect(await loadWindowState(filePath)).toEqual(state)
  })

  it('answers null when nothing was saved yet or the file is damaged', async () => {
    expect(await loadWindowState(filePath)).toBeNull()
    await fs.writeFile(filePath, '{"bounds": ')
    expect(await loadWindowState(filePath)).toBeNull()
  })
})
