import { useEffect, useRef, type ReactNode } from 'react'

export interface ApologyReadingViewProps {
  readonly open: boolean
  readonly title: string
  readonly letter: string
  readonly onClose: () => void
  /** Copy and practise-aloud buttons, kept small at the top. */
  readonly actions?: ReactNode
}

/**
 * The letter alone in large type, for reading it aloud or to them. A native modal <dialog>, so
 * Escape closes it, focus stays inside and returns to the button that opened it.
 */
export function ApologyReadingView({
  open,
  title,
  letter,
  onClose,
  actions,
}: ApologyReadingViewProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="apology-reading"
      aria-label={`Reading view: ${title}`}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <div className="apology-reading__inner">
          <div className="apology-reading__bar">
            <button type="button" className="button button--quiet" onClick={onClose}>
              ← Back <span className="muted">(Esc)</span>
            </button>
            <div className="row">{actions}</div>
          </div>
          <div
            className="apology-reading__letter"
            tabIndex={0}
            role="region"
            aria-label="Your letter"
          >
            {letter.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </div>
      )}
    </dialog>
  )
}
