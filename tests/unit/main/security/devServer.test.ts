import { describe, expect, it } from 'vitest'
import { isDevServerUrl, parseDevServerOrigin } from '../../../../src/main/security/devServer'

describe('parseDevServerOrigin', () => {
  it('accepts the local electron-vite dev server while developing', () => {
    expect(parseDevServerOrigin('http://localhost:5173/', false)).toEqual({
      host: 'localhost:5173',
      secure: false,
    })
  })

  it('ignores the variable in a packaged build, so nobody can point Mend at another page', () => {
    expect(parseDevServerOrigin('http://localhost:5173/', true)).toBeNull()
  })

  it.each([
    ['a remote host', 'http://example.com:5173/'],
    ['a non-web scheme', 'file:///tmp/index.html'],
    ['garbage', 'not a url'],
    ['an empty value', ''],
    ['no value', undefined],
  ])('refuses %s', (_name, value) => {
    expect(parseDevServerOrigin(value, false)).toBeNull()
  })
})

describe('isDevServerUrl', () => {
  const devServer = { host: '127.0.0.1:5173', secure: false }

  it('matches the server’s pages and its hot-reload websocket', () => {
    expect(isDevServerUrl('http://127.0.0.1:5173/src/main.tsx', devServer)).toBe(true)
    expect(isDevServerUrl('ws://127.0.0.1:5173/', devServer)).toBe(true)
  })

  it('refuses other ports, hosts and schemes, and everything when not developing', () => {
    expect(isDevServerUrl('http://127.0.0.1:5174/', devServer)).toBe(false)
    expect(isDevServerUrl('http://localhost:5173/', devServer)).toBe(false)
    expect(isDevServerUrl('https://127.0.0.1:5173/', devServer)).toBe(false)
    expect(isDevServerUrl('http://127.0.0.1:5173/', null)).toBe(false)
  })
})
