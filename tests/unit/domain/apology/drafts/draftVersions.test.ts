import { describe, expect, it } from 'vitest'
import {
  addVersion,
  addVersionIfDue,
  autoVersionIntervalMs,
  changedSinceLatestVersion,
  maxVersions,
} from '@renderer/domain/apology/drafts/draftVersions'
import { updateDraft } from '@renderer/domain/apology/drafts/editDraft'
import { newApologyDraft } from '@renderer/domain/apology/drafts/newApologyDraft'
import type { ApologyDraft } from '@renderer/domain/apology/drafts/types'

const start = new Date('2026-05-03T10:00:00Z')
const later = (ms: number) => new Date(start.getTime() + ms)
let counter = 0
const nextId = () => `v${++counter}`

function written(text: string, at = start): ApologyDraft {
  const draft = newApologyDraft({ id: 'd1', now: start })
  return updateDraft(draft, { answer: { stepId: 'regret', text } }, at)
}

describe('versions kept while writing', () => {
  it('are not kept in the first two minutes of a new draft', () => {
    const draft = written('I am sorry.')
    expect(addVersionIfDue(draft, later(autoVersionIntervalMs - 1), nextId())).toBe(draft)
  })

  it('are kept once two minutes have passed and the letter has changed', () => {
    const draft = written('I am sorry.')
    const versioned = addVersionIfDue(draft, later(autoVersionIntervalMs), nextId())
    expect(versioned.versions).toHaveLength(1)
    expect(versioned.versions[0]).toMatchObject({ reason: 'while-writing', status: 'drafting' })
    expect(versioned.versions[0]?.letter).toBe('I am sorry.')
  })

  it('come at most once every two minutes, however often the draft is saved', () => {
    let draft = written('I am sorry.')
    let versions = 0
    for (let second = 120; second <= 600; second += 1) {
      draft = updateDraft(
        draft,
        { answer: { stepId: 'regret', text: `I am sorry (${second}).` } },
        later(second * 1000),
      )
      draft = addVersionIfDue(draft, later(second * 1000), nextId())
      versions = draft.versions.length
    }
    expect(versions).toBe(5)
  })

  it('are not kept when nothing changed since the last one, or nothing is written', () => {
    const blank = newApologyDraft({ id: 'd2', now: start })
    expect(addVersionIfDue(blank, later(10 * autoVersionIntervalMs), nextId())).toBe(blank)
    const once = addVersionIfDue(written('Sorry.'), later(autoVersionIntervalMs), nextId())
    expect(changedSinceLatestVersion(once)).toBe(false)
    expect(addVersionIfDue(once, later(5 * autoVersionIntervalMs), nextId())).toBe(once)
  })
})

describe('the version history', () => {
  it('keeps the versions the person chose when it has to drop old ones', () => {
    let draft = written('First.')
    draft = addVersion(draft, 'saved-by-you', start, 'chosen')
    for (let i = 0; i < maxVersions + 10; i++) {
      draft = updateDraft(draft, { answer: { stepId: 'regret', text: `Take ${i}.` } }, start)
      draft = addVersion(draft, 'while-writing', start, nextId())
    }
    expect(draft.versions).toHaveLength(maxVersions)
    expect(draft.versions[0]?.id).toBe('chosen')
    expect(draft.versions[draft.versions.length - 1]?.letter).toBe(`Take ${maxVersions + 9}.`)
  })
})

describe('the size of a draft with a full history', () => {
  it('stays under half a megabyte with 80 versions of a 300-word letter', async () => {
    const { sampleLetter } = await import('@renderer/domain/apology/corpus/sampleLetter')
    let draft = newApologyDraft({ id: 'd1', now: start })
    for (let i = 0; i < maxVersions + 5; i++) {
      draft = updateDraft(draft, { freeText: `${sampleLetter}\n\n(${i})` }, start)
      draft = addVersion(draft, 'while-writing', start, `version-${i}`)
    }
    const bytes = new TextEncoder().encode(JSON.stringify(draft)).length
    console.log(
      `draft record with ${draft.versions.length} versions: ${(bytes / 1024).toFixed(0)} KiB`,
    )
    expect(draft.versions).toHaveLength(maxVersions)
    expect(bytes).toBeLessThan(512 * 1024)
  })
})
