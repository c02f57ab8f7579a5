import { formatMoment } from '../../app/formatMoment'
import type { ApologyVersion } from '../../domain/apology/drafts/types'
import { apologyStatusNames } from '../../ui/ApologyStatusBadge'

/** "3 May 2026 at 14:05" in the person's locale and zone, as every moment in Mend. */
export function versionTime(version: ApologyVersion): string {
  return formatMoment(version.savedAt)
}

/** Why the version exists, in words. */
export function versionReason(version: ApologyVersion): string {
  switch (version.reason) {
    case 'while-writing':
      return 'Kept while writing'
    case 'saved-by-you':
      return 'Saved by you'
    case 'status':
      return `Marked “${apologyStatusNames[version.status]}”`
    case 'before-free-edit':
      return 'Before editing the whole letter'
    case 'before-rebuild':
      return 'Before rebuilding from the steps'
    case 'before-restore':
      return 'Before bringing back an earlier version'
  }
}

/** "Version 3 · 3 May, 14:05 · Saved by you": numbered, since minutes alone can repeat. */
export function versionName(version: ApologyVersion, number: number): string {
  return `Version ${number} · ${versionTime(version)} · ${versionReason(version)}`
}
