/** The one journal window: hardened preferences, remembered geometry. Thin glue. */
import { BrowserWindow, nativeTheme, screen } from 'electron'
import { createMainWebPreferences } from '../security/webPreferences'
import { finishSavingBeforeClose } from './unloadHold'
import { minimumWindowSize, restoreWindowState, type WindowState } from './windowBounds'
import { loadWindowState, saveWindowState } from './windowStateStore'

export interface MainWindowOptions {
  readonly preloadPath: string
  readonly entryUrl: string
  readonly allowDevTools: boolean
  readonly spellcheck: boolean
  readonly stateFilePath: string
}

/** 500 ms after the last move or resize: one write per gesture, not one per pixel. */
const saveDelayMs = 500

function currentState(window: BrowserWindow): WindowState {
  return { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() }
}

function rememberGeometry(window: BrowserWindow, stateFilePath: string): void {
  let pending: NodeJS.Timeout | null = null
  const save = (): void => {
    if (pending !== null) clearTimeout(pending)
    pending = null
    if (window.isDestroyed()) return
    void saveWindowState(stateFilePath, currentState(window))
  }
  const saveSoon = (): void => {
    if (pending !== null) clearTimeout(pending)
    pending = setTimeout(save, saveDelayMs)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event as 'resize', saveSoon)
  }
  window.on('close', save)
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id)
  const state = restoreWindowState(
    await loadWindowState(options.stateFilePath),
    [primary, ...others].map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Mend',
    // Close to the renderer's own background, so opening does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1d20' : '#faf8f5',
    webPreferences: {
      ...createMainWebPreferences(options),
      // Restated where the window is made, so no later change to the factory can weaken them
      // and reviewers (and electronegativity, which reads only this call) see them here.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  if (state.isMaximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  rememberGeometry(window, options.stateFilePath)
  finishSavingBeforeClose(window)
  await window.loadURL(options.entryUrl)
  return window
}
