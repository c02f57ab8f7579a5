import { describe, expect, it } from 'vitest'
import { contentSecurityPolicyHeader } from '../../../../src/shared/csp'
import { withContentSecurityPolicy } from '../../../../src/main/security/cspHeaders'

const policy = contentSecurityPolicyHeader('production')

function directive(name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `))
}

describe('withContentSecurityPolicy', () => {
  it('adds the policy to a response that had none', () => {
    const headers = withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, policy)
    expect(headers['Content-Security-Policy']).toEqual([policy])
    expect(headers['Content-Type']).toEqual(['text/html'])
  })

  it('replaces any policy a server sent, whatever its letter case, including report-only', () => {
    const headers = withContentSecurityPolicy(
      {
        'content-security-policy': ['default-src *'],
        'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['script-src *'],
      },
      policy,
    )
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy'])
    expect(headers['Content-Security-Policy']).toEqual([policy])
  })

  it('copies single-string header values into arrays, as Electron expects', () => {
    expect(withContentSecurityPolicy({ 'X-Test': 'one' }, policy)['X-Test']).toEqual(['one'])
  })

  it('copes with a response that has no headers at all', () => {
    expect(withContentSecurityPolicy(undefined, policy)).toEqual({
      'Content-Security-Policy': [policy],
    })
  })
})

describe('the production policy main sends', () => {
  it('starts from nothing allowed', () => {
    expect(directive('default-src')).toBe("default-src 'none'")
  })

  it('lets libsodium compile WebAssembly without allowing eval() or inline scripts', () => {
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'")
    expect(policy).not.toContain("'unsafe-eval'")
    expect(policy).not.toContain("'unsafe-inline'")
  })

  it('forbids plugins, base tags, framing and remote origins', () => {
    expect(directive('object-src')).toBe("object-src 'none'")
    expect(directive('base-uri')).toBe("base-uri 'none'")
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(policy).not.toMatch(/https?:|wss?:|\*/)
  })
})
