import { fifthHeldOutSentences } from './fifthHeldOutSentences'
import { firstHeldOutSentences } from './firstHeldOutSentences'
import { fourthHeldOutSentences } from './fourthHeldOutSentences'
import type { LabelledSentence } from './labelledSentence'
import { labelledSentences } from './labelledSentences'
import { overlappingFlagsSentences } from './overlappingFlagsSentences'
import { secondHeldOutSentences } from './secondHeldOutSentences'
import { thirdHeldOutSentences } from './thirdHeldOutSentences'
import { thirdRoundSentences } from './thirdRoundSentences'

/** Everything the checker was built and tuned against, held-out sets that were used up included. */
export const developmentCorpus: readonly LabelledSentence[] = [
  ...labelledSentences,
  ...firstHeldOutSentences,
  ...secondHeldOutSentences,
  ...thirdHeldOutSentences,
  ...thirdRoundSentences,
  ...fourthHeldOutSentences,
  ...fifthHeldOutSentences,
  ...overlappingFlagsSentences,
]
