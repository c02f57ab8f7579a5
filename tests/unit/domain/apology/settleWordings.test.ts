import { describe, expect, it } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import type { DraftFinding } from '@renderer/domain/apology/checker/draftFinding'
import { fillInWordings } from '@renderer/domain/apology/checker/fillInWordings'
import { suggest } from '@renderer/domain/apology/checker/rewriteSuggestion'
import { settleWordings } from '@renderer/domain/apology/checker/settleWordings'
import type { NonApologyCategory } from '@renderer/domain/apology/types'
import { nonApologyCategories } from '@renderer/domain/apology/types'

function draft(category: NonApologyCategory, wording: string, sentenceEnd = 40): DraftFinding {
  return {
    category,
    start: 0,
    end: 5,
    sentenceStart: 0,
    sentenceEnd,
    suggestion: suggest(`Advice for ${category}:`, wording),
  }
}

/** A stand-in checker: flags exactly the wordings it is given, as conditional. */
function flagging(flagged: Readonly<Record<string, string>>) {
  return (wording: string): readonly DraftFinding[] => {
    const rewrite = flagged[wording]
    return rewrite === undefined ? [] : [draft('conditional', rewrite, wording.length)]
  }
}

describe('settling the wordings of the findings in one sentence', () => {
  it('keeps a rewrite of the person’s words, with its own advice, when nothing in it is flagged', () => {
    const [settled] = settleWordings([draft('minimiser', 'I read your diary.')], flagging({}))
    expect(settled?.suggestion).toEqual(suggest('Advice for minimiser:', 'I read your diary.'))
  })

  it('rewrites a flag left in a rewrite with that flag’s own rewrite', () => {
    const flagsIn = flagging({ "I'm sorry if I hurt you.": "I'm sorry that I hurt you." })
    const [settled] = settleWordings([draft('passive-voice', "I'm sorry if I hurt you.")], flagsIn)
    expect(settled?.suggestion.wording).toBe("I'm sorry that I hurt you.")
  })

  it('falls back to the category’s fill-in when a rewrite stays flagged', () => {
    const flagsIn = flagging({ 'It was a joke.': fillInWordings.conditional })
    const [settled] = settleWordings([draft('minimiser', 'It was a joke.')], flagsIn)
    expect(settled?.suggestion).toEqual(suggest('Advice for minimiser:', fillInWordings.minimiser))
  })

  it('gives every finding of a sentence the same wording, and says it covers the sentence', () => {
    const settled = settleWordings(
      [draft('conditional', fillInWordings.conditional), draft('blame-shift', 'I chose it.')],
      flagging({ 'I chose it.': fillInWordings.conditional }),
    )
    expect(settled.map((f) => f.suggestion.wording)).toEqual([
      fillInWordings.conditional,
      fillInWordings.conditional,
    ])
    expect(settled[0]?.suggestion.advice).toBe('Advice for conditional:')
    expect(settled[1]?.suggestion.advice).toMatch(/whole sentence/)
  })

  it('settles sentences apart from each other', () => {
    const settled = settleWordings(
      [draft('minimiser', 'I lied.', 10), draft('vague', fillInWordings.vague, 30)],
      flagging({}),
    )
    expect(settled.map((f) => f.suggestion.wording)).toEqual(['I lied.', fillInWordings.vague])
  })
})

describe('the wordings the checker offers', () => {
  it('include no fill-in that the checker would flag', () => {
    for (const category of nonApologyCategories) {
      expect(checkApology(fillInWordings[category]), category).toEqual([])
    }
  })

  it('offer one clean wording for “I’m sorry if you felt hurt, but you made me angry”', () => {
    const findings = checkApology("I'm sorry if you felt hurt, but you made me angry.")
    expect(findings.map((f) => f.category)).toEqual([
      'conditional',
      'feelings-shift',
      'sorry-but',
      'blame-shift',
    ])
    for (const finding of findings) expect(finding.wording).toBe("I'm sorry that I ___.")
    const sorryBut = findings.find((f) => f.category === 'sorry-but')
    expect(sorryBut?.suggestion).toBe(
      "End the apology before the “but”: “I'm sorry that I ___.” If the rest still matters, share it another time as your side of things, not as a reason.",
    )
  })

  it('keep the person’s own words when a rewrite of them settles every flag', () => {
    const findings = checkApology("I'm sorry if you were hurt.")
    expect(findings.map((f) => f.category)).toEqual(['conditional', 'passive-voice'])
    for (const finding of findings) expect(finding.wording).toBe("I'm sorry that I hurt you.")
  })
})
