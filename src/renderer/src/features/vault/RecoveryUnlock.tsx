import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { JournalSummary, VaultDirectory, VaultSession } from '../../db/types'
import { Button } from '../../ui/Button'
import { TextArea } from '../../ui/TextArea'

export interface RecoveryUnlockProps {
  readonly directory: VaultDirectory
  readonly journal: JournalSummary
  readonly onUnlocked: (vault: VaultSession) => void
  readonly onCancel: () => void
}

function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

export function RecoveryUnlock({ directory, journal, onUnlocked, onCancel }: RecoveryUnlockProps) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const wordsRef = useRef<HTMLTextAreaElement>(null)

  // After a refusal, back to the words to correct them, once the box is enabled again.
  useEffect(() => {
    if (!busy && error !== null) wordsRef.current?.focus()
  }, [busy, error])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const words = splitWords(text)
    if (words.length !== 24) {
      setError(`Your recovery key has 24 words; this has ${words.length}. Check the sheet you saved.`)
      return
    }
    setBusy(true)
    setError(null)
    const result = await directory.unlockWithRecoveryWords(journal.id, words)
    setBusy(false)
    if (result.ok) onUnlocked(result.value)
    else setError(result.error.message)
  }

  return (
    <main className="centered">
      <form className="narrow card stack" onSubmit={submit}>
        <h1>Open with your recovery words</h1>
        <p>
          Type the 24 words you saved when you created “{journal.name}”, in order. Spaces, line
          breaks and numbers are fine.
        </p>
        <TextArea
          ref={wordsRef}
          label="Recovery words"
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={error}
          disabled={busy}
          autoFocus
          spellCheck={false}
          autoComplete="off"
        />
        <div className="actions actions--start">
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Opening…' : 'Open journal'}
          </Button>
          <Button variant="quiet" onClick={onCancel}>
            Back to passphrase
          </Button>
        </div>
      </form>
    </main>
  )
}
