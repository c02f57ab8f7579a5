import { describe, expect, it } from 'vitest'
import { createSecretClipboard, secretClipboardLifetimeMs } from '@shared/secretClipboard'

function fakes() {
  const clipboard = { text: '' as string, readText: async () => clipboard.text, writeText: async (t: string) => void (clipboard.text = t) }
  const timers: { fn: () => void; ms: number }[] = []
  const host = { setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }), clearTimeout: () => timers.splice(0) }
  return { clipboard, timers, host }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('secret clipboard', () => {
  it('clears the secret after a minute when the clipboard still holds it', async () => {
    const { clipboard, timers, host } = fakes()
    await createSecretClipboard(clipboard, host).copy('mend1-secret')
    expect(clipboard.text).toBe('mend1-secret')
    expect(timers[0]?.ms).toBe(secretClipboardLifetimeMs)
    timers[0]?.fn()
    await settle()
    expect(clipboard.text).toBe('')
  })

  it('leaves alone whatever the person copied since', async () => {
    const { clipboard, timers, host } = fakes()
    await createSecretClipboard(clipboard, host).copy('mend1-secret')
    clipboard.text = 'a shopping list'
    timers[0]?.fn()
    await settle()
    expect(clipboard.text).toBe('a shopping list')
  })

  it('does not fail when the clipboard cannot be read back', async () => {
    const { clipboard, timers, host } = fakes()
    clipboard.readText = () => Promise.reject(new Error('denied'))
    await createSecretClipboard(clipboard, host).copy('mend1-secret')
    timers[0]?.fn()
    await settle()
    expect(clipboard.text).toBe('mend1-secret')
  })
})
