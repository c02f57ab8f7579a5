import type { RefObject } from 'react'
import type { FlowStep } from '../../domain/flows/types'
import { moodWords, ratings, trustWords } from '../../domain/journal/ratingWords'
import { RatingPicker } from '../../ui/RatingPicker'
import { TextArea } from '../../ui/TextArea'
import { TextField } from '../../ui/TextField'

export interface FlowStepViewProps {
  readonly step: FlowStep
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly value: string | number | null
  readonly error: string | null
  readonly onAnswer: (value: string | number | null) => void
}

/** One focused question. The question is the page heading, so it is read out first. */
export function FlowStepView({ step, headingRef, value, error, onAnswer }: FlowStepViewProps) {
  return (
    <section className="flow__step" aria-labelledby={`question-${step.id}`}>
      <h1 id={`question-${step.id}`} ref={headingRef} tabIndex={-1} className="flow__question">
        {step.question}
      </h1>
      <p className="muted">
        {step.hint}
        {!step.required && ' (You can skip this one.)'}
      </p>
      {step.type === 'rating' && (
        <RatingPicker
          legend={step.label}
          words={ratings.map((r) => (step.scale === 'mood' ? moodWords[r] : trustWords[r]))}
          value={typeof value === 'number' ? value : null}
          onChange={onAnswer}
        />
      )}
      {step.type === 'text' &&
        (step.multiline ? (
          <TextArea
            label={step.label}
            value={typeof value === 'string' ? value : ''}
            maxLength={step.maxLength}
            error={error}
            autoFocus
            onChange={(event) => onAnswer(event.target.value)}
          />
        ) : (
          <TextField
            label={step.label}
            value={typeof value === 'string' ? value : ''}
            maxLength={step.maxLength}
            error={error}
            autoFocus
            onChange={(event) => onAnswer(event.target.value)}
          />
        ))}
      {step.type === 'choice' && (
        <fieldset className="rating">
          <legend>{step.label}</legend>
          <div className="rating__options">
            {step.options.map((option) => (
              <label key={option.id} className="rating__option">
                <input
                  type="radio"
                  name={step.id}
                  checked={value === option.id}
                  onChange={() => onAnswer(option.id)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {error && step.type !== 'text' && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
