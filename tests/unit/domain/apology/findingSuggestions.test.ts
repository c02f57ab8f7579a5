import { describe, expect, it } from 'vitest'
import { categoryGuides } from '@renderer/domain/apology/categoryGuides'
import { checkApology } from '@renderer/domain/apology/checkApology'
import { developmentCorpus } from '@renderer/domain/apology/corpus/developmentCorpus'
import type { NonApologyCategory } from '@renderer/domain/apology/types'

function suggestionFor(text: string, category: NonApologyCategory): string {
  const finding = checkApology(text).find((f) => f.category === category)
  if (!finding) throw new Error(`No ${category} finding in: ${text}`)
  return finding.suggestion
}

describe('suggested rewrites', () => {
  it('turn "sorry if I…" into "sorry that I…"', () => {
    expect(suggestionFor("I'm sorry if I hurt you.", 'conditional')).toContain(
      "“I'm sorry that I hurt you.”",
    )
  })

  it('name the doer of a passive, in the past tense', () => {
    expect(suggestionFor('Your trust was broken.', 'passive-voice')).toContain(
      '“I broke your trust.”',
    )
    expect(suggestionFor('You were lied to.', 'passive-voice')).toContain('“I lied to you.”')
    expect(suggestionFor('The truth was kept from you for months.', 'passive-voice')).toContain(
      '“I kept the truth from you for months.”',
    )
  })

  it('leave the clause’s opening word out of a passive rewrite', () => {
    expect(suggestionFor("I'm sorry if you were hurt.", 'passive-voice')).toContain('“I hurt you.”')
  })

  it('stop the apology before the "but"', () => {
    expect(suggestionFor("I'm sorry I shouted, but you were late again.", 'sorry-but')).toContain(
      "“I'm sorry I shouted.”",
    )
  })

  it('drop a shrinking "just" from the sentence', () => {
    expect(suggestionFor('I just looked at her photos.', 'minimiser')).toContain(
      '“I looked at her photos.”',
    )
  })

  it('offer the feeling underneath an accusing word', () => {
    expect(suggestionFor('I feel abandoned.', 'evaluation-as-feeling')).toContain(
      'scared and alone',
    )
  })

  it('use a fill-in pattern when no safe rewrite exists', () => {
    expect(suggestionFor("I'm sorry you feel that way.", 'feelings-shift')).toContain('___')
    expect(suggestionFor('You need to get over it.', 'demanding')).toContain('___')
  })

  it('come with the category’s plain explanation on every finding', () => {
    for (const { text } of developmentCorpus) {
      for (const finding of checkApology(text)) {
        expect(finding.explanation).toBe(categoryGuides[finding.category].explanation)
        expect(finding.suggestion.length).toBeGreaterThan(20)
      }
    }
  })
})
