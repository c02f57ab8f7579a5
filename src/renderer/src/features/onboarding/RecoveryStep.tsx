import type { RefObject } from 'react'
import { RecoverySheet } from '../vault/RecoverySheet'

export interface RecoveryStepProps {
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly journalName: string
  readonly words: readonly string[]
  readonly onDone: () => Promise<void> | void
}

/** The recovery words are shown exactly once: Mend does not keep them anywhere it could show again. */
export function RecoveryStep({ headingRef, journalName, words, onDone }: RecoveryStepProps) {
  return (
    <RecoverySheet words={words} confirmLabel="Open my journal" onConfirmed={onDone}>
      <h1 ref={headingRef} tabIndex={-1}>
        Your recovery words
      </h1>
      <p>
        If you ever forget your passphrase, these 24 words open “{journalName}”. Write them on paper
        or print this page, and keep it somewhere private. This is the only time Mend shows them.
      </p>
    </RecoverySheet>
  )
}
