import { apologySteps } from '../apologySteps'
import type { ApologyLetterContent } from './types'

/** True when two contents would make the same letter and hold the same step answers. */
export function sameContent(a: ApologyLetterContent, b: ApologyLetterContent): boolean {
  return (
    a.greeting === b.greeting &&
    a.signOff === b.signOff &&
    a.freeText === b.freeText &&
    apologySteps.every((step) => (a.answers[step.id] ?? '') === (b.answers[step.id] ?? ''))
  )
}

/** True when nothing has been written: no answer, no free text. Greetings alone don't count. */
export function isBlankContent(content: ApologyLetterContent): boolean {
  return (
    (content.freeText ?? '').trim() === '' &&
    apologySteps.every((step) => (content.answers[step.id] ?? '').trim() === '')
  )
}
