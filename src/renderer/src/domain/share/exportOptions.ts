import type { ExportOptions } from './types'

/**
 * What an export shares unless the person changes it. Private notes stay private by default: they
 * were written for the writer alone. Mood and trust ratings are left out too: showing a partner how much one
 * trusts them, day by day, should be a choice made on purpose, not a box left ticked.
 */
export function defaultExportOptions(locale: string, timeZone: string): ExportOptions {
  return {
    includeRatings: false,
    includeTags: true,
    includePrivateNotes: false,
    coverNote: '',
    authorName: '',
    title: '',
    locale,
    timeZone,
  }
}
