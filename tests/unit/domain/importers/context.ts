import type { ImportContext } from '@renderer/domain/importers/types'

export const context: ImportContext = {
  now: new Date('2026-11-25T12:00:00.000Z'),
  timeZone: 'Europe/London',
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
