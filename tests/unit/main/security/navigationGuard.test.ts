import { describe, expect, it } from 'vitest'
import {
  externalLinkPrompt,
  isOpenConfirmed,
  judgeNavigation,
  judgeNewWindow,
} from '../../../../src/main/security/navigationGuard'

describe('judgeNavigation (will-navigate)', () => {
  it('lets Mend’s own page reload or move within the app', () => {
    expect(judgeNavigation('app://mend/index.html', null)).toEqual({ action: 'allow' })
  })

  it('offers a secure web link to the browser instead of navigating to it', () => {
    expect(judgeNavigation('https://example.org/help', null)).toEqual({
      action: 'ask-to-open-externally',
      url: 'https://example.org/help',
    })
  })

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://evil/index.html',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses %s outright', (url) => {
    expect(judgeNavigation(url, null)).toEqual({ action: 'deny' })
  })

  it('allows the dev server only while developing', () => {
    const devServer = { host: 'localhost:5173', secure: false }
    expect(judgeNavigation('http://localhost:5173/', devServer)).toEqual({ action: 'allow' })
    expect(judgeNavigation('http://localhost:5173/', null)).toEqual({ action: 'deny' })
  })
})

describe('judgeNewWindow (setWindowOpenHandler)', () => {
  it('never opens a window of the app itself', () => {
    expect(judgeNewWindow('app://mend/index.html')).toEqual({ action: 'deny' })
  })

  it('offers secure web links to the browser', () => {
    expect(judgeNewWindow('https://example.org/')).toEqual({
      action: 'ask-to-open-externally',
      url: 'https://example.org/',
    })
  })
})

describe('externalLinkPrompt', () => {
  const prompt = externalLinkPrompt('https://example.org/help')

  it('shows the full address and defaults to staying in Mend', () => {
    expect(prompt.detail).toContain('https://example.org/help')
    expect(prompt.buttons[prompt.defaultId]).toBe('Stay in Mend')
    expect(prompt.cancelId).toBe(prompt.defaultId)
  })

  it('opens only on an explicit "Open in browser"', () => {
    expect(prompt.buttons[0]).toBe('Open in browser')
    expect(isOpenConfirmed(0)).toBe(true)
    expect(isOpenConfirmed(1)).toBe(false)
    expect(isOpenConfirmed(-1)).toBe(false)
  })
})
