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

  it('turn only the passive clause round, keeping the words around it', () => {
    expect(suggestionFor("I'm sorry that your trust was broken.", 'passive-voice')).toContain(
      "“I'm sorry that I broke your trust.”",
    )
    expect(suggestionFor('It matters to me that you were lied to.', 'passive-voice')).toContain(
      '“It matters to me that I lied to you.”',
    )
    expect(
      suggestionFor('Your boundaries were ignored again and again.', 'passive-voice'),
    ).toContain('“I ignored your boundaries again and again.”')
  })

  it('offer a fill-in rather than turn a negated passive round', () => {
    // "I followed the rules" would say the opposite of "the rules were not followed".
    expect(suggestionFor('The rules we agreed were not followed.', 'passive-voice')).toContain(
      '“I ___.”',
    )
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
