import { dailyCheckIn } from '@renderer/domain/flows/definitions/dailyCheckIn'
import { flowToEntryContent } from '@renderer/domain/flows/flowToEntryContent'
import type { Entry } from '@renderer/domain/journal/entry'
import { newEntry } from '@renderer/domain/journal/newEntry'
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

/** The defaults with tags ticked, so the format tests see every field a file can carry. */
export function someOptions(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return { ...defaultExportOptions('en-GB', 'Europe/London'), includeTags: true, ...overrides }
}

const checkInAnswers = {
  mood: 4,
  trust: 4,
  appreciated: 'The tea she made me without asking.',
  need: 'An hour on Sunday to talk without phones.',
} as const

/** A daily check-in saved as this version saves it: mood and trust only as the entry's fields. */
export function aCheckIn(): Entry {
  return newEntry({
    id: 'check-in',
    now: new Date('2026-03-04T21:00:00.000Z'),
    ...flowToEntryContent(dailyCheckIn, checkInAnswers),
  })
}

/** The same check-in as earlier builds saved it, with mood and trust written into its text too. */
export function aLegacyCheckIn(): Entry {
  return {
    ...aCheckIn(),
    id: 'legacy-check-in',
    body: [
      '### Mood',
      '',
      'Fairly good (4 of 5)',
      '',
      '### Trust I feel',
      '',
      'Quite a lot (4 of 5)',
      '',
      '### Something I appreciated',
      '',
      checkInAnswers.appreciated,
      '',
      '### One thing I need',
      '',
      checkInAnswers.need,
    ].join('\n'),
    flow: { flowId: 'daily-check-in', answers: checkInAnswers },
  }
}
