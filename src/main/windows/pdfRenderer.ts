/**
 * Turns safe HTML into PDF bytes in a hidden, script-less window on its own in-memory session.
 * The document is served from a one-time app://print/<token>.html address held only in memory.
 */
import { randomBytes } from 'node:crypto'
import { BrowserWindow, session, type Session } from 'electron'
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../security/permissions'
import {
  pdfPrintOptions,
  printDocumentCsp,
  printDocumentUrl,
  printPartition,
  printTimeoutMs,
  printTokenFromUrl,
  printWindowOptions,
  withTimeout,
} from './printWindow'

const documents = new Map<string, string>()
let printSession: Session | null = null

function preparePrintSession(): void {
  if (printSession !== null) return
  const ses = session.fromPartition(printPartition)
  ses.setPermissionRequestHandler(denyPermissionRequest)
  ses.setPermissionCheckHandler(denyPermissionCheck)
  ses.setDevicePermissionHandler(denyDevicePermission)
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null))
  // Only the document itself and the data: images inside it.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('data:') || printTokenFromUrl(details.url) !== null
    callback({ cancel: !allowed })
  })
  ses.protocol.handle('app', (request) => {
    const token = printTokenFromUrl(request.url)
    const html = token === null ? undefined : documents.get(token)
    if (html === undefined) return new Response(null, { status: 404 })
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': printDocumentCsp,
      },
    })
  })
  printSession = ses
}

export async function renderPdf(safeHtml: string): Promise<Uint8Array> {
  preparePrintSession()
  const token = randomBytes(16).toString('hex')
  documents.set(token, safeHtml)
  const options = printWindowOptions()
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      // Restated at the construction site, as in mainWindow.ts.
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  try {
    await withTimeout(window.loadURL(printDocumentUrl(token)), printTimeoutMs)
    const pdf = await withTimeout(window.webContents.printToPDF(pdfPrintOptions), printTimeoutMs)
    return new Uint8Array(pdf)
  } finally {
    documents.delete(token)
    window.destroy()
  }
}
