import { useEffect, useRef, useState, type FormEvent } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import type { SavedPartner, ShareIdentity } from '../../db/sharingTypes'
import { Button } from '../../ui/Button'
import { Dialog } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'

/**
 * The two halves of sealed sharing: this journal's public share code, and the partner's. The
 * fingerprint words let both check, out loud, that nobody swapped a code on the way.
 */
export function ShareCodes({ onPartnerChanged }: { readonly onPartnerChanged: () => void }) {
  const { vault } = useSession()
  const platform = usePlatform()
  const toasts = useToasts()
  const [identity, setIdentity] = useState<ShareIdentity | null>(null)
  const [partner, setPartner] = useState<SavedPartner | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [confirmRenew, setConfirmRenew] = useState(false)
  /** A refused code is named under its own field, where the eye and the focus already are. */
  const [codeError, setCodeError] = useState<string | null>(null)
  const codeField = useRef<HTMLInputElement>(null)

  useEffect(() => {
    let current = true
    void Promise.all([vault.sharing.identity(), vault.sharing.partner()]).then(([own, saved]) => {
      if (!current) return
      if (own.ok) setIdentity(own.value)
      else setError(own.error.message)
      setPartner(saved)
    })
    return () => {
      current = false
    }
  }, [vault])

  async function savePartner(event: FormEvent) {
    event.preventDefault()
    const saved = await vault.sharing.savePartner(code, name, new Date())
    if (!saved.ok) {
      setCodeError(saved.error.message)
      codeField.current?.focus()
      return
    }
    setCodeError(null)
    setError(null)
    setPartner(saved.value)
    setCode('')
    onPartnerChanged()
    toasts.show({ message: 'Partner’s share code saved. Compare the six words with them before you rely on it.' })
  }

  return (
    <div className="stack">
      {error && <Notice tone="error">{error}</Notice>}
      <section className="card stack" aria-labelledby="own-code-heading">
        <h2 id="own-code-heading">Your share code</h2>
        <p className="muted">
          Give this to your partner so they can seal entries that only your journal can open. It is not
          a secret: it can only lock things for you, never unlock them.
        </p>
        {identity && (
          <>
            <p className="share-code" data-testid="own-share-code">
              {identity.shareCode}
            </p>
            <p>
              <span className="muted">Check words: </span>
              <strong data-testid="own-fingerprint">{identity.fingerprint.join(' ')}</strong>
            </p>
            <div className="row">
              <Button
                onClick={async () => {
                  const copied = await platform.copySecret(identity.shareCode)
                  toasts.show({
                    message: copied.ok ? 'Copied. Mend clears it from the clipboard in a minute.' : copied.error.message,
                  })
                }}
              >
                Copy share code
              </Button>
              <Button variant="quiet" onClick={() => setConfirmRenew(true)}>
                Make a new share code…
              </Button>
            </div>
          </>
        )}
      </section>
      <section className="card stack" aria-labelledby="partner-code-heading">
        <h2 id="partner-code-heading">Your partner’s share code</h2>
        {partner ? (
          <>
            <p>
              Saved for <strong>{partner.name || 'your partner'}</strong>:
            </p>
            <p className="share-code">{partner.shareCode}</p>
            <p>
              <span className="muted">Their check words: </span>
              <strong data-testid="partner-fingerprint">{partner.fingerprint.join(' ')}</strong>
            </p>
            <p className="muted">Ask your partner to read their check words aloud. If they match, the code is really theirs.</p>
            <div>
              <Button
                onClick={async () => {
                  const forgotten = await vault.sharing.forgetPartner()
                  if (!forgotten.ok) return setError(forgotten.error.message)
                  setPartner(null)
                  onPartnerChanged()
                }}
              >
                Forget this code
              </Button>
            </div>
          </>
        ) : (
          <form className="stack" onSubmit={savePartner}>
            <p className="muted">Paste the share code your partner gave you, from their own Mend.</p>
            <TextField label="Their name (optional)" value={name} onChange={(e) => setName(e.target.value)} />
            <TextField
              ref={codeField}
              label="Their share code"
              value={code}
              placeholder="mend1-…"
              spellCheck={false}
              error={codeError}
              onChange={(e) => {
                setCode(e.target.value)
                setCodeError(null)
              }}
            />
            <div>
              <Button type="submit" variant="primary" disabled={code.trim() === ''}>
                Save partner’s code
              </Button>
            </div>
          </form>
        )}
      </section>
      <Dialog open={confirmRenew} title="Make a new share code?" onClose={() => setConfirmRenew(false)}>
        <p>
          Your partner will need the new code. Anything sealed to the old code can no longer be opened
          here, so open any bundles waiting for you first.
        </p>
        <div className="dialog__actions">
          <Button onClick={() => setConfirmRenew(false)}>Keep the current code</Button>
          <Button
            variant="danger"
            onClick={async () => {
              setConfirmRenew(false)
              const renewed = await vault.sharing.renewIdentity()
              if (renewed.ok) setIdentity(renewed.value)
              else setError(renewed.error.message)
            }}
          >
            Make a new code
          </Button>
        </div>
      </Dialog>
    </div>
  )
}
