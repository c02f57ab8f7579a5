/**
 * The one Content-Security-Policy of the renderer. Main sends it as a response header for every
 * app:// document; the Vite plugin writes the same text into index.html's meta tag, so the browser
 * build (npm run web) is held to it too.
 */

export type CspMode = 'production' | 'development'

const productionDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  // 'wasm-unsafe-eval' lets libsodium compile its WebAssembly; it does not allow eval() of strings.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Workers run Argon2id off the main thread; they load from our own origin only.
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // fetch() of our own bundled assets (libsodium's wasm is inlined, but Vite may emit others).
  'connect-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'child-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

/** Directives a meta tag cannot carry (browsers ignore them there and warn). */
const headerOnly = new Set(['frame-ancestors'])

function serialise(directives: Readonly<Record<string, readonly string[]>>, forMeta: boolean): string {
  return Object.entries(directives)
    .filter(([name]) => !(forMeta && headerOnly.has(name)))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

function directivesFor(mode: CspMode): Record<string, readonly string[]> {
  if (mode === 'production') return { ...productionDirectives }
  // Vite's dev server needs its inline React-refresh preamble and a websocket for hot reload.
  // Never shipped: the production build and every test use the strict policy.
  return {
    ...productionDirectives,
    'script-src': ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'],
  }
}

export function contentSecurityPolicyHeader(mode: CspMode = 'production'): string {
  return serialise(directivesFor(mode), false)
}

export function contentSecurityPolicyMeta(mode: CspMode = 'production'): string {
  return serialise(directivesFor(mode), true)
}
