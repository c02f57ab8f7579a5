/**
 * Only Mend's own top-level page may call main. A frame from anywhere else (an iframe, a page a
 * bug navigated to, a PDF-export window) is refused before its payload is even read.
 */
import { appHost, appScheme } from '../security/appProtocol'
import { isDevServerUrl, type DevServerOrigin } from '../security/devServer'

export interface SenderFrame {
  readonly url: string
  readonly isMainFrame: boolean
}

export function isTrustedSender(
  frame: SenderFrame | null,
  devServer: DevServerOrigin | null,
): boolean {
  if (frame === null || !frame.isMainFrame) return false
  let url: URL
  try {
    url = new URL(frame.url)
  } catch {
    return false
  }
  // app: is not a "special" scheme to the WHATWG parser, so url.origin is "null": compare parts.
  const isAppPage =
    url.protocol === `${appScheme}:` &&
    url.hostname === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  return isAppPage || isDevServerUrl(frame.url, devServer)
}
