/**
 * The application menu: the platform's standard roles (so copy, paste, zoom and quitting behave
 * as people expect) plus Lock, which hides the journal at once.
 */
import type { MenuItemConstructorOptions } from 'electron'

export interface AppMenuOptions {
  readonly platform: string
  readonly appName: string
  /** Reload and DevTools only while developing: in a packaged build they would only confuse. */
  readonly isDevelopment: boolean
  readonly onLock: () => void
}

export const lockAccelerator = 'CmdOrCtrl+L'

export function buildAppMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const lockItem: MenuItemConstructorOptions = {
    id: 'lock',
    label: 'Lock Journal',
    accelerator: lockAccelerator,
    click: () => options.onLock(),
  }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : []

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [lockItem, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  }

  const developmentItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : []
  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...developmentItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: isMac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  }

  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu]
}
