/** window-state.json in the userData folder: only geometry, never anything from the journal. */
import { readFile } from 'node:fs/promises'
import type { Result } from '@shared/result'
import { writeFileAtomic } from '../os/atomicWrite'
import { parseWindowState, type WindowState } from './windowBounds'

export const windowStateFileName = 'window-state.json'

/** null when there is no file yet or it cannot be read: the window then opens at default size. */
export async function loadWindowState(filePath: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(filePath, 'utf8')))
  } catch {
    return null
  }
}

export async function saveWindowState(
  filePath: string,
  state: WindowState,
): Promise<Result<number>> {
  return writeFileAtomic(filePath, `${JSON.stringify(state)}\n`)
}
