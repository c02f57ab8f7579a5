import type { ExportOptions } from './types'

/**
 * What an export shares unless the person changes it. Private notes stay private by default: they
 * were written for the writer alone. Mood and trust ratings are left out too: showing a partner how much one
 * trusts them, day by day, should be a choice made on purpose, not a box left ticked. So are tags:
 * they are the writer's own filing words ("affair", "money", "her"), often blunter than the text.
 */
export function defaultExportOptions(locale: string, timeZone: string): ExportOptions {
  return {
    includeRatings: false,
    includeTags: false,
    includePrivateNotes: false,
    coverNote: '',
    authorName: '',
    title: '',
    locale,
    timeZone,
  }
}
