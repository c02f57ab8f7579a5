/** Native file dialogs, parented on the calling window when there is one (so they stay on top). */
import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import type { FileFilter } from '@shared/ipc'

export function toDialogFilters(filters: readonly FileFilter[]): Electron.FileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
}

/** The chosen path, or null when the person cancelled. */
export async function askWhereToSave(
  window: BrowserWindow | null,
  options: SaveDialogOptions,
): Promise<string | null> {
  const choice =
    window === null
      ? await dialog.showSaveDialog(options)
      : await dialog.showSaveDialog(window, options)
  return choice.canceled || choice.filePath === undefined || choice.filePath === ''
    ? null
    : choice.filePath
}

export async function askWhichFiles(
  window: BrowserWindow | null,
  options: OpenDialogOptions,
): Promise<readonly string[] | null> {
  const choice =
    window === null
      ? await dialog.showOpenDialog(options)
      : await dialog.showOpenDialog(window, options)
  return choice.canceled || choice.filePaths.length === 0 ? null : choice.filePaths
}
