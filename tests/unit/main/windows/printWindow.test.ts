import { describe, expect, it } from 'vitest'
import {
  pdfPrintOptions,
  printDocumentCsp,
  printDocumentUrl,
  printTokenFromUrl,
  printWindowOptions,
  withTimeout,
} from '../../../../src/main/windows/printWindow'

describe('the PDF export window', () => {
  const options = printWindowOptions()

  it('is hidden, off-screen, sandboxed and runs no JavaScript', () => {
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      offscreen: true,
      devTools: false,
    })
  })

  it('has no preload and an in-memory session of its own', () => {
    expect(options.webPreferences?.preload).toBeUndefined()
    expect(options.webPreferences?.partition).toBe('mend-print')
  })

  it('lets the document use inline styles and data: images, and nothing from outside', () => {
    expect(printDocumentCsp).toContain("default-src 'none'")
    expect(printDocumentCsp).not.toMatch(/script-src|https?:/)
  })

  it('prints backgrounds on A4 and tags the PDF for screen readers', () => {
    expect(pdfPrintOptions).toMatchObject({ printBackground: true, generateTaggedPDF: true })
  })
})

describe('print document URLs', () => {
  const token = '0123456789abcdef0123456789abcdef'

  it('round-trip a one-time token', () => {
    expect(printTokenFromUrl(printDocumentUrl(token))).toBe(token)
  })

  it.each([
    'app://mend/index.html',
    `app://print/${token}.html?x=1`,
    `app://print/../${token}.html`,
    'app://print/short.html',
    `https://print/${token}.html`,
  ])('refuse %s', (url) => {
    expect(printTokenFromUrl(url)).toBeNull()
  })
})

describe('withTimeout', () => {
  it('passes a prompt result through', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7)
  })

  it('gives up on work that never finishes', async () => {
    await expect(withTimeout(new Promise(() => undefined), 10)).rejects.toThrow(/timed out/)
  })
})
