// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { createWebPlatform } from '../../../src/renderer/src/platform/webPlatform'
import { fakeWebEnvironment, setVisibility } from './fakeWebEnvironment'

afterEach(() => setVisibility('visible'))

describe('createWebPlatform', () => {
  it('describes itself as the browser build, without PDF files or a privacy screen', async () => {
    const platform = createWebPlatform(fakeWebEnvironment().environment)
    expect(platform.kind).toBe('web')
    expect(platform.supportsPdfExport).toBe(false)
    expect(platform.supportsPrivacyScreen).toBe(false)
    expect(await platform.appInfo()).toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'web' },
    })
  })

  it('opens a secure link in a new tab with no way back to the journal', async () => {
    const { environment, opened } = fakeWebEnvironment()
    const result = await createWebPlatform(environment).openExternal('https://example.org/help')
    expect(result.ok).toBe(true)
    expect(opened).toEqual([
      { url: 'https://example.org/help', target: '_blank', features: 'noopener,noreferrer' },
    ])
  })

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'http://example.org/'])(
    'refuses to open %s',
    async (url) => {
      const { environment, opened } = fakeWebEnvironment()
      const result = await createWebPlatform(environment).openExternal(url)
      expect(result.ok ? null : result.error.code).toBe('invalid-url')
      expect(opened).toEqual([])
    },
  )

  it('saves by clicking a temporary download link named as suggested', async () => {
    const { environment, created, revoked, scheduled } = fakeWebEnvironment()
    const clicks: { download: string; href: string }[] = []
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement
      clicks.push({ download: link.download, href: link.getAttribute('href') ?? '' })
      event.preventDefault()
    }
    document.addEventListener('click', onClick)
    const result = await createWebPlatform(environment).saveFile({
      suggestedName: 'mend-2026-06-10.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      contents: 'Café',
    })
    document.removeEventListener('click', onClick)

    expect(result).toEqual({ ok: true, value: { fileName: 'mend-2026-06-10.md', bytesWritten: 5 } })
    expect(clicks).toEqual([{ download: 'mend-2026-06-10.md', href: 'blob:mend/1' }])
    expect(created[0]?.type).toBe('text/plain;charset=utf-8')
    expect(document.querySelectorAll('a').length).toBe(0)
    expect(revoked).toEqual([])
    scheduled[0]?.work()
    expect(revoked).toEqual(['blob:mend/1'])
  })

  it('saves bytes as a binary download', async () => {
    const { environment, created } = fakeWebEnvironment()
    const result = await createWebPlatform(environment).saveFile({
      suggestedName: 'mend.mendbackup',
      filters: [],
      contents: new Uint8Array([1, 2, 3]),
    })
    expect(result.ok ? result.value?.bytesWritten : null).toBe(3)
    expect(created[0]?.type).toBe('application/octet-stream')
  })

  it('says how to make a PDF in a browser instead', async () => {
    const result = await createWebPlatform(fakeWebEnvironment().environment).printToPdf({
      safeHtml: '<p>Hi</p>',
      suggestedName: 'mend.pdf',
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('unsupported')
      expect(result.error.message).toMatch(/Save as PDF/)
    }
  })

  it('refuses to turn the privacy screen on, and lets it be turned off', async () => {
    const platform = createWebPlatform(fakeWebEnvironment().environment)
    const on = await platform.setPrivacyScreen(true)
    expect(on.ok ? null : on.error.code).toBe('unsupported')
    expect((await platform.setPrivacyScreen(false)).ok).toBe(true)
  })

  it("asks for a lock with reason 'hidden' whenever the page is hidden, until unsubscribed", () => {
    const platform = createWebPlatform(fakeWebEnvironment().environment)
    const reasons: string[] = []
    const stop = platform.onLockRequest((reason) => reasons.push(reason))
    setVisibility('visible')
    setVisibility('hidden')
    stop()
    setVisibility('hidden')
    expect(reasons).toEqual(['hidden'])
  })
})
