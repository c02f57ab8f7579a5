/** Serves the built renderer on app://mend/ (never file://). Thin glue over appProtocol.ts. */
import { readFile } from 'node:fs/promises'
import type { Protocol } from 'electron'
import { contentSecurityPolicyHeader } from '@shared/csp'
import { appResponseHeaders, appScheme, resolveAppAssetPath } from './appProtocol'

export function serveRenderer(protocol: Protocol, rendererRoot: string): void {
  const policy = contentSecurityPolicyHeader('production')
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 })
    const resolved = resolveAppAssetPath(request.url, rendererRoot)
    if (!resolved.ok) return new Response(null, { status: 404 })
    try {
      const body = await readFile(resolved.value)
      return new Response(body, { headers: appResponseHeaders(resolved.value, policy) })
    } catch {
      return new Response(null, { status: 404 })
    }
  })
}
