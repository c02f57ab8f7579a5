import { describe, expect, it } from 'vitest'
import { parseExternalUrl } from '../../../../src/shared/externalUrl'

describe('parseExternalUrl', () => {
  it('accepts a secure web address and returns it normalised', () => {
    expect(parseExternalUrl('https://example.org/help?a=1#b')).toEqual({
      ok: true,
      value: 'https://example.org/help?a=1#b',
    })
    expect(parseExternalUrl('HTTPS://Example.ORG')).toEqual({
      ok: true,
      value: 'https://example.org/',
    })
  })

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['file:', 'file:///etc/passwd'],
    ['smb:', 'smb://attacker.example/share'],
    ['http:', 'http://example.org/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@example.org'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['app:', 'app://mend/index.html'],
    ['a malformed address', 'https//example.org'],
    ['a relative address', '/help'],
    ['an empty string', ''],
    ['credentials that disguise the host', 'https://bank.example@evil.example/'],
    ['leading spaces', '  https://example.org/'],
    ['an embedded newline', 'https://exa\nmple.org/'],
    ['a bidi override', 'https://example.org/\u202egnp.exe'],
    ['a very long address', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    const result = parseExternalUrl(url)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-url')
      expect(result.error.message).toMatch(/https:\/\//)
    }
  })

  it.each([42, null, undefined, { href: 'https://example.org' }])(
    'refuses the non-string %j',
    (value) => {
      expect(parseExternalUrl(value).ok).toBe(false)
    },
  )
})
