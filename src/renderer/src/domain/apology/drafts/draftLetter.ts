import { assembleLetter } from '../assembleLetter'
import type { ApologyLetterContent } from './types'

/** The letter as it reads now: the free text once there is one, otherwise the assembled steps. */
export function draftLetter(content: ApologyLetterContent): string {
  if (content.freeText !== null) return content.freeText
  return assembleLetter(content.answers, { greeting: content.greeting, signOff: content.signOff })
}
