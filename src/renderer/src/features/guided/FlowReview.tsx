import type { RefObject } from 'react'
import { flowToEntryContent } from '../../domain/flows/flowToEntryContent'
import type { FlowDefinition, FlowState } from '../../domain/flows/types'
import { isRating, ratingWord } from '../../domain/journal/ratingWords'
import { MarkdownPreview } from '../journal/MarkdownPreview'

export interface FlowReviewProps {
  readonly flow: FlowDefinition
  readonly state: FlowState
  readonly headingRef: RefObject<HTMLHeadingElement | null>
}

/** The entry exactly as it will be saved, before saving it. */
export function FlowReview({ flow, state, headingRef }: FlowReviewProps) {
  const content = flowToEntryContent(flow, state.answers)
  // Ratings are saved as the entry's mood and trust, not in its text, so they are listed apart.
  const ratings = flow.steps.flatMap((step) => {
    const value = state.answers[step.id]
    return step.type === 'rating' && isRating(value)
      ? [`${step.label}: ${ratingWord(step.scale, value)} (${value} of 5)`]
      : []
  })
  return (
    <section aria-labelledby="flow-review">
      <h1 id="flow-review" ref={headingRef} tabIndex={-1}>
        Read it over
      </h1>
      <p className="muted">This is how it will read in your journal. Go back to change anything.</p>
      {ratings.length > 0 && <p>{ratings.join(' · ')}</p>}
      <MarkdownPreview markdown={content.body || '_Nothing written yet._'} label="Your answers" />
    </section>
  )
}
