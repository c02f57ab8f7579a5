import type { Token } from '../analysedSentence'
import { clauseEnd, isNegative, subjectBefore } from '../clauses'
import { wordSet } from '../wordSet'

/** Shrink whatever they touch ("I barely touched the savings"), unless it is shock or shame. */
const downplayers = wordSet(`
  barely hardly scarcely
`)
const shockOrShame = wordSet(`
  believe look breathe sleep eat think bear stand face live imagine forgive
`)
/** "barely slept", "hardly coping": how hard things were, not how small the act was. */
const struggles = wordSet(`
  sleep slept sleeping eat ate eating cope coping function functioning keep keeping hold
  holding manage managing speak speaking
`)
/** "he's hardly innocent", "you barely noticed": about another person, not the writer's act. */
const otherPeople = wordSet(`
  you he she they
`)
/** 4: "barely had time to breathe" puts the struggle four words after the downplayer. */
const struggleReach = 4

function isStruggle(token: Token | undefined): boolean {
  if (!token) return false
  return shockOrShame.has(token.normal) || struggles.has(token.normal) || struggles.has(token.root)
}

/** True when "barely/hardly/scarcely" at i makes the writer's act sound smaller. */
export function downplaysActAt(tokens: readonly Token[], i: number): boolean {
  if (!downplayers.has(tokens[i]?.normal ?? '') || isNegative(tokens[i - 1])) return false
  if (otherPeople.has(subjectBefore(tokens, i)?.normal ?? '')) return false
  const reach = Math.min(clauseEnd(tokens, i), i + struggleReach)
  for (let k = i + 1; k <= reach; k++) if (isStruggle(tokens[k])) return false
  return true
}
