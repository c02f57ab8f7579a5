import DOMPurify, { type DOMPurify as Purify } from 'dompurify'

/**
 * DOMPurify bound to the jsdom window of the test environment, as the app binds it to the page's
 * own. Files using it start with a `// @vitest-environment jsdom` docblock.
 */
export function createTestPurify(): Purify {
  return DOMPurify(window)
}

/** An instance with no DOM to work with, as DOMPurify is when imported outside a browser. */
export function createPurifyWithoutDom(): Purify {
  return DOMPurify({} as unknown as Window & typeof globalThis)
}
