import { useState, type ReactNode } from 'react'
import { useCloseHold } from '../../app/useCloseHold'
import { Button } from '../../ui/Button'
import { RecoveryWords } from '../../ui/RecoveryWords'

export interface RecoverySheetProps {
  readonly words: readonly string[]
  /** The heading and the sentences above the words. */
  readonly children: ReactNode
  readonly confirmLabel: string
  /** After the person ticked that the words are saved and pressed the confirm button. */
  readonly onConfirmed: () => Promise<void> | void
}

/**
 * Recovery words shown once, to print or copy by hand, then confirmed. Until they are, closing
 * or reloading the window asks first: Mend keeps no copy it could show again.
 */
export function RecoverySheet({ words, children, confirmLabel, onConfirmed }: RecoverySheetProps) {
  const [saved, setSaved] = useState(false)
  const [confirming, setConfirming] = useState(false)
  useCloseHold(!confirming, 'recovery-words')

  async function confirm() {
    setConfirming(true)
    try {
      await onConfirmed()
    } finally {
      setConfirming(false)
    }
  }

  return (
    <section className="print-sheet">
      {children}
      <RecoveryWords words={words} />
      <p className="muted">
        Anyone who has these words can open your journal, so keep them as safe as a key.
      </p>
      <div className="no-print stack">
        <div className="actions actions--start">
          <Button onClick={() => window.print()}>Print recovery sheet</Button>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={saved}
            onChange={(event) => setSaved(event.target.checked)}
          />
          <span>I have written these words down or printed them, and put them somewhere safe.</span>
        </label>
        <div className="actions actions--start">
          <Button variant="primary" disabled={!saved || confirming} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </section>
  )
}
