import { findFlow, flowLibrary } from '../../domain/flows/flowLibrary'
import { EmptyState } from '../../ui/EmptyState'
import { FlowRunner } from './FlowRunner'
import { GuidedHome } from './GuidedHome'

export function GuidedArea({ flowId, sessionId }: { readonly flowId?: string; readonly sessionId?: string }) {
  if (!flowId) return <GuidedHome />
  const flow = findFlow(flowLibrary, flowId)
  if (!flow) {
    return (
      <EmptyState title="This reflection isn’t available">
        <p>Choose another one from Guided.</p>
      </EmptyState>
    )
  }
  return <FlowRunner key={`${flowId}/${sessionId ?? 'new'}`} flow={flow} sessionId={sessionId} />
}
