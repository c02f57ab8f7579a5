import { useMemo } from 'react'
import { completenessWords } from '../../domain/apology/drafts/completenessWords'
import { countBlanks, isSettled } from '../../domain/apology/drafts/stillToLookAt'
import { scoreComponents } from '../../domain/apology/scoring/scoreComponents'
import type { ApologyAnswers } from '../../domain/apology/types'
import { ApologyScoreMeter } from '../../ui/ApologyScoreMeter'
import { componentName } from './componentNames'

/**
 * The component score of the steps, or of the letter once it is edited as a whole, with what is
 * still to look at: the phrases the checker flags (the caller has those findings already) and any
 * blanks left from a used wording.
 */
export function DraftScore({
  source,
  phrasesToLookAt,
  title = 'What your letter covers',
}: {
  readonly source: string | ApologyAnswers
  readonly phrasesToLookAt: number
  readonly title?: string
}) {
  const score = useMemo(() => scoreComponents(source), [source])
  const text = typeof source === 'string' ? source : Object.values(source).join('\n')
  const open = { phrases: phrasesToLookAt, blanks: countBlanks(text) }
  return (
    <ApologyScoreMeter
      score={score.score}
      words={completenessWords(score.score, open)}
      settled={isSettled(open)}
      present={score.present.map(componentName)}
      hint={score.hint?.text ?? null}
      title={title}
    />
  )
}
