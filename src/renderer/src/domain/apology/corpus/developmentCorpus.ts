import { firstHeldOutSentences } from './firstHeldOutSentences'
import type { LabelledSentence } from './labelledSentence'
import { labelledSentences } from './labelledSentences'
import { secondHeldOutSentences } from './secondHeldOutSentences'

/** Everything the checker was built and tuned against. */
export const developmentCorpus: readonly LabelledSentence[] = [
  ...labelledSentences,
  ...firstHeldOutSentences,
  ...secondHeldOutSentences,
]
