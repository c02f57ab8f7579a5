import { useState, type RefObject } from 'react'
import { Button } from '../../ui/Button'
import { RecoveryWords } from '../../ui/RecoveryWords'

export interface RecoveryStepProps {
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly journalName: string
  readonly words: readonly string[]
  readonly onDone: () => void
}

/** The recovery words are shown exactly once: Mend does not keep them anywhere it could show again. */
export function RecoveryStep({ headingRef, journalName, words, onDone }: RecoveryStepProps) {
  const [saved, setSaved] = useState(false)
  return (
    <section className="print-sheet">
      <h1 ref={headingRef} tabIndex={-1}>
        Your recovery words
      </h1>
      <p>
        If you ever forget your passphrase, these 24 words open “{journalName}”. Write them on paper
        or print this page, and keep it somewhere private. This is the only time Mend shows them.
      </p>
      <RecoveryWords words={words} />
      <p className="muted">Anyone who has these words can open your journal, so keep them as safe as a key.</p>
      <div className="no-print stack">
        <div className="actions actions--start">
          <Button onClick={() => window.print()}>Print recovery sheet</Button>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={saved} onChange={(event) => setSaved(event.target.checked)} />
          <span>I have written these words down or printed them, and put them somewhere safe.</span>
        </label>
        <div className="actions actions--start">
          <Button variant="primary" disabled={!saved} onClick={onDone}>
            Open my journal
          </Button>
        </div>
      </div>
    </section>
  )
}
