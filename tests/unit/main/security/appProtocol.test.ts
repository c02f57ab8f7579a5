import { describe, expect, it } from 'vitest'
import { resolve } from 'node:path'
import {
  appEntryUrl,
  appResponseHeaders,
  mimeTypeForPath,
  resolveAppAssetPath,
} from '../../../../src/main/security/appProtocol'

const root = resolve('/opt/mend/resources/out/renderer')

function resolved(url: string): string | null {
  const result = resolveAppAssetPath(url, root)
  return result.ok ? result.value : null
}

describe('resolveAppAssetPath', () => {
  it('maps the entry URL and bundled assets to files inside the renderer folder', () => {
    expect(resolved(appEntryUrl)).toBe(resolve(root, 'index.html'))
    expect(resolved('app://mend/assets/index-abc123.js')).toBe(
      resolve(root, 'assets/index-abc123.js'),
    )
    expect(resolved('app://mend/assets/sodium.wasm?v=1#x')).toBe(
      resolve(root, 'assets/sodium.wasm'),
    )
  })

  it('serves index.html for the root and for extension-less app routes', () => {
    expect(resolved('app://mend/')).toBe(resolve(root, 'index.html'))
    expect(resolved('app://mend')).toBe(resolve(root, 'index.html'))
    expect(resolved('app://mend/journal/today')).toBe(resolve(root, 'index.html'))
  })

  it.each([
    ['plain ../', 'app://mend/../../../etc/passwd'],
    ['../ inside a path', 'app://mend/assets/../../secret.txt'],
    ['encoded ../', 'app://mend/..%2f..%2fetc%2fpasswd'],
    ['encoded dots', 'app://mend/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://mend/%2E%2E/config.json'],
    ['double-encoded dots', 'app://mend/%252e%252e/etc/passwd'],
    ['backslashes', 'app://mend/..\\..\\windows\\win.ini'],
    ['encoded backslashes', 'app://mend/..%5c..%5cwin.ini'],
    ['an absolute Windows path', 'app://mend/C:/Windows/win.ini'],
    ['an absolute path as host', 'app:///etc/passwd'],
    ['a UNC path', 'app://mend/\\\\server\\share\\file.txt'],
    ['a null byte', 'app://mend/index.html\u0000.png'],
    ['an encoded null byte', 'app://mend/index.html%00.png'],
    ['a control character', 'app://mend/ind\u0001ex.html'],
  ])('refuses %s', (_name, url) => {
    const result = resolveAppAssetPath(url, root)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('not-found')
  })

  it('never resolves a URL-normalised traversal to a path outside the folder', () => {
    // The URL parser already folds "/../" away; whatever is left must stay under the root.
    const path = resolved('app://mend/a/b/../../../../etc/passwd')
    expect(path === null || path.startsWith(`${root}/`)).toBe(true)
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///opt/mend/resources/out/renderer/index.html'],
    ['https', 'https://mend/index.html'],
    ['a port', 'app://mend:8080/index.html'],
    ['credentials', 'app://user:pw@mend/index.html'],
    ['a malformed URL', 'app://'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppAssetPath(url, root).ok).toBe(false)
  })
})

describe('appResponseHeaders', () => {
  it('sends the CSP, nosniff and the exact MIME type with every file', () => {
    const headers = appResponseHeaders('/x/assets/sodium.wasm', "default-src 'none'")
    expect(headers['Content-Security-Policy']).toBe("default-src 'none'")
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Content-Type']).toBe('application/wasm')
  })

  it('labels scripts, pages and unknown files', () => {
    expect(mimeTypeForPath('/a/index.HTML')).toBe('text/html; charset=utf-8')
    expect(mimeTypeForPath('/a/worker.js')).toBe('text/javascript; charset=utf-8')
    expect(mimeTypeForPath('/a/blob.bin')).toBe('application/octet-stream')
  })
})
