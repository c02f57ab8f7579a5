import { useEffect, useState } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import type { BundleContents, SavedPartner, SealedBundle, ShareRecipient } from '../../db/sharingTypes'
import type { Result } from '@shared/result'
import type { ExportOptions, ShareableItem } from '../../domain/share/types'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'

export interface SealSectionProps {
  readonly items: readonly ShareableItem[]
  readonly options: ExportOptions
  readonly onShowCodes: () => void
  readonly onShared: (recipient: ShareRecipient, bundleId: string) => void
}

/** An encrypted .mendshare: only the partner's Mend (or whoever has the one-time passphrase) opens it. */
export function SealSection({ items, options, onShowCodes, onShared }: SealSectionProps) {
  const { vault } = useSession()
  const platform = usePlatform()
  const toasts = useToasts()
  const [partner, setPartner] = useState<SavedPartner | null>(null)
  const [passphrase, setPassphrase] = useState(() => vault.sharing.suggestPassphrase())
  const [expiresOn, setExpiresOn] = useState('')
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void vault.sharing.partner().then(setPartner)
  }, [vault])

  const contents: BundleContents = {
    senderName: options.authorName,
    items,
    coverNote: options.coverNote,
    expiresOn: expiresOn || null,
    includeRatings: options.includeRatings,
    includeTags: options.includeTags,
    includePrivateNotes: options.includePrivateNotes,
  }

  async function seal(recipient: ShareRecipient, sealing: Promise<Result<SealedBundle>>) {
    setError(null)
    setProgress(0)
    const sealed = await sealing
    setProgress(null)
    if (!sealed.ok) return setError(sealed.error.message)
    const saved = await platform.saveFile({
      suggestedName: sealed.value.suggestedFileName,
      filters: [{ name: 'Mend share', extensions: ['mendshare'] }],
      contents: sealed.value.bytes,
    })
    if (!saved.ok) return setError(saved.error.message)
    if (!saved.value) return
    onShared(recipient, sealed.value.bundleId)
    toasts.show({ message: `Sealed and saved “${saved.value.fileName}”.` })
  }

  const onProgress = (done: number, total: number) => setProgress(total === 0 ? 1 : done / total)
  const busy = progress !== null

  return (
    <section className="card stack" aria-labelledby="seal-heading">
      <h2 id="seal-heading">Seal for my partner</h2>
      <p className="muted">An encrypted file that opens only in your partner’s Mend. It shows them exactly this preview.</p>
      <TextField
        label="Ask them to let it go after (optional)"
        hint="Shown to your partner as your wish. Mend cannot take back a file once it is given."
        type="date"
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
      />
      {partner ? (
        <Button
          variant="primary"
          disabled={busy}
          onClick={() =>
            void seal(
              { kind: 'partner', shareCode: partner.shareCode, fingerprint: partner.fingerprint },
              vault.sharing.sealToShareCode(partner.shareCode, contents, { now: new Date(), onProgress }),
            )
          }
        >
          Seal for {partner.name || 'my partner'}
        </Button>
      ) : (
        <p>
          To seal for your partner, first save their share code.{' '}
          <Button size="small" onClick={onShowCodes}>
            Add their share code
          </Button>
        </p>
      )}
      <details>
        <summary>Or seal with a one-time passphrase</summary>
        <div className="stack" style={{ marginTop: 'var(--space-3)' }}>
          <TextField
            label="One-time passphrase"
            hint="Tell it to them in person or on a call, never in the same message as the file."
            value={passphrase}
            spellCheck={false}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <div>
            <Button
              disabled={busy || passphrase.trim().length < 12}
              onClick={() =>
                void seal(
                  { kind: 'one-time-passphrase' },
                  vault.sharing.sealWithPassphrase(passphrase.trim(), contents, { now: new Date(), onProgress }),
                )
              }
            >
              Seal with this passphrase
            </Button>
          </div>
        </div>
      </details>
      {busy && (
        <div
          className="meter"
          role="progressbar"
          aria-label="Sealing"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round((progress ?? 0) * 100)}
        >
          <div className="meter__fill" style={{ width: `${(progress ?? 0) * 100}%` }} />
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  )
}
