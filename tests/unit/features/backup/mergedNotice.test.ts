import { describe, expect, it } from 'vitest'
import {
  forgetMergeNotice,
  mergeChangedJournal,
  mergeResultText,
  nothingNewText,
  peekMergeNotice,
  rememberMergeForLockScreen,
} from '@renderer/features/backup/mergedNotice'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  }
}

const merge = { added: 3, updated: 1, unchanged: 40, skippedDamaged: 0 }

describe('merge wording', () => {
  it('says what was added, updated and already here', () => {
    expect(mergeResultText(merge)).toBe('Backup merged: 3 added, 1 updated, 40 already here.')
    expect(mergeResultText({ ...merge, updated: 0, unchanged: 0, skippedDamaged: 2 })).toBe(
      'Backup merged: 3 added. 2 items were already damaged in the backup and were left out.',
    )
  })

  it('says calmly when there was nothing new', () => {
    const none = { added: 0, updated: 0, unchanged: 12, skippedDamaged: 0 }
    expect(mergeChangedJournal(none)).toBe(false)
    expect(nothingNewText(none)).toBe(
      'All 12 items in this backup are already in your journal, so nothing was changed.',
    )
    expect(nothingNewText({ ...none, unchanged: 1, skippedDamaged: 1 })).toBe(
      'The 1 item in this backup is already in your journal, so nothing was changed. 1 damaged item was left out.',
    )
    expect(nothingNewText({ ...none, unchanged: 0 })).toBe(
      'This backup holds nothing your journal is missing, so nothing was changed.',
    )
  })

  it('carries the result to the lock screen once, with counts and no journal text', () => {
    const storage = memoryStorage()
    expect(mergeChangedJournal(merge)).toBe(true)
    rememberMergeForLockScreen(merge, storage)
    expect(peekMergeNotice(storage)).toBe(
      'Backup merged: 3 added, 1 updated, 40 already here. Unlock to see them.',
    )
    forgetMergeNotice(storage)
    expect(peekMergeNotice(storage)).toBeNull()
    expect(storage.items.size).toBe(0)
  })

  it('keeps going when storage is turned off', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(() => rememberMergeForLockScreen(merge, broken)).not.toThrow()
    expect(peekMergeNotice(broken)).toBeNull()
    expect(() => forgetMergeNotice(broken)).not.toThrow()
  })
})
