import { app } from 'electron'
import { basename, join } from 'node:path'
import { fail, ok } from '@shared/result'
import { writeFileAtomic } from '../os/atomicWrite'
import { askWhereToSave } from '../os/dialogs'
import { renderPdf } from '../windows/pdfRenderer'
import type { MainInvokeHandlers } from './invokeContext'

export function exportHandlers(): MainInvokeHandlers<'export:pdf'> {
  return {
    'export:pdf': async (context, request) => {
      let pdf: Uint8Array
      try {
        pdf = await renderPdf(request.safeHtml)
      } catch {
        return fail(
          'pdf-failed',
          'Mend could not turn this export into a PDF. Please try again, perhaps with fewer entries at once.',
        )
      }
      const filePath = await askWhereToSave(context.window, {
        defaultPath: join(app.getPath('documents'), request.suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      if (filePath === null) return ok(null)
      const written = await writeFileAtomic(filePath, pdf)
      if (!written.ok) return written
      return ok({ fileName: basename(filePath), bytesWritten: written.value })
    },
  }
}
