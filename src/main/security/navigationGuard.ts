/**
 * What to do when a page tries to go somewhere. Mend's own pages may reload or move within the app;
 * anything else is refused. A secure web link is offered to the system browser instead, once the
 * person confirms in a native dialog (the page can neither fake nor skip it).
 */
import { parseExternalUrl } from '@shared/externalUrl'
import { isTrustedSender } from '../ipc/senderOrigin'
import type { DevServerOrigin } from './devServer'

export type NavigationVerdict =
  | { readonly action: 'allow' }
  | { readonly action: 'deny' }
  | { readonly action: 'ask-to-open-externally'; readonly url: string }

/** For will-navigate: the page itself moving to another address. */
export function judgeNavigation(
  targetUrl: string,
  devServer: DevServerOrigin | null,
): NavigationVerdict {
  if (isTrustedSender({ url: targetUrl, isMainFrame: true }, devServer)) return { action: 'allow' }
  return judgeNewWindow(targetUrl)
}

/** For setWindowOpenHandler: Mend never opens a second window of its own. */
export function judgeNewWindow(targetUrl: string): NavigationVerdict {
  const external = parseExternalUrl(targetUrl)
  return external.ok
    ? { action: 'ask-to-open-externally', url: external.value }
    : { action: 'deny' }
}

/** Options for dialog.showMessageBox; only the answer "Open in browser" (index 0) opens it. */
export function externalLinkPrompt(url: string) {
  return {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: `${url}\n\nIt opens outside Mend. Nothing from your journal is sent with it.`,
    buttons: ['Open in browser', 'Stay in Mend'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  } as const
}

export function isOpenConfirmed(response: number): boolean {
  return response === 0
}
