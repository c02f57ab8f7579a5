import type { CSSProperties, ReactNode } from 'react'
import type { Entry } from '../domain/journal/entry'
import { entrySnippet } from '../domain/journal/entrySnippet'
import { markdownToPlainText } from '../domain/journal/markdownToPlainText'
import { moodWords } from '../domain/journal/ratingWords'
import { themeById } from '../domain/journal/themes'

export interface TimelineEntryRowProps {
  readonly entry: Entry
  readonly href: string
  readonly style: CSSProperties
  /** Selection controls, when the timeline is in "choose entries" mode. */
  readonly leading?: ReactNode
  readonly selected?: boolean
}

export function entryDisplayTitle(entry: Entry): string {
  if (entry.title.trim()) return entry.title
  const firstLine = markdownToPlainText(entry.body).trim().split('\n')[0] ?? ''
  return firstLine.slice(0, 80) || 'Untitled entry'
}

export function TimelineEntryRow({ entry, href, style, leading, selected }: TimelineEntryRowProps) {
  const snippet = entrySnippet(entry)
  return (
    <div className="timeline__entry" style={style} role="listitem" data-selected={selected}>
      {leading}
      <a href={href}>
        <span className="timeline__title">{entryDisplayTitle(entry)}</span>
        <span className="timeline__snippet">{snippet || ' '}</span>
      </a>
      <span className="row" style={{ flexShrink: 0 }}>
        {entry.theme && <span className="chip">{themeById(entry.theme).name}</span>}
        {entry.mood && <span className="chip">Mood: {moodWords[entry.mood]}</span>}
      </span>
    </div>
  )
}
