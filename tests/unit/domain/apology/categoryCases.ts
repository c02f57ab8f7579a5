import { expect } from 'vitest'
import { checkApology } from '@renderer/domain/apology/checkApology'
import type { NonApologyCategory } from '@renderer/domain/apology/types'

/** A sentence and every category the checker should flag in it (none: it should stay quiet). */
export type Case = readonly [text: string, expected: readonly NonApologyCategory[]]

export function categoriesIn(text: string): NonApologyCategory[] {
  return [...new Set(checkApology(text).map((f) => f.category))].sort()
}

/** Checks each case on its own, naming the sentence when one disagrees. */
export function expectCases(cases: readonly Case[]): void {
  for (const [text, expected] of cases) {
    expect(categoriesIn(text), text).toEqual([...expected].sort())
  }
}
