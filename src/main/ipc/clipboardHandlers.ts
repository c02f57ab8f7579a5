import { clipboard } from 'electron'
import { ok } from '@shared/result'
import { createSecretClipboard } from '@shared/secretClipboard'
import type { MainInvokeHandlers } from './invokeContext'

export function clipboardHandlers(): MainInvokeHandlers<'clipboard:copy-secret'> {
  const secrets = createSecretClipboard(
    {
      readText: async () => clipboard.readText(),
      writeText: async (text) => clipboard.writeText(text),
    },
    { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
  )
  return {
    'clipboard:copy-secret': async (_context, secret) => {
      await secrets.copy(secret)
      return ok(undefined)
    },
  }
}
