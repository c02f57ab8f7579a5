import type { ApologyAnswers, ApologyStepId } from './types'

export interface LetterOptions {
  /** e.g. "Dear Sam," — left out when blank. */
  readonly greeting?: string
  /** e.g. "With love,\nAlex" — left out when blank. */
  readonly signOff?: string
}

/** One paragraph of the letter and the steps it was built from, so the UI can map edits back. */
export interface LetterParagraph {
  readonly stepIds: readonly ApologyStepId[]
  readonly text: string
}

/*
 * A letter reads best opening with the apology itself, then the facts and the ownership; the
 * explanation gets its own short paragraph; the change and the repair belong together; any
 * request for forgiveness comes last, on its own.
 */
const paragraphPlan: readonly (readonly ApologyStepId[])[] = [
  ['regret', 'what-happened', 'responsibility'],
  ['explanation'],
  ['repentance', 'repair'],
  ['forgiveness-request'],
]

function tidy(answer: string): string {
  const text = answer
    .trim()
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
  if (!text) return ''
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1)
  // A step answered as a phrase ("i lied about the money") still reads as a sentence.
  return /[\p{L}\p{N}]$/u.test(capitalised) ? `${capitalised}.` : capitalised
}

/** The letter's paragraphs in reading order; blank steps are skipped. */
export function letterParagraphs(answers: ApologyAnswers): readonly LetterParagraph[] {
  const paragraphs: LetterParagraph[] = []
  for (const group of paragraphPlan) {
    const parts = group
      .map((stepId) => ({ stepId, text: tidy(answers[stepId] ?? '') }))
      .filter((part) => part.text !== '')
    if (parts.length === 0) continue
    // An answer written as several paragraphs keeps them, rather than being run together.
    const joinable = parts.every((p) => !p.text.includes('\n\n'))
    const separator = joinable ? ' ' : '\n\n'
    paragraphs.push({
      stepIds: parts.map((p) => p.stepId),
      text: parts.map((p) => p.text).join(separator),
    })
  }
  return paragraphs
}

/** Turns the builder's answers into a letter the person can read, edit and send. */
export function assembleLetter(answers: ApologyAnswers, options: LetterOptions = {}): string {
  const blocks = letterParagraphs(answers).map((p) => p.text)
  const greeting = options.greeting?.trim()
  const signOff = options.signOff?.trim()
  if (blocks.length === 0) return ''
  return [greeting, ...blocks, signOff].filter((b): b is string => Boolean(b)).join('\n\n')
}
