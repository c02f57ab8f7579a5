import type { Token } from '../analysedSentence'
import { contrastAt } from '../contrastMarkers'
import type { SentenceFinding, SentenceRule } from '../sentenceRule'
import { wordSet } from '../wordSet'
import { ownYourPart } from './blameShift'
import { evaluationAsFeeling } from './evaluationAsFeeling'

/** Words that turn what follows into a result: "so I…", "that's why I…", "which is why I…". */
const resultMarkers = wordSet(`
  so why therefore hence
`)
/** Shared judgements that are praise, not a share of the blame: "honest with each other". */
const mutualPraise = wordSet(`
  honest open kind good close gentle patient nice civil fair
`)
const copulas = wordSet(`
  are were is been
`)

/** "I felt ignored, so I went out": an accusing feeling offered as the act's cause. */
function feelingAsCause(tokens: readonly Token[], feelingEnd: number): number {
  for (let k = feelingEnd + 1; k < tokens.length; k++) {
    if (!resultMarkers.has(tokens[k]?.normal ?? '')) continue
    const doer = tokens.slice(k + 1, k + 3).findIndex((t) => t.normal === 'i')
    if (doer >= 0) return k + 1 + doer
  }
  return -1
}

/**
 * "I'm sorry I missed the dinner, but you missed my birthday": after a contrast, the partner
 * doing what the writer owned a moment before, whatever the verb is.
 */
function sameActAfterContrast(tokens: readonly Token[]): { first: number; last: number } | null {
  const marker = tokens.findIndex((_, k) => contrastAt(tokens, k) !== null)
  if (marker < 0) return null
  const owned = new Set(
    tokens
      .slice(0, marker)
      .filter((t, k) => tokens[k - 1]?.normal === 'i' && t.tags.has('Verb'))
      .map((t) => t.root),
  )
  for (let you = marker + 1; you <= marker + 4; you++) {
    if (tokens[you]?.normal !== 'you') continue
    let v = you + 1
    while (tokens[v]?.tags.has('Adverb')) v++
    const verb = tokens[v]
    // Copulas are no act: "I'm sorry, but you were right" shares nothing out.
    const act = verb && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula')
    if (act && owned.has(verb.root)) return { first: you, last: v }
  }
  return null
}

/** "We were both so cruel to each other": a judgement shared out between "we". */
function mutualFault(tokens: readonly Token[], we: number): number {
  if (tokens[we]?.normal !== 'we' || !copulas.has(tokens[we + 1]?.normal ?? '')) return -1
  // 8 words at most, to a pause: "so" ("so cruel") must not end the clause here.
  const pause = tokens.findIndex((t, k) => k > we && t.pauseAfter)
  const end = Math.min(pause < 0 ? tokens.length : pause + 1, we + 8)
  for (let k = we + 2; k < end; k++) {
    const word = tokens[k]?.normal
    if (
      (word !== 'each' && word !== 'one') ||
      tokens[k + 1]?.normal.match(/^(other|another)$/) === null
    )
      continue
    const judged = tokens.slice(we + 2, k).filter((t) => t.tags.has('Adjective'))
    return judged.length > 0 && !judged.some((t) => mutualPraise.has(t.normal)) ? k + 1 : -1
  }
  return -1
}

/** Blame carried by the sentence's structure rather than by a blaming word. */
export const blameStructures: SentenceRule = (sentence) => {
  const { tokens } = sentence
  const findings: SentenceFinding[] = []
  const add = (first: number, last: number): void => {
    findings.push({ category: 'blame-shift', first, last, suggestion: ownYourPart })
  }
  for (const feeling of evaluationAsFeeling(sentence)) {
    const doer = feelingAsCause(tokens, feeling.last)
    if (doer >= 0) add(feeling.first, doer)
  }
  const same = sameActAfterContrast(tokens)
  if (same) add(same.first, same.last)
  for (let we = 0; we < tokens.length; we++) {
    const end = mutualFault(tokens, we)
    if (end >= 0) add(we, end)
  }
  return findings
}
