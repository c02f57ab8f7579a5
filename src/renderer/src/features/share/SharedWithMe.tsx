import { useCallback, useEffect, useState } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import { today } from '../../app/today'
import { MAX_BUNDLE_BYTES } from '../../crypto/bundleFormat'
import type { OpenedBundle, SharedItem } from '../../db/sharingTypes'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Notice } from '../../ui/Notice'
import { TextField } from '../../ui/TextField'
import { BundleSummary } from './BundleSummary'
import { SharedItemView } from './SharedItemView'

type Opening =
  | { readonly step: 'idle' }
  | { readonly step: 'needs-passphrase'; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly step: 'opened'; readonly bundle: OpenedBundle; readonly fileName: string }

/** Bundles from a partner: opened, checked, then kept read-only under this journal's own key. */
export function SharedWithMe() {
  const { vault } = useSession()
  const platform = usePlatform()
  const toasts = useToasts()
  const [items, setItems] = useState<readonly SharedItem[] | null>(null)
  const [damaged, setDamaged] = useState(0)
  const [opening, setOpening] = useState<Opening>({ step: 'idle' })
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const reload = useCallback(async () => {
    const loaded = await vault.sharing.listSharedItems()
    setItems([...loaded.items].sort((a, b) => (a.sharedAt < b.sharedAt ? 1 : -1)))
    setDamaged(loaded.damagedIds.length)
  }, [vault])

  useEffect(() => {
    void reload()
  }, [reload])

  async function open(bytes: Uint8Array, fileName: string, withPassphrase: string | null) {
    setBusy(true)
    setError(null)
    const opened = await vault.sharing.openBundle(bytes, { today: today(), passphrase: withPassphrase })
    setBusy(false)
    if (!opened.ok) return setError(opened.error.message)
    setOpening({ step: 'opened', bundle: opened.value, fileName })
  }

  async function choose() {
    setError(null)
    const picked = await platform.openFiles({
      filters: [{ name: 'Mend share', extensions: ['mendshare'] }],
      multiple: false,
      maxBytes: MAX_BUNDLE_BYTES,
    })
    if (!picked.ok) return setError(picked.error.message)
    const file = picked.value?.[0]
    if (!file) return
    const header = vault.sharing.inspectBundle(file.bytes)
    if (!header.ok) return setError(header.error.message)
    if (header.value.sealedWith === 'passphrase') {
      setPassphrase('')
      setOpening({ step: 'needs-passphrase', bytes: file.bytes, fileName: file.fileName })
    } else await open(file.bytes, file.fileName, null)
  }

  async function keep(bundle: OpenedBundle) {
    setBusy(true)
    const imported = await vault.sharing.importBundle(bundle, new Date())
    setBusy(false)
    if (!imported.ok) return setError(imported.error.message)
    setOpening({ step: 'idle' })
    const { added, alreadyImported } = imported.value
    toasts.show({
      message:
        added === 0
          ? 'You already have everything in this bundle.'
          : `${added} ${added === 1 ? 'item' : 'items'} added to Shared with me${alreadyImported ? ` (${alreadyImported} you already had)` : ''}.`,
    })
    await reload()
  }

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="open-bundle-heading">
        <h2 id="open-bundle-heading">Open a bundle from your partner</h2>
        <p className="muted">A .mendshare file your partner sealed for you. Nothing is added until you say so.</p>
        <div>
          <Button variant="primary" disabled={busy} onClick={() => void choose()}>
            Open a .mendshare file…
          </Button>
        </div>
        {error && <Notice tone="error">{error}</Notice>}
        {opening.step === 'needs-passphrase' && (
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault()
              void open(opening.bytes, opening.fileName, passphrase)
            }}
          >
            <TextField
              label="The one-time passphrase your partner told you"
              value={passphrase}
              autoFocus
              spellCheck={false}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <div className="row">
              <Button type="submit" variant="primary" disabled={busy || passphrase.trim() === ''}>
                {busy ? 'Opening…' : 'Open'}
              </Button>
              <Button onClick={() => setOpening({ step: 'idle' })}>Cancel</Button>
            </div>
          </form>
        )}
        {opening.step === 'opened' && (
          <BundleSummary
            bundle={opening.bundle}
            busy={busy}
            onKeep={() => void keep(opening.bundle)}
            onCancel={() => setOpening({ step: 'idle' })}
          />
        )}
      </section>
      {damaged > 0 && (
        <Notice tone="warning">
          {damaged === 1 ? 'One shared item is' : `${damaged} shared items are`} damaged and cannot be opened. Everything
          else is readable.
        </Notice>
      )}
      <section aria-labelledby="received-heading" className="stack">
        <h2 id="received-heading">Shared with me</h2>
        {items === null ? (
          <p className="muted">Opening…</p>
        ) : items.length === 0 ? (
          <EmptyState title="Nothing here yet">
            <p>What your partner shares with you will be kept here, read-only, under your own passphrase.</p>
          </EmptyState>
        ) : (
          items.map((shared) => <SharedItemView key={shared.id} shared={shared} />)
        )}
      </section>
      <p className="muted">These are copies, kept under your own passphrase. Your partner keeps their own journal.</p>
    </div>
  )
}
