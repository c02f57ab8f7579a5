/** Shared material for bundle tests: sample items of realistic length and ready key pairs. */
import type { BundlePayload } from '@renderer/crypto/bundlePayload'
import type { ShareableItem } from '@renderer/domain/share/types'

const vocabulary = (
  'we talked after dinner and I listened without defending myself it was slow but kind ' +
  'she noticed I came home when I said I would and we both felt lighter trust grows back ' +
  'through small things done again and again'
).split(' ')

/** `count` entries of about `wordsEach` words, deterministic. */
export function sampleItems(count: number, wordsEach = 40): ShareableItem[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'entry',
    entryKind: 'free',
    id: `entry-${index}`,
    title: `Evening ${index + 1}`,
    date: '2026-03-01',
    bodyMarkdown: Array.from(
      { length: wordsEach },
      (_, word) => vocabulary[(index * 7 + word) % vocabulary.length],
    ).join(' '),
    theme: 'communication',
    tags: ['talking'],
    mood: 4,
    trust: 3,
  }))
}

export function samplePayload(items: readonly ShareableItem[] = sampleItems(3)): BundlePayload {
  return {
    bundleId: '0123456789abcdef0123456789abcdef',
    createdAt: '2026-03-01T20:15:00.000Z',
    senderName: 'Sam',
    expiresOn: '2026-04-01',
    coverNote: 'For our Thursday session.',
    items,
  }
}
