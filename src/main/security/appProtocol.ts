/**
 * The renderer's own origin, app://mend/, and how its URLs map onto the built files. Everything
 * that is not plainly a file inside the renderer folder is refused, before the disk is touched.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { fail, ok, type Result } from '@shared/result'

export const appScheme = 'app'
export const appHost = 'mend'
export const appEntryUrl = `${appScheme}://${appHost}/index.html`

const notFound = fail<string>(
  'not-found',
  'Part of Mend could not be found. Reinstalling Mend should fix this; your journal is not affected.',
)

// Vite names every emitted file in plain ASCII, so any escape, backslash or control character in
// a request is an attempt to reach something else: refuse rather than decode.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const suspiciousCharacters = /[%\\\u0000-\u001f\u007f]/
// "." and ".." segments are refused as written: the URL parser would quietly fold them away.
const dotSegment = /\/\.\.?(?=[/?#]|$)/

/**
 * The absolute path of the file an app:// URL names, inside rendererRoot. Paths without an
 * extension are routes of the single-page app and get index.html.
 */
export function resolveAppAssetPath(requestUrl: string, rendererRoot: string): Result<string> {
  if (suspiciousCharacters.test(requestUrl) || dotSegment.test(requestUrl)) return notFound
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return notFound
  }
  if (url.protocol !== `${appScheme}:` || url.hostname !== appHost) return notFound
  if (url.port !== '' || url.username !== '' || url.password !== '') return notFound

  const segments = url.pathname.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(':'))) {
    return notFound
  }
  const last = segments.at(-1)
  const relativePath =
    last === undefined || extname(last) === '' ? 'index.html' : segments.join('/')

  const root = resolve(rendererRoot)
  const candidate = resolve(root, relativePath)
  const fromRoot = relative(root, candidate)
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return notFound
  if (!candidate.startsWith(root + sep)) return notFound
  return ok(candidate)
}

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Without the exact type, WebAssembly.instantiateStreaming refuses the module.
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export function mimeTypeForPath(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Headers for every app:// response. The CSP goes on scripts too: a worker obeys the policy
 * delivered with its own script, not the page's.
 */
export function appResponseHeaders(filePath: string, policy: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeForPath(filePath),
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  }
}
