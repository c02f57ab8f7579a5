import { useEffect, useRef, useState } from 'react'
import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { RecoverySheet } from '../vault/RecoverySheet'
import { NewRecoveryWordsForm } from './NewRecoveryWordsForm'

type Stage =
  | { readonly name: 'idle' }
  | { readonly name: 'asking' }
  | { readonly name: 'showing'; readonly words: readonly string[] }

/**
 * Lost or exposed recovery words can be replaced here, and only here does Mend mention words
 * that were never confirmed as saved: one quiet line, no nagging elsewhere.
 */
export function RecoveryWordsSection() {
  const { vault } = useSession()
  const toasts = useToasts()
  const [stage, setStage] = useState<Stage>({ name: 'idle' })
  const [notConfirmed, setNotConfirmed] = useState(false)
  const [returnFocus, setReturnFocus] = useState(false)
  const openButton = useRef<HTMLButtonElement>(null)
  const wordsHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    let current = true
    vault.recoveryWords.status().then(
      (status) => current && setNotConfirmed(status === 'not-confirmed'),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [vault])

  useEffect(() => {
    if (stage.name === 'showing') wordsHeading.current?.focus()
    if (stage.name === 'idle' && returnFocus) openButton.current?.focus()
  }, [stage.name, returnFocus])

  const backToIdle = () => {
    setStage({ name: 'idle' })
    setReturnFocus(true)
  }

  return (
    <section
      className="card stack"
      aria-labelledby="recovery-heading"
      style={{ marginTop: 'var(--space-4)' }}
    >
      <h2 id="recovery-heading">Recovery words</h2>
      {stage.name !== 'showing' && notConfirmed && (
        <Notice>
          You haven’t yet confirmed that you saved this journal’s recovery words. If you don’t have
          them, make new ones.
        </Notice>
      )}
      {stage.name === 'idle' && (
        <>
          <p>
            Your 24 recovery words open this journal if you forget your passphrase. If you’ve lost
            them, or someone else may have seen them, make new ones.
          </p>
          <div className="actions actions--start">
            <Button ref={openButton} onClick={() => setStage({ name: 'asking' })}>
              Make new recovery words…
            </Button>
          </div>
        </>
      )}
      {stage.name === 'asking' && (
        <NewRecoveryWordsForm
          onMade={(words) => {
            setNotConfirmed(true)
            setStage({ name: 'showing', words })
          }}
          onCancel={backToIdle}
        />
      )}
      {stage.name === 'showing' && (
        <RecoverySheet
          words={stage.words}
          confirmLabel="I’ve saved them"
          onConfirmed={async () => {
            const noted = await vault.recoveryWords.noteConfirmed()
            setNotConfirmed(!noted.ok)
            toasts.show({
              message: 'Your new recovery words are now the ones that open this journal.',
            })
            backToIdle()
          }}
        >
          <h3 ref={wordsHeading} tabIndex={-1}>
            Your new recovery words
          </h3>
          <p>
            From now on, these 24 words open “{vault.journal.name}” if you forget your passphrase;
            your old words no longer do. Write them on paper or print this page, and keep it
            somewhere private. This is the only time Mend shows them.
          </p>
        </RecoverySheet>
      )}
    </section>
  )
}
