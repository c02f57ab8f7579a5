import type { Token } from './analysedSentence'
import { wordSet } from './wordSet'

/** Words that open a new clause; scoping negation and subjects to a clause avoids most misreads. */
const clauseOpeners = wordSet(`
  but and because so although though however while whereas if when since unless yet
`)

export function opensClause(token: Token | undefined): boolean {
  return token !== undefined && clauseOpeners.has(token.normal)
}

/** Index of the first token of the clause containing token i. */
export function clauseStart(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const token = tokens[j]
    if (!token) break
    if (token.pauseAfter) return j + 1
    if (opensClause(token)) return j
  }
  return 0
}

/** Index of the last token of the clause containing token i. */
export function clauseEnd(tokens: readonly Token[], i: number): number {
  for (let j = i; j < tokens.length; j++) {
    if (tokens[j]?.pauseAfter) return j
    if (j > i && opensClause(tokens[j + 1])) return j
  }
  return tokens.length - 1
}

export function words(tokens: readonly Token[], from: number, to: number): readonly string[] {
  return tokens.slice(Math.max(0, from), to + 1).map((t) => t.normal)
}

export function isNegative(token: Token | undefined): boolean {
  if (!token) return false
  return token.tags.has('Negative') || token.normal === 'not' || token.normal === 'never'
}

/**
 * True when token i is negated inside its clause: "I'm not sorry", "I didn't want to say sorry".
 * "not only sorry" and "can't tell you how sorry" do not negate.
 */
export function isNegatedInClause(tokens: readonly Token[], i: number): boolean {
  for (let j = clauseStart(tokens, i); j < i; j++) {
    if (!isNegative(tokens[j])) continue
    const next = tokens[j + 1]?.normal
    if (next === 'only' || next === 'just' || next === 'merely') continue
    if (next === 'tell' || next === 'say' || next === 'express' || next === 'begin') continue
    return true
  }
  return false
}

/** The nearest pronoun or noun before token i in its clause, as a rough grammatical subject. */
export function subjectBefore(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= clauseStart(tokens, i); j--) {
    const token = tokens[j]
    if (token && (token.tags.has('Pronoun') || token.tags.has('Noun'))) return token
  }
  return undefined
}

export const firstPersonSubjects: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us', 'myself'])
