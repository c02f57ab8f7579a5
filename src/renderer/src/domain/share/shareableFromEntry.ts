import type { Entry } from '../journal/entry'
import type { ShareableJournalItem } from './types'

/**
 * A journal entry as an exportable item. A completed guided flow exports as kind 'flow'; its body
 * is whatever Markdown the entry holds (the guided-flow feature writes the answers into it).
 */
export function shareableFromEntry(entry: Entry): ShareableJournalItem {
  return {
    kind: entry.kind === 'flow' ? 'flow' : 'entry',
    entryKind: entry.kind,
    id: entry.id,
    title: entry.title,
    date: entry.date,
    bodyMarkdown: entry.body,
    theme: entry.theme,
    tags: entry.tags,
    mood: entry.mood,
    trust: entry.trust,
    privateNote: entry.privateNote,
  }
}
