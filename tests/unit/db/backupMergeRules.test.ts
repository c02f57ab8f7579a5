import { describe, expect, it } from 'vitest'
import { mergeRuleFor } from '@renderer/db/backupMergeRules'
import type { RecordKind } from '@renderer/db/types'

const CONTENT_KINDS: readonly RecordKind[] = [
  'entry',
  'flow-session',
  'apology',
  'agreement',
  'commitment',
  'commitment-log',
  'milestone',
  'shared-item',
  'share-log',
]

describe('what a backup of another journal may bring in', () => {
  it.each(CONTENT_KINDS)('copies every %s record', (kind) => {
    expect(mergeRuleFor(kind, 'b6f1c2a4-0000-4000-8000-000000000001', false)).toBe('copy')
  })

  it.each(['app-settings', 'auto-backup', 'a-setting-added-later'])(
    "keeps this journal's own settings record %s",
    (id) => {
      expect(mergeRuleFor('settings', id, false)).toBe('keep-own')
    },
  )

  it("keeps this journal's share key, partner and prompt-of-the-day rotation", () => {
    expect(mergeRuleFor('share-key', 'own-key-pair', false)).toBe('keep-own')
    expect(mergeRuleFor('share-key', 'partner-share-code', false)).toBe('keep-own')
    expect(mergeRuleFor('prompt-custom', 'history', false)).toBe('keep-own')
  })

  it("copies the person's own prompts, and unions the keys of imported entries", () => {
    expect(mergeRuleFor('prompt-custom', 'customisations', false)).toBe('copy')
    expect(mergeRuleFor('settings', 'imported-keys', false)).toBe('union')
  })
})

describe('what a backup of this same journal may bring back', () => {
  it('copies everything, its settings and share key included, and unions import keys', () => {
    for (const kind of [...CONTENT_KINDS, 'share-key', 'prompt-custom'] as const) {
      expect(mergeRuleFor(kind, 'any-id', true)).toBe('copy')
    }
    expect(mergeRuleFor('settings', 'app-settings', true)).toBe('copy')
    expect(mergeRuleFor('settings', 'imported-keys', true)).toBe('union')
  })

  it('never brings back half-written forms: those were sent or let go since', () => {
    expect(mergeRuleFor('settings', 'form-drafts', true)).toBe('keep-own')
    expect(mergeRuleFor('settings', 'form-drafts', false)).toBe('keep-own')
  })
})
