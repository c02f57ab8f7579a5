import { afterSetback } from './definitions/afterSetback'
import { celebrateProgress } from './definitions/celebrateProgress'
import { dailyCheckIn } from './definitions/dailyCheckIn'
import { listeningNotes } from './definitions/listeningNotes'
import { prepareHardConversation } from './definitions/prepareHardConversation'
import type { FlowDefinition } from './types'

/** The guided flows Mend offers, in menu order. A new flow is one more entry here. */
export const flowLibrary: readonly FlowDefinition[] = [
  dailyCheckIn,
  prepareHardConversation,
  listeningNotes,
  afterSetback,
  celebrateProgress,
]

export function findFlow(flows: readonly FlowDefinition[], flowId: string): FlowDefinition | null {
  return flows.find((flow) => flow.id === flowId) ?? null
}
