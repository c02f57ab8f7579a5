import { useEffect, useMemo, useState } from 'react'
import { apologySteps } from '../../domain/apology/apologySteps'
import { sharedApologyChecker } from '../../domain/apology/checkApology'
import { stepProgress, type StepProgress } from '../../domain/apology/drafts/stepProgress'
import type { ApologyAnswers } from '../../domain/apology/types'
import { liveCheckDelayMs } from './useLiveCheck'

/**
 * Each step's progress, in the builder's order. Whether a step is written, and its blanks, follow
 * the answers at once; its flagged phrases follow after the same pause as the live check, so the
 * markers agree with the findings shown under the answer instead of flickering while typing.
 */
export function useStepProgress(answers: ApologyAnswers): readonly StepProgress[] {
  const [checkedAnswers, setCheckedAnswers] = useState(answers)
  useEffect(() => {
    if (answers === checkedAnswers) return
    const timer = window.setTimeout(() => setCheckedAnswers(answers), liveCheckDelayMs)
    return () => window.clearTimeout(timer)
  }, [answers, checkedAnswers])
  const flagged = useMemo(
    () => apologySteps.map((s) => sharedApologyChecker.check(checkedAnswers[s.id] ?? '').length),
    [checkedAnswers],
  )
  return apologySteps.map((s, i) => stepProgress(answers[s.id] ?? '', () => flagged[i] ?? 0))
}
