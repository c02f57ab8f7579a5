/**
 * The electron-vite dev server, the one network origin Mend may reach, and only while developing.
 * A packaged build ignores ELECTRON_RENDERER_URL, so nobody can point it at a remote page.
 */
export interface DevServerOrigin {
  /** "localhost:5173" */
  readonly host: string
  readonly secure: boolean
}

export function parseDevServerOrigin(
  rendererUrl: string | undefined,
  isPackaged: boolean,
): DevServerOrigin | null {
  if (isPackaged || rendererUrl === undefined || rendererUrl === '') return null
  let url: URL
  try {
    url = new URL(rendererUrl)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // A dev server is on this machine; anything else is a mistake or an attack.
  if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return null
  return { host: url.host, secure: url.protocol === 'https:' }
}

/** Whether the URL is the dev server itself (pages, modules, or its hot-reload websocket). */
export function isDevServerUrl(candidate: string, devServer: DevServerOrigin | null): boolean {
  if (devServer === null) return false
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  const schemes = devServer.secure ? ['https:', 'wss:'] : ['http:', 'ws:']
  return schemes.includes(url.protocol) && url.host === devServer.host && url.username === ''
}
