import { useEffect, useState } from 'react'
import { formatMoment } from '../../app/formatMoment'
import { useSession } from '../../app/SessionContext'
import type { ShareLogEntry } from '../../db/sharingTypes'
import { EmptyState } from '../../ui/EmptyState'

const formatNames: Readonly<Record<ShareLogEntry['format'], string>> = {
  html: 'Web page',
  markdown: 'Markdown',
  'markdown-zip': 'Markdown folder',
  pdf: 'PDF',
  bundle: 'Sealed bundle',
}

function recipientText(entry: ShareLogEntry): string {
  switch (entry.recipient.kind) {
    case 'partner':
      return `for the share code with check words “${entry.recipient.fingerprint.slice(0, 3).join(' ')} …”`
    case 'one-time-passphrase':
      return 'with a one-time passphrase'
    case 'file':
      return 'as a readable file'
  }
}

/** What was shared, when, how and with whom: kept encrypted, for the writer's own memory. */
export function ShareHistory() {
  const { vault } = useSession()
  const [log, setLog] = useState<readonly ShareLogEntry[] | null>(null)
  useEffect(() => {
    void vault.sharing.listShareLog().then((entries) =>
      setLog([...entries].sort((a, b) => (a.sharedAt < b.sharedAt ? 1 : -1))),
    )
  }, [vault])
  if (log === null) return <p className="muted">Opening…</p>
  if (log.length === 0) {
    return (
      <EmptyState title="Nothing shared yet">
        <p>Each time you save a file to share, Mend notes here what went, how and when. Only you can read it.</p>
      </EmptyState>
    )
  }
  return (
    <ul className="plain-list card" aria-label="Share history">
      {log.map((entry) => (
        <li key={entry.id}>
          <strong>{formatMoment(entry.sharedAt)}</strong> · {formatNames[entry.format]} {recipientText(entry)}
          <br />
          <span className="muted">
            {entry.itemTitles.length} {entry.itemTitles.length === 1 ? 'item' : 'items'}: {entry.itemTitles.slice(0, 5).map((t) => t || 'Untitled').join(', ')}
            {entry.itemTitles.length > 5 && ' …'}
          </span>
        </li>
      ))}
    </ul>
  )
}
