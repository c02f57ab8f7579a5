import type { Entry } from '@renderer/domain/journal/entry'
import { defaultExportOptions } from '@renderer/domain/share/exportOptions'
import type { ExportOptions, ShareableItem } from '@renderer/domain/share/types'

export const fixedNow = new Date('2026-11-25T21:30:00.000Z')

export function anEntry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'entry-1',
    kind: 'free',
    title: 'A hard talk',
    body: 'We talked about **the money** and I listened.',
    date: '2026-03-03',
    createdAt: '2026-03-03T20:00:00.000Z',
    updatedAt: '2026-03-03T20:00:00.000Z',
    tags: ['money', 'listening'],
    theme: 'communication',
    mood: 3,
    trust: 2,
    promptId: null,
    flow: null,
    privateNote: 'I was scared to bring it up.',
    ...overrides,
  }
}

export function anItem(
  overrides: Partial<ShareableItem> & Pick<ShareableItem, 'id'>,
): ShareableItem {
  return {
    kind: 'apology',
    title: 'I am sorry',
    date: '2026-04-01',
    bodyMarkdown: 'I am sorry for the things I hid.',
    ...overrides,
  } as ShareableItem
}

export function someOptions(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return { ...defaultExportOptions('en-GB', 'Europe/London'), ...overrides }
}
