import { useEffect, useMemo, useState } from 'react'
import { sharedApologyChecker } from '../../domain/apology/checkApology'
import type { ApologyFinding } from '../../domain/apology/types'

/**
 * 150 ms: a pause between words, so findings follow the writing without flickering on every
 * key. Parsing is cached per sentence, so each check only parses the sentence being typed.
 */
export const liveCheckDelayMs = 150

export interface LiveCheck {
  /** The text the findings' offsets refer to (it may trail the text area by a moment). */
  readonly checkedText: string
  readonly findings: readonly ApologyFinding[]
}

export function useLiveCheck(text: string): LiveCheck {
  const [checkedText, setCheckedText] = useState(text)
  useEffect(() => {
    if (text === checkedText) return
    const timer = window.setTimeout(() => setCheckedText(text), liveCheckDelayMs)
    return () => window.clearTimeout(timer)
  }, [text, checkedText])
  const findings = useMemo(() => sharedApologyChecker.check(checkedText), [checkedText])
  return { checkedText, findings }
}
