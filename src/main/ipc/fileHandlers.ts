import { app } from 'electron'
import { basename, join } from 'node:path'
import { ok } from '@shared/result'
import { writeFileAtomic } from '../os/atomicWrite'
import { askWhereToSave, askWhichFiles, toDialogFilters } from '../os/dialogs'
import { readChosenFiles } from '../os/readChosenFiles'
import type { MainInvokeHandlers } from './invokeContext'

export function fileHandlers(): MainInvokeHandlers<'file:save' | 'file:open'> {
  return {
    'file:save': async (context, request) => {
      const filePath = await askWhereToSave(context.window, {
        defaultPath: join(app.getPath('documents'), request.suggestedName),
        filters: toDialogFilters(request.filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      if (filePath === null) return ok(null)
      const written = await writeFileAtomic(filePath, request.contents)
      if (!written.ok) return written
      return ok({ fileName: basename(filePath), bytesWritten: written.value })
    },
    'file:open': async (context, request) => {
      const filePaths = await askWhichFiles(context.window, {
        filters: toDialogFilters(request.filters),
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      })
      if (filePaths === null) return ok(null)
      return readChosenFiles(filePaths, request.maxBytes)
    },
  }
}
