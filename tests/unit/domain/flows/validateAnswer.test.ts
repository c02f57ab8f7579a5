import { describe, expect, it } from 'vitest'
import type { ChoiceStep, RatingStep, TextStep } from '@renderer/domain/flows/types'
import { isAnswered, validateAnswer } from '@renderer/domain/flows/validateAnswer'

const base = { id: 's', question: 'Q?', hint: 'Hint.', label: 'L' }
const rating: RatingStep = {
  ...base,
  type: 'rating',
  scale: 'mood',
  entryField: 'mood',
  required: true,
}
const text: TextStep = {
  ...base,
  type: 'text',
  multiline: true,
  required: false,
  minLength: 3,
  maxLength: 10,
}
const choice: ChoiceStep = {
  ...base,
  type: 'choice',
  required: true,
  options: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
}

describe('validateAnswer', () => {
  it('asks for a rating from one to five', () => {
    expect(validateAnswer(rating, null)).toMatch(/Choose one of the five/)
    expect(validateAnswer(rating, 7)).toMatch(/Choose one of the five/)
    expect(validateAnswer(rating, 3)).toBeNull()
  })

  it('lets an optional text step stay blank but checks its length when written', () => {
    expect(validateAnswer(text, '   ')).toBeNull()
    expect(validateAnswer(text, 'ok')).toMatch(/at least 3 characters/)
    expect(validateAnswer(text, 'much too long here')).toMatch(/longer than 10/)
    expect(validateAnswer(text, ' fine ')).toBeNull()
  })

  it('accepts only the options shown for a choice', () => {
    expect(validateAnswer(choice, 'c')).toMatch(/options shown/)
    expect(validateAnswer(choice, undefined)).toMatch(/Choose one of the options/)
    expect(validateAnswer(choice, 'b')).toBeNull()
  })

  it('does not count a blank text box as an answer', () => {
    expect(isAnswered(text, ' \n')).toBe(false)
    expect(isAnswered(text, 'yes')).toBe(true)
  })
})
