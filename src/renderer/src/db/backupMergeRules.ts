/**
 * Which of a backup's records join the open journal when it is merged, and how
 * (docs/FORMAT.md §20.5). Most records are the person's writing and are copied. A few are one
 * journal's own bookkeeping, which a backup of another journal must never replace: that
 * journal's preferences would silently change this one's idle lock, reminders or backup folder.
 */
import { FORM_DRAFTS_RECORD_ID } from './formDraftsRecord'
import type { RecordKind } from './types'

/**
 * - copy: added when missing here, replaced when the backup's copy is newer (backupMergeDecision.ts)
 * - keep-own: never written; this journal keeps what it has, or its defaults
 * - union: a set of strings; the journal keeps its own and gains the backup's
 */
export type MergeRule = 'copy' | 'keep-own' | 'union'

/**
 * The 'settings' record listing the dedupe keys of everything brought in by Import
 * (features/settings/ImportSection.tsx reads and writes it). Unioned, not kept: the merge
 * brings that journal's imported entries here, so their keys must come too, or importing the
 * same Day One export here later would add those entries a second time.
 */
export const IMPORTED_KEYS_RECORD_ID = 'imported-keys'

/** Prompt-of-the-day rotation: which prompt this journal showed on which day. */
const PROMPT_HISTORY_RECORD_ID = 'history'

export function mergeRuleFor(kind: RecordKind, id: string, sameJournal: boolean): MergeRule {
  if (kind === 'settings' && id === IMPORTED_KEYS_RECORD_ID) return 'union'
  // Even from this same journal: drafts that are no longer here were sent or let go on purpose
  // since the backup, and bringing them back would offer those words again as if a lock had
  // just kept them.
  if (kind === 'settings' && id === FORM_DRAFTS_RECORD_ID) return 'keep-own'
  // A backup of this same journal holds this journal's own settings, older: 'copy' already
  // keeps the current ones, since settings carry no updatedAt.
  if (sameJournal) return 'copy'
  // Every settings record, including any added later: app preferences ('app-settings'), the
  // automatic backup folder and schedule ('auto-backup'), and so on.
  if (kind === 'settings') return 'keep-own'
  // This journal's own share key pair and saved partner.
  if (kind === 'share-key') return 'keep-own'
  if (kind === 'prompt-custom' && id === PROMPT_HISTORY_RECORD_ID) return 'keep-own'
  return 'copy'
}
