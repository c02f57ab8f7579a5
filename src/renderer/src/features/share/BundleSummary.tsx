import { formatDay } from '../../app/formatDay'
import type { OpenedBundle, SenderCheck } from '../../db/sharingTypes'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'

const senderWords: Readonly<Record<SenderCheck, string>> = {
  'matches-saved-partner': 'Sealed by the partner whose share code you saved.',
  'not-saved-partner':
    'Sealed by a journal whose share code is not the one you saved for your partner. If you did not expect this, do not trust it.',
  'no-partner-saved': 'Sealed by a journal you have not saved a share code for. Compare its check words with your partner.',
  'not-provable': 'Sealed with a one-time passphrase, so Mend cannot tell who sealed it.',
}

export interface BundleSummaryProps {
  readonly bundle: OpenedBundle
  readonly busy: boolean
  readonly onKeep: () => void
  readonly onCancel: () => void
}

export function BundleSummary({ bundle, busy, onKeep, onCancel }: BundleSummaryProps) {
  const count = bundle.items.length
  return (
    <div className="notice stack" role="region" aria-label="What this bundle holds">
      <p>
        <strong>
          {count} {count === 1 ? 'item' : 'items'} from {bundle.senderName || 'your partner'}
        </strong>
        , sealed {formatDay(bundle.createdAt.slice(0, 10))}.
      </p>
      <p>{senderWords[bundle.senderCheck]}</p>
      {bundle.sender && (
        <p className="muted">
          Their check words: <strong>{bundle.sender.fingerprint.join(' ')}</strong>
        </p>
      )}
      {bundle.expiresOn && (
        <Notice tone={bundle.expired ? 'warning' : 'info'}>
          {bundle.expired
            ? `Your partner asked that this be let go after ${formatDay(bundle.expiresOn)}, which has passed. You can still read it; please respect their wish.`
            : `Your partner asks that this be let go after ${formatDay(bundle.expiresOn)}.`}
        </Notice>
      )}
      {bundle.coverNote && <p className="cover-note">{bundle.coverNote}</p>}
      <div className="row">
        <Button variant="primary" disabled={busy} onClick={onKeep}>
          {busy ? 'Adding…' : 'Add to Shared with me'}
        </Button>
        <Button onClick={onCancel}>Not now</Button>
      </div>
    </div>
  )
}
