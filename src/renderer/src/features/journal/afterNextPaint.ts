/**
 * Resolves once the browser has had the chance to paint what was just rendered: a frame callback
 * runs just before a paint, and a task queued from it runs after. A hidden page gets no frames,
 * so a short timer stands in; there the wait only has to be brief, not exact.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        resolve()
      }, 0),
    )
  })
}
