import { describe, expect, it } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import type { NonApologyCategory } from '@renderer/domain/apology/types'

function categoriesIn(text: string): NonApologyCategory[] {
  return [...new Set(checkApology(text).map((f) => f.category))].sort()
}

type Case = readonly [text: string, expected: readonly NonApologyCategory[]]

function expectCases(cases: readonly Case[]): void {
  for (const [text, expected] of cases) {
    expect(categoriesIn(text), text).toEqual([...expected].sort())
  }
}

describe('excuses heard in idioms of being cornered or worn out', () => {
  it('treat "nothing else I could do", "no way out" and tied hands as having had no choice', () => {
    expectCases([
      ['There was nothing else I could do by then.', ['excuse-explanation']],
      ['I saw no way out of it.', ['excuse-explanation']],
      ['Our hands were tied by the bank.', ['excuse-explanation']],
      ['There was nothing else I wanted to say.', []],
      ['I will find a way around my temper.', []],
    ])
  })

  it('count slang for exhaustion and overload idioms as reasons, two of which make an excuse', () => {
    expectCases([
      ['I was shattered and the bills had piled up.', ['excuse-explanation']],
      ['I was swamped and running on fumes.', ['excuse-explanation']],
      ['I was shattered, but that is no excuse for shouting.', []],
    ])
  })
})
