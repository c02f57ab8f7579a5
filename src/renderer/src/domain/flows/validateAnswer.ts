import { isRating } from '../journal/ratingWords'
import type { FlowStep } from './types'

export type AnswerValue = string | number | null | undefined

/** Whether the step has a usable answer (a blank text box does not count). */
export function isAnswered(step: FlowStep, value: AnswerValue): boolean {
  switch (step.type) {
    case 'rating':
      return isRating(value)
    case 'text':
      return typeof value === 'string' && value.trim() !== ''
    case 'choice':
      return step.options.some((option) => option.id === value)
  }
}

/** A calm message saying what the step still needs, or null when the answer can stand. */
export function validateAnswer(step: FlowStep, value: AnswerValue): string | null {
  const blank =
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  if (blank) {
    if (!step.required) return null
    switch (step.type) {
      case 'rating':
        return 'Choose one of the five answers to go on. You can also pause and come back later.'
      case 'choice':
        return 'Choose one of the options to go on. You can also pause and come back later.'
      case 'text':
        return 'This question needs an answer before going on. A few words are enough.'
    }
  }
  switch (step.type) {
    case 'rating':
      return isRating(value) ? null : 'Choose one of the five answers shown.'
    case 'choice':
      return isAnswered(step, value) ? null : 'Choose one of the options shown.'
    case 'text': {
      const length = typeof value === 'string' ? value.trim().length : 0
      if (step.minLength !== undefined && length < step.minLength) {
        return `Please write a little more (at least ${step.minLength} characters), so it still makes sense when you read it later.`
      }
      if (step.maxLength !== undefined && length > step.maxLength) {
        return `This answer is longer than ${step.maxLength} characters. Please shorten it a little.`
      }
      return null
    }
  }
}
