/**
 * Runtime shape of every invoke channel's arguments. The renderer is trusted code, but a bug or an
 * injected script there must not be able to make main write odd paths or huge buffers, so main
 * checks every payload against these before a handler sees it.
 */
import { z } from 'zod'
import type { IpcInvokeChannel, IpcInvokeContract } from '@shared/ipc'
import { maxExternalUrlLength } from '@shared/externalUrl'
import { parseReminderTime } from '@shared/reminderTime'
import { maxReviewDueCount } from '@shared/reviewNotification'
import { isBackupFileName } from '../os/backupFolderNames'
import { backupFolderIdPattern } from '../os/backupFolderStore'

const mebibyte = 1024 * 1024
/** 512 MiB: far above a large encrypted backup with photos, below what would exhaust memory. */
export const maxSaveBytes = 512 * mebibyte
/** 64 MiB of HTML: a journal of many years printed at once stays well below it. */
export const maxPdfHtmlLength = 64 * mebibyte
/** The largest limit a caller may ask file:open to accept. */
export const maxOpenBytesLimit = 512 * mebibyte

// A base name only: no folders, no characters Windows or macOS refuse, no hidden "." or "..".
const fileName = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  .refine((name) => !/[/\\<>:"|?*\u0000-\u001f\u007f]/.test(name), 'not a plain file name')
  .refine((name) => name.trim() === name && name !== '.' && name !== '..', 'not a plain file name')

const fileFilters = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
        .min(1)
        .max(20),
    }),
  )
  .max(10)

const fileContents = z.union([
  z.string().max(maxSaveBytes),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxSaveBytes, 'too large'),
])

const backupFolderId = z.string().regex(backupFolderIdPattern)
const backupFileName = z.string().max(255).refine(isBackupFileName, 'not a Mend backup name')
/** Far more than anyone keeps; retention deletes a few at a time. */
const maxBackupNamesPerCall = 1000

type ArgsSchemas = { readonly [C in IpcInvokeChannel]: z.ZodType<IpcInvokeContract[C]['args']> }

export const invokeArgSchemas: ArgsSchemas = {
  'app:info': z.tuple([]),
  'shell:open-external': z.tuple([z.string().max(maxExternalUrlLength)]),
  'file:save': z.tuple([
    z.strictObject({ suggestedName: fileName, filters: fileFilters, contents: fileContents }),
  ]),
  'file:open': z.tuple([
    z.strictObject({
      filters: fileFilters,
      multiple: z.boolean(),
      maxBytes: z.number().int().positive().max(maxOpenBytesLimit),
    }),
  ]),
  'export:pdf': z.tuple([
    z.strictObject({ safeHtml: z.string().min(1).max(maxPdfHtmlLength), suggestedName: fileName }),
  ]),
  'window:set-privacy-screen': z.tuple([z.boolean()]),
  'window:hold-close': z.tuple([z.enum(['recovery-words']).nullable()]),
  'reminder:set': z.tuple([
    z
      .strictObject({
        time: z.string().refine((time) => parseReminderTime(time) !== null, 'not HH:MM'),
      })
      .nullable(),
  ]),
  'reminder:notify-reviews': z.tuple([z.number().int().min(0).max(maxReviewDueCount)]),
  // A share code or 24 recovery words; nothing legitimate is longer.
  'clipboard:copy-secret': z.tuple([z.string().min(1).max(1000)]),
  'backup:choose-folder': z.tuple([]),
  'backup:folder-info': z.tuple([backupFolderId]),
  'backup:write': z.tuple([
    z.strictObject({
      folderId: backupFolderId,
      fileName: backupFileName,
      contents: z
        .instanceof(Uint8Array)
        .refine((bytes) => bytes.byteLength <= maxSaveBytes, 'too large'),
    }),
  ]),
  'backup:list': z.tuple([backupFolderId]),
  'backup:delete': z.tuple([backupFolderId, z.array(backupFileName).max(maxBackupNamesPerCall)]),
}
