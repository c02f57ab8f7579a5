import { formatDay } from '../../app/formatDay'
import type { SharedItem } from '../../db/sharingTypes'
import { kindLabels, ratingsLine } from '../../domain/share/exportLabels'
import { MarkdownPreview } from '../journal/MarkdownPreview'

/** One shared item, read-only: who shared it and when, then their words rendered safely. */
export function SharedItemView({ shared }: { readonly shared: SharedItem }) {
  const { item } = shared
  // Present only when the sender chose to share ratings; a guided check-in's text has none.
  const ratings = ratingsLine(item.mood ?? null, item.trust ?? null)
  return (
    <article className="card shared-item" aria-label={item.title || 'Untitled'}>
      <h3>{item.title || 'Untitled'}</h3>
      <p className="muted">
        {kindLabels[item.kind]} · {item.date ? formatDay(item.date) : 'undated'} · shared by{' '}
        {shared.senderName || 'your partner'} on {formatDay(shared.sharedAt.slice(0, 10))}
        {shared.expiresOn && ` · to let go after ${formatDay(shared.expiresOn)}`}
      </p>
      {ratings && <p className="muted">{ratings}</p>}
      {/* Present only when the sender chose to share tags. */}
      {item.tags && item.tags.length > 0 && <p className="muted">Tags: {item.tags.join(', ')}</p>}
      <MarkdownPreview markdown={item.bodyMarkdown} label={`Shared text: ${item.title || 'Untitled'}`} />
    </article>
  )
}
