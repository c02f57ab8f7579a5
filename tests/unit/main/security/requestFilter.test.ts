import { describe, expect, it } from 'vitest'
import { decideRequest } from '../../../../src/main/security/requestFilter'

describe('decideRequest', () => {
  it.each([
    'https://example.com/track.gif',
    'http://example.com/',
    'ws://example.com/socket',
    'wss://example.com/socket',
    'http://localhost:5173/',
    'http://127.0.0.1:8080/steal?text=secret',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'not a url',
  ])('blocks %s in a packaged build', (url) => {
    expect(decideRequest(url, null)).toBe('block')
  })

  it.each([
    'app://mend/index.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://mend/5f2a',
    'devtools://devtools/bundled/inspector.html',
  ])('allows the app’s own %s', (url) => {
    expect(decideRequest(url, null)).toBe('allow')
  })

  it('allows the dev server and its websocket while developing, and nothing else', () => {
    const devServer = { host: 'localhost:5173', secure: false }
    expect(decideRequest('http://localhost:5173/@vite/client', devServer)).toBe('allow')
    expect(decideRequest('ws://localhost:5173/', devServer)).toBe('allow')
    expect(decideRequest('https://fonts.example.com/font.woff2', devServer)).toBe('block')
  })
})
