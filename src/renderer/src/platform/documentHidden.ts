/** Calls back whenever the page becomes hidden (minimised, another tab, screen off). */
export function onDocumentHidden(document: Document, listener: () => void): () => void {
  const handle = (): void => {
    if (document.visibilityState === 'hidden') listener()
  }
  document.addEventListener('visibilitychange', handle)
  return () => document.removeEventListener('visibilitychange', handle)
}
