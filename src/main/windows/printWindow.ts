/**
 * The hidden window that turns an export's safe HTML into a PDF. It runs no JavaScript, lives in
 * its own in-memory session (no cookies, storage or cache on disk) and can load only the one
 * document main hands it.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'

/** No "persist:" prefix: Electron keeps this session in memory only. */
export const printPartition = 'mend-print'
export const printHost = 'print'

/** Inline styles only: the export renderer embeds its stylesheet and images as data: URLs. */
export const printDocumentCsp =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** 60 s: a multi-year journal renders in a few seconds; beyond this something is stuck. */
export const printTimeoutMs = 60_000

export function printDocumentUrl(token: string): string {
  return `app://${printHost}/${token}.html`
}

/** The token an app://print/ URL names, or null for anything else. */
export function printTokenFromUrl(requestUrl: string): string | null {
  const match = /^app:\/\/print\/([a-f0-9]{32})\.html$/.exec(requestUrl)
  return match?.[1] ?? null
}

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      partition: printPartition,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      offscreen: true,
      devTools: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      images: true,
      disableBlinkFeatures: 'Auxclick',
    },
  }
}

export const pdfPrintOptions: PrintToPDFOptions = {
  printBackground: true,
  pageSize: 'A4',
  preferCSSPageSize: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
}

/** Rejects with a timeout error when the work takes longer than ms. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}
