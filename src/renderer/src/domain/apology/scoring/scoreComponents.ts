import { sharedApologyChecker } from '../checkApology'
import type { ApologyChecker } from '../checker/createApologyChecker'
import type { ApologyAnswers, ApologyComponent, ApologyStepId } from '../types'
import { coachingHints, componentsByValue, componentWeights } from './componentWeights'

export interface CoachingHint {
  readonly component: ApologyComponent
  readonly text: string
}

export interface ComponentScore {
  /** Components found, most valuable first. */
  readonly present: readonly ApologyComponent[]
  readonly missing: readonly ApologyComponent[]
  /** 0–100: the weights of the components present. */
  readonly score: number
  /** One hint for the most valuable missing component; null when nothing is missing. */
  readonly hint: CoachingHint | null
}

function detected(text: string, checker: ApologyChecker): ReadonlySet<ApologyComponent> {
  const found = new Set<ApologyComponent>()
  for (const sentence of checker.sentences(text)) {
    for (const component of sentence.report.components) found.add(component)
  }
  return found
}

/**
 * Which of the six components a draft contains. A builder step that has an answer counts as
 * its component; the words of every answer are read as well, since people often own the act
 * while describing what happened.
 */
export function scoreComponents(
  input: string | ApologyAnswers,
  checker: ApologyChecker = sharedApologyChecker,
): ComponentScore {
  const answered = new Set<ApologyComponent>()
  let text: string
  if (typeof input === 'string') {
    text = input
  } else {
    for (const component of componentsByValue) {
      if ((input[component as ApologyStepId] ?? '').trim() !== '') answered.add(component)
    }
    text = Object.values(input)
      .filter((answer): answer is string => typeof answer === 'string')
      .join('\n\n')
  }
  const found = detected(text, checker)
  const present = componentsByValue.filter((c) => answered.has(c) || found.has(c))
  const missing = componentsByValue.filter((c) => !present.includes(c))
  const score = present.reduce((total, c) => total + componentWeights[c], 0)
  const first = missing[0]
  return {
    present,
    missing,
    score,
    hint: first ? { component: first, text: coachingHints[first] } : null,
  }
}
