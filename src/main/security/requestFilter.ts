import { isDevServerUrl, type DevServerOrigin } from './devServer'

export type RequestDecision = 'allow' | 'block'

/**
 * Schemes the renderer legitimately loads: its own files, inline data and blobs it made itself,
 * and DevTools' own pages while developing. Everything else (http, https, ws, wss, ftp, file…) is
 * blocked, so no journal text can leave by a request, whatever a bug or injected markup tries.
 */
const localSchemes = new Set(['app:', 'data:', 'blob:', 'devtools:'])

export function decideRequest(url: string, devServer: DevServerOrigin | null): RequestDecision {
  let protocol: string
  try {
    protocol = new URL(url).protocol
  } catch {
    return 'block'
  }
  if (localSchemes.has(protocol)) return 'allow'
  return isDevServerUrl(url, devServer) ? 'allow' : 'block'
}
