/** The few BrowserWindow methods needed to show a window to the person again. */
export interface FrontableWindow {
  isDestroyed(): boolean
  isMinimized(): boolean
  restore(): void
  isVisible(): boolean
  show(): void
  focus(): void
}

/** Used when a second copy of Mend starts: the first one comes forward and the second quits. */
export function bringToFront(window: FrontableWindow | null): void {
  if (window === null || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
}
