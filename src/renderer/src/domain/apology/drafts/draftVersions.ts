import { draftLetter } from './draftLetter'
import { isBlankContent, sameContent } from './sameContent'
import type { ApologyDraft, ApologyVersion, VersionReason } from './types'

/**
 * Two minutes: long enough that a version holds a thought rather than half a word, short enough
 * that an hour's writing leaves a usable trail of about thirty steps back.
 */
export const autoVersionIntervalMs = 2 * 60 * 1000

/**
 * A draft's history is stored inside its own record and re-encrypted on every save; 80 versions
 * of a long letter stay well under half a megabyte.
 */
export const maxVersions = 80

export function latestVersion(draft: ApologyDraft): ApologyVersion | null {
  return draft.versions[draft.versions.length - 1] ?? null
}

/** True when the draft reads differently from its latest version (or has none and isn't blank). */
export function changedSinceLatestVersion(draft: ApologyDraft): boolean {
  const latest = latestVersion(draft)
  if (!latest) return !isBlankContent(draft.content)
  return !sameContent(latest.content, draft.content)
}

/** Drops the oldest versions kept while writing first; the ones the person chose stay longest. */
function pruned(versions: readonly ApologyVersion[]): readonly ApologyVersion[] {
  const kept = [...versions]
  while (kept.length > maxVersions) {
    const automatic = kept.findIndex((v) => v.reason === 'while-writing')
    kept.splice(automatic === -1 ? 0 : automatic, 1)
  }
  return kept
}

/** Keeps the draft as it reads now in its history. Always adds, even if unchanged. */
export function addVersion(
  draft: ApologyDraft,
  reason: VersionReason,
  now: Date,
  versionId: string,
): ApologyDraft {
  const version: ApologyVersion = {
    id: versionId,
    savedAt: now.toISOString(),
    reason,
    status: draft.status,
    content: draft.content,
    letter: draftLetter(draft.content),
  }
  return { ...draft, versions: pruned([...draft.versions, version]) }
}

/** Adds a version unless the draft is blank or reads exactly like its latest version. */
export function addVersionIfChanged(
  draft: ApologyDraft,
  reason: VersionReason,
  now: Date,
  versionId: string,
): ApologyDraft {
  return changedSinceLatestVersion(draft) ? addVersion(draft, reason, now, versionId) : draft
}

/**
 * What autosave calls before writing: a version while writing is kept at most once every two
 * minutes (counted from the draft's start before the first one), and only for real changes.
 */
export function addVersionIfDue(draft: ApologyDraft, now: Date, versionId: string): ApologyDraft {
  const since = latestVersion(draft)?.savedAt ?? draft.createdAt
  if (now.getTime() - Date.parse(since) < autoVersionIntervalMs) return draft
  return addVersionIfChanged(draft, 'while-writing', now, versionId)
}
