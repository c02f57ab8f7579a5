import { useEffect } from 'react'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * Digits 1–9 mark the matching commitment kept today: one key press, as the issue asks. Ignored
 * while typing, with a modifier held (Alt+digit moves between areas), or inside a dialog.
 */
export function useCommitmentShortcuts(count: number, onDigit: (index: number) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1]
      if (digit === undefined || Number(digit) > count) return
      event.preventDefault()
      onDigit(Number(digit) - 1)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [count, onDigit])
}
