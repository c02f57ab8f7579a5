import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../../src/main/ipc/senderOrigin'

describe('isTrustedSender', () => {
  it('trusts Mend’s own top-level page', () => {
    expect(isTrustedSender({ url: 'app://mend/index.html', isMainFrame: true }, null)).toBe(true)
    expect(isTrustedSender({ url: 'app://mend/#/journal', isMainFrame: true }, null)).toBe(true)
  })

  it('refuses a subframe even on Mend’s own origin', () => {
    expect(isTrustedSender({ url: 'app://mend/index.html', isMainFrame: false }, null)).toBe(false)
  })

  it.each([
    'app://print/0123.html',
    'app://mend.evil/index.html',
    'app://mend:1234/index.html',
    'app://x@mend/index.html',
    'https://mend/index.html',
    'file:///opt/mend/index.html',
    'http://localhost:5173/',
    'about:blank',
    '',
  ])('refuses a frame at %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, null)).toBe(false)
  })

  it('refuses a frame that has already gone away', () => {
    expect(isTrustedSender(null, null)).toBe(false)
  })

  it('trusts the dev server’s page only while developing', () => {
    const devServer = { host: 'localhost:5173', secure: false }
    const frame = { url: 'http://localhost:5173/', isMainFrame: true }
    expect(isTrustedSender(frame, devServer)).toBe(true)
    expect(isTrustedSender({ ...frame, url: 'http://localhost:9999/' }, devServer)).toBe(false)
  })
})
