import DOMPurify from 'dompurify'
import type { SavedFile } from '@shared/ipc'
import type { Result } from '@shared/result'
import { exportFileName } from '../../domain/share/exportFileNames'
import { renderExportHtml } from '../../domain/share/renderExportHtml'
import { renderMarkdownFile } from '../../domain/share/renderMarkdownFile'
import { renderMarkdownFolder } from '../../domain/share/renderMarkdownFolder'
import type { ExportDocument } from '../../domain/share/types'
import { zipExportFiles } from '../../domain/share/zipExportFiles'
import type { Platform } from '../../platform/types'

export type ReadableFormat = 'html' | 'markdown' | 'markdown-zip' | 'pdf'

/** Renders the document in one readable format and hands it to the platform's save dialog. */
export function saveReadableExport(
  platform: Platform,
  document: ExportDocument,
  format: ReadableFormat,
): Promise<Result<SavedFile | null>> {
  switch (format) {
    case 'html':
      return platform.saveFile({
        suggestedName: exportFileName(document.exportedOn, 'html'),
        filters: [{ name: 'Web page', extensions: ['html'] }],
        contents: renderExportHtml(document, DOMPurify),
      })
    case 'markdown':
      return platform.saveFile({
        suggestedName: exportFileName(document.exportedOn, 'md'),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
        contents: renderMarkdownFile(document),
      })
    case 'markdown-zip':
      return platform.saveFile({
        suggestedName: exportFileName(document.exportedOn, 'zip'),
        filters: [{ name: 'Zip archive', extensions: ['zip'] }],
        contents: zipExportFiles(renderMarkdownFolder(document), new Date()),
      })
    case 'pdf':
      return platform.printToPdf({
        safeHtml: renderExportHtml(document, DOMPurify),
        suggestedName: exportFileName(document.exportedOn, 'pdf'),
      })
  }
}
