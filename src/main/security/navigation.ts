/** Attaches the navigation guard to every web contents Mend creates. Thin glue. */
import { BrowserWindow, dialog, shell, type WebContents } from 'electron'
import type { DevServerOrigin } from './devServer'
import {
  externalLinkPrompt,
  isOpenConfirmed,
  judgeNavigation,
  judgeNewWindow,
  type NavigationVerdict,
} from './navigationGuard'

async function offerToOpen(contents: WebContents, verdict: NavigationVerdict): Promise<void> {
  if (verdict.action !== 'ask-to-open-externally') return
  const parent = BrowserWindow.fromWebContents(contents)
  const prompt = externalLinkPrompt(verdict.url)
  const { response } =
    parent === null
      ? await dialog.showMessageBox({ ...prompt, buttons: [...prompt.buttons] })
      : await dialog.showMessageBox(parent, { ...prompt, buttons: [...prompt.buttons] })
  if (isOpenConfirmed(response)) await shell.openExternal(verdict.url)
}

export function guardNavigation(contents: WebContents, devServer: DevServerOrigin | null): void {
  contents.on('will-navigate', (details) => {
    const verdict = judgeNavigation(details.url, devServer)
    if (verdict.action === 'allow') return
    details.preventDefault()
    void offerToOpen(contents, verdict)
  })
  // Subframes: the CSP already says frame-src 'none'; this refuses them a second time.
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame) return
    details.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    void offerToOpen(contents, judgeNewWindow(url))
    return { action: 'deny' }
  })
}
