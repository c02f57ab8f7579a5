import { app, shell } from 'electron'
import { parseExternalUrl } from '@shared/externalUrl'
import { fail, ok } from '@shared/result'
import type { MainInvokeHandlers } from './invokeContext'

export function appHandlers(): MainInvokeHandlers<'app:info' | 'shell:open-external'> {
  return {
    'app:info': async () => ok({ version: app.getVersion(), platform: process.platform }),
    // The renderer has already asked the person; main only re-checks the address itself.
    'shell:open-external': async (_context, url) => {
      const safeUrl = parseExternalUrl(url)
      if (!safeUrl.ok) return safeUrl
      try {
        await shell.openExternal(safeUrl.value)
        return ok(undefined)
      } catch {
        return fail(
          'open-failed',
          'Mend could not open your web browser. Copy the address and paste it into your browser instead.',
        )
      }
    },
  }
}
