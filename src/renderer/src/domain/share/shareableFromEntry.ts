import { withoutLegacyRatingText } from '../flows/withoutLegacyRatingText'
import type { Entry } from '../journal/entry'
import type { ShareableJournalItem } from './types'

/**
 * A journal entry as an exportable item. A completed guided flow exports as kind 'flow' with the
 * Markdown its entry holds; its mood and trust travel only as fields, which the export options
 * can leave out.
 */
export function shareableFromEntry(entry: Entry): ShareableJournalItem {
  // Loading already removed old rating text (parseEntryPayload); this is the last step before
  // words leave the computer, so it does not rely on every entry having come that way.
  const readable = withoutLegacyRatingText(entry)
  return {
    kind: entry.kind === 'flow' ? 'flow' : 'entry',
    entryKind: entry.kind,
    id: entry.id,
    title: entry.title,
    date: entry.date,
    bodyMarkdown: readable.body,
    theme: entry.theme,
    tags: entry.tags,
    mood: entry.mood,
    trust: entry.trust,
    privateNote: entry.privateNote,
  }
}
