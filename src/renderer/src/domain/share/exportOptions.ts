import type { ExportOptions } from './types'

/**
 * What an export shares unless the person changes it. Private notes stay private by default: they
 * were written for the writer alone.
 */
export function defaultExportOptions(locale: string, timeZone: string): ExportOptions {
  return {
    includeRatings: true,
    includeTags: true,
    includePrivateNotes: false,
    coverNote: '',
    authorName: '',
    title: '',
    locale,
    timeZone,
  }
}
