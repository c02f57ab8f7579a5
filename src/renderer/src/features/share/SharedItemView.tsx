import { formatDay } from '../../app/formatDay'
import type { SharedItem } from '../../db/sharingTypes'
import { kindLabels } from '../../domain/share/exportLabels'
import { MarkdownPreview } from '../journal/MarkdownPreview'

/** One shared item, read-only: who shared it and when, then their words rendered safely. */
export function SharedItemView({ shared }: { readonly shared: SharedItem }) {
  const { item } = shared
  return (
    <article className="card shared-item" aria-label={item.title || 'Untitled'}>
      <h3>{item.title || 'Untitled'}</h3>
      <p className="muted">
        {kindLabels[item.kind]} · {item.date ? formatDay(item.date) : 'undated'} · shared by{' '}
        {shared.senderName || 'your partner'} on {formatDay(shared.sharedAt.slice(0, 10))}
        {shared.expiresOn && ` · to let go after ${formatDay(shared.expiresOn)}`}
      </p>
      <MarkdownPreview markdown={item.bodyMarkdown} label={`Shared text: ${item.title || 'Untitled'}`} />
    </article>
  )
}
