import { useEffect, useRef } from 'react'
import { apologySteps } from '../../domain/apology/apologySteps'
import { writtenWords } from '../../domain/apology/drafts/stepProgress'
import { isSettled, stillToLookAtWords } from '../../domain/apology/drafts/stillToLookAt'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import type { ApologyStepId } from '../../domain/apology/types'
import { ApologyExamples } from '../../ui/ApologyExamples'
import { ApologyStepNavigator } from '../../ui/ApologyStepNavigator'
import { Button } from '../../ui/Button'
import { CheckedTextArea } from './CheckedTextArea'
import { useStepProgress } from './useStepProgress'
import type { DraftPatch } from '../../domain/apology/drafts/editDraft'

export interface StepBuilderProps {
  readonly draft: ApologyDraft
  readonly stepId: ApologyStepId
  readonly onStepChange: (stepId: ApologyStepId) => void
  readonly edit: (patch: DraftPatch) => void
  /** After the last step: on to making the repair offer concrete. */
  readonly onFinish: () => void
}

export function StepBuilder({ draft, stepId, onStepChange, edit, onFinish }: StepBuilderProps) {
  const index = Math.max(
    0,
    apologySteps.findIndex((s) => s.id === stepId),
  )
  const step = apologySteps[index] ?? apologySteps[0]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const firstRender = useRef(true)
  const answers = draft.content.answers
  const progress = useStepProgress(answers)
  // Reaching the last step with phrases still flagged should not look like finishing.
  const anyToLookAt = progress.some((p) => !isSettled(p))

  // Moving to another step puts focus on its heading, so it is announced and Tab reaches the
  // text area next. Opening the draft leaves focus where the page put it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    headingRef.current?.focus()
  }, [stepId])

  if (!step) return null
  const previous = apologySteps[index - 1]
  const next = apologySteps[index + 1]
  return (
    <div className="apology-builder">
      <ApologyStepNavigator
        steps={apologySteps.map((s, i) => ({
          id: s.id,
          title: s.title,
          optional: s.optional,
          answered: progress[i]?.written ?? false,
          stillToLookAt: progress[i] ? stillToLookAtWords(progress[i]) : '',
        }))}
        currentId={step.id}
        onSelect={(id) => onStepChange(id as ApologyStepId)}
      />
      <div className="apology-progress">
        <span>
          Step {index + 1} of {apologySteps.length}
        </span>
        <span className="muted">{writtenWords(progress)}</span>
      </div>
      <div className="meter apology-progress__meter" aria-hidden="true">
        <div
          className={`meter__fill${anyToLookAt ? ' apology-fill--to-look-at' : ''}`}
          style={{ width: `${((index + 1) / apologySteps.length) * 100}%` }}
        />
      </div>
      <section className="apology-step" aria-labelledby="apology-step-title">
        <h2 id="apology-step-title" ref={headingRef} tabIndex={-1}>
          {step.title}
          {step.optional && <span className="muted apology-step__optional"> (optional)</span>}
        </h2>
        <p className="apology-step__why">
          <strong>Why it matters: </strong>
          {step.whyItMatters}
        </p>
        <ApologyExamples good={step.goodExample} poor={step.poorExample} />
        <CheckedTextArea
          key={step.id}
          label={step.question}
          value={answers[step.id] ?? ''}
          placeholder={step.placeholder}
          className="apology-step__answer"
          noun="your answer"
          onChange={(text) => edit({ answer: { stepId: step.id, text } })}
        />
        <div className="apology-step__nav">
          {previous ? (
            <Button onClick={() => onStepChange(previous.id)}>← {previous.title}</Button>
          ) : (
            <span />
          )}
          {next ? (
            <Button variant="primary" onClick={() => onStepChange(next.id)}>
              Next: {next.title} →
            </Button>
          ) : (
            <Button variant="primary" onClick={onFinish}>
              Next: plan the repair →
            </Button>
          )}
        </div>
      </section>
    </div>
  )
}
