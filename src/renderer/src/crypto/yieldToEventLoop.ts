/**
 * An awaitable pause that ends in a new macrotask, so the page can paint (a progress bar, say)
 * and handle input before long work goes on.
 */
export type YieldToEventLoop = () => Promise<void>

/**
 * A posted message rather than setTimeout(0): browsers clamp nested timeouts to at least 4 ms,
 * which over the ~300 pauses of a 20 MB backup would add more than a second of idle waiting,
 * while a message runs as soon as the page has handled whatever was waiting.
 */
export const yieldToEventLoop: YieldToEventLoop = () =>
  new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0)
      return
    }
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      // Closing matters in Node (tests): an open port keeps the process alive.
      port1.close()
      resolve()
    }
    port2.postMessage(null)
  })
