import { accountabilityPrompts } from './library/accountability'
import { agreementsPrompts } from './library/agreements'
import { communicationPrompts } from './library/communication'
import { consistencyPrompts } from './library/consistency'
import { healingPrompts } from './library/healing'
import { patiencePrompts } from './library/patience'
import type { Prompt } from './types'

/** Mend's own prompts, in theme order. Ids never change or get reused once released. */
export const promptLibrary: readonly Prompt[] = [
  ...communicationPrompts,
  ...accountabilityPrompts,
  ...agreementsPrompts,
  ...consistencyPrompts,
  ...healingPrompts,
  ...patiencePrompts,
]
