import type { WebPreferences } from 'electron'

export interface MainWebPreferencesOptions {
  /** Absolute path of the bundled preload (out/preload/index.js). */
  readonly preloadPath: string
  /** DevTools only while developing; a packaged build has no console to paste code into. */
  readonly allowDevTools: boolean
  /**
   * The OS spell checker on macOS and Windows works locally. On Linux Chromium downloads Hunspell
   * dictionaries from Google, and the session blocks that, so it stays off there.
   */
  readonly spellcheck: boolean
}

/** The main window's web preferences: Electron's security checklist, in one reviewed place. */
export function createMainWebPreferences(options: MainWebPreferencesOptions): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click opens links in new windows without a 'will-navigate' event.
    disableBlinkFeatures: 'Auxclick',
    devTools: options.allowDevTools,
    spellcheck: options.spellcheck,
  }
}
