import { describe, expect, it } from 'vitest'
import { createMainWebPreferences } from '../../../../src/main/security/webPreferences'

const preferences = createMainWebPreferences({
  preloadPath: '/app/out/preload/index.js',
  allowDevTools: false,
  spellcheck: true,
})

describe('createMainWebPreferences', () => {
  it('isolates the page from the preload and runs it in the OS sandbox', () => {
    expect(preferences.contextIsolation).toBe(true)
    expect(preferences.sandbox).toBe(true)
  })

  it('gives the page, its workers and its frames no Node.js', () => {
    expect(preferences.nodeIntegration).toBe(false)
    expect(preferences.nodeIntegrationInWorker).toBe(false)
    expect(preferences.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and refuses insecure content, webviews and experimental features', () => {
    expect(preferences.webSecurity).toBe(true)
    expect(preferences.allowRunningInsecureContent).toBe(false)
    expect(preferences.webviewTag).toBe(false)
    expect(preferences.experimentalFeatures).toBe(false)
    expect(preferences.navigateOnDragDrop).toBe(false)
  })

  it('loads the bundled preload and nothing like @electron/remote', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.js')
    expect(Object.keys(preferences)).not.toContain('enableRemoteModule')
  })

  it('disables middle-click link opening, which bypasses the navigation guard', () => {
    expect(preferences.disableBlinkFeatures).toBe('Auxclick')
  })

  it('offers DevTools and spell checking only when asked', () => {
    expect(preferences.devTools).toBe(false)
    const development = createMainWebPreferences({
      preloadPath: '/p.js',
      allowDevTools: true,
      spellcheck: false,
    })
    expect(development.devTools).toBe(true)
    expect(development.spellcheck).toBe(false)
  })
})
