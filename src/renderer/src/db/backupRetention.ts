/**
 * Automatic backups keep the newest N files of a journal in the chosen folder. This decides
 * which files to delete, from their names alone: only names in Mend's own backup format, and
 * only of this journal, are ever candidates, so the person's other files are never at risk.
 */
import { parseBackupFileName } from './backupFileName'

/** At least one backup always stays, whatever `keep` says. */
const MIN_KEEP = 1

export function backupFilesToDelete(
  fileNames: readonly string[],
  journalId: string,
  keep: number,
): readonly string[] {
  const keepCount = Number.isFinite(keep) ? Math.max(MIN_KEEP, Math.floor(keep)) : MIN_KEEP
  const journalTag = journalId.slice(0, 8)
  const ours = [...new Set(fileNames)]
    .map((fileName) => ({ fileName, parts: parseBackupFileName(fileName) }))
    .filter(({ parts }) => parts !== null && parts.journalTag === journalTag)
    .sort(
      (a, b) =>
        (b.parts?.takenAtMs ?? 0) - (a.parts?.takenAtMs ?? 0) ||
        b.fileName.localeCompare(a.fileName),
    )
  return ours.slice(keepCount).map(({ fileName }) => fileName)
}
