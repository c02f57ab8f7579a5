import type { Plugin } from 'vite'
import { contentSecurityPolicyMeta } from '../src/shared/csp'

/** Writes the shared CSP into index.html, so the meta tag can never drift from main's header. */
export function cspHtmlPlugin(): Plugin {
  let mode: 'production' | 'development' = 'production'
  return {
    name: 'mend-csp-meta',
    configResolved(config) {
      mode = config.command === 'serve' && !config.isProduction ? 'development' : 'production'
    },
    transformIndexHtml(html) {
      return html.replace('%MEND_CSP%', contentSecurityPolicyMeta(mode))
    },
  }
}
