/** What a clipboard needs to offer; Electron's clipboard module and the browser's both fit. */
export interface ClipboardAccess {
  readText(): Promise<string | null>
  writeText(text: string): Promise<void>
}

export interface ClipboardTimers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** 60 s: long enough to paste into a message or a password manager, short enough to forget. */
export const secretClipboardLifetimeMs = 60_000

/**
 * Copies a secret (a share code, recovery words) and clears it again after a minute, but only if
 * the clipboard still holds it: whatever the person copied since is theirs and is left alone.
 */
export function createSecretClipboard(clipboard: ClipboardAccess, timers: ClipboardTimers) {
  let pending: unknown = null
  return {
    async copy(secret: string): Promise<void> {
      await clipboard.writeText(secret)
      if (pending !== null) timers.clearTimeout(pending)
      pending = timers.setTimeout(() => {
        pending = null
        void clipboard.readText().then(
          (current) => (current === secret ? clipboard.writeText('') : undefined),
          () => undefined,
        )
      }, secretClipboardLifetimeMs)
    },
  }
}
