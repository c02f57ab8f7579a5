import { useMemo } from 'react'
import { completenessWords } from '../../domain/apology/drafts/completenessWords'
import { scoreComponents } from '../../domain/apology/scoring/scoreComponents'
import type { ApologyAnswers } from '../../domain/apology/types'
import { ApologyScoreMeter } from '../../ui/ApologyScoreMeter'
import { componentName } from './componentNames'

/** The component score of the steps, or of the letter once it is edited as a whole. */
export function DraftScore({
  source,
  title = 'What your letter covers',
}: {
  readonly source: string | ApologyAnswers
  readonly title?: string
}) {
  const score = useMemo(() => scoreComponents(source), [source])
  return (
    <ApologyScoreMeter
      score={score.score}
      words={completenessWords(score.score)}
      present={score.present.map(componentName)}
      hint={score.hint?.text ?? null}
      title={title}
    />
  )
}
