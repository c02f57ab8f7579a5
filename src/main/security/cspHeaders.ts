/** Response headers are plain records in Electron's webRequest API: name → values. */
export type ResponseHeaders = Readonly<Record<string, string | readonly string[]>>

const cspHeaderName = 'Content-Security-Policy'

/**
 * The headers with our policy as the only CSP: any policy a server sent (in any letter case, or
 * report-only) is replaced, so nothing weaker or stricter sneaks in beside it.
 */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase()
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') {
      continue
    }
    result[name] = typeof value === 'string' ? [value] : [...value]
  }
  result[cspHeaderName] = [policy]
  return result
}
