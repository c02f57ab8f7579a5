/**
 * The browser build's close hold: the browser's own "Leave site?" question (a page cannot word
 * it) while a hold is active.
 */
export function holdTabClose(document: Document): () => void {
  const view = document.defaultView
  if (!view) return () => undefined
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    // Locking reloads the page on purpose (app/lockAndReload.ts marks the body first); a question
    // then would keep the screen up after the keys are gone.
    if (document.body.classList.contains('locking')) return
    event.preventDefault()
    // Older Chromium looks at returnValue rather than preventDefault().
    event.returnValue = ''
  }
  view.addEventListener('beforeunload', onBeforeUnload)
  return () => view.removeEventListener('beforeunload', onBeforeUnload)
}
