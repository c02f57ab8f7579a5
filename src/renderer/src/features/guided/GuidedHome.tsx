import { useNavigation } from '../../app/NavigationContext'
import { useToasts } from '../../app/ToastContext'
import { flowLibrary } from '../../domain/flows/flowLibrary'
import { themeById } from '../../domain/journal/themes'
import { Button } from '../../ui/Button'
import { PageHeader } from '../../ui/PageHeader'
import { PromptLibrary } from '../prompts/PromptLibrary'
import { useFlowSessions } from './useFlowSessions'

export function GuidedHome() {
  const { navigate } = useNavigation()
  const toasts = useToasts()
  const { paused, discard } = useFlowSessions()
  return (
    <div className="page stack">
      <PageHeader
        title="Guided"
        description="Reflections that take you one question at a time, and prompts for when you want a starting point."
      />
      {paused && paused.length > 0 && (
        <section className="card stack" aria-labelledby="paused-heading">
          <h2 id="paused-heading">Waiting for you</h2>
          <ul className="plain-list">
            {paused.map(({ sessionId, flow, state }) => (
              <li key={sessionId} className="row" style={{ justifyContent: 'space-between' }}>
                <span>
                  <strong>{flow.title}</strong>
                  <span className="muted">
                    {' '}
                    · paused at question {Math.min(state.stepIndex + 1, flow.steps.length)} of {flow.steps.length}
                  </span>
                </span>
                <span className="row">
                  <Button
                    size="small"
                    variant="primary"
                    aria-label={`Resume ${flow.title}`}
                    onClick={() => navigate({ area: 'guided', flowId: flow.id, sessionId })}
                  >
                    Resume
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Discard ${flow.title}`}
                    onClick={async () => {
                      const discarded = await discard(sessionId)
                      if (!discarded.ok) return toasts.show({ message: discarded.error.message })
                      // Answers may be in it: one slip of the mouse must not lose them.
                      toasts.show({
                        message: 'Paused reflection discarded.',
                        focusUndo: true,
                        undo: () => void discarded.value(),
                      })
                    }}
                  >
                    Discard
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="flows-heading">
        <h2 id="flows-heading">Guided reflections</h2>
        <div className="grid-2">
          {flowLibrary.map((flow) => (
            <article key={flow.id} className="card stack flow-card" aria-labelledby={`flow-${flow.id}`}>
              <h3 id={`flow-${flow.id}`}>{flow.title}</h3>
              <p className="muted">{flow.description}</p>
              <p className="row">
                <span className="chip">{themeById(flow.theme).name}</span>
                <span className="muted">{flow.steps.length} questions</span>
              </p>
              <div>
                <Button
                  variant="primary"
                  aria-label={`Start ${flow.title}`}
                  onClick={() => navigate({ area: 'guided', flowId: flow.id })}
                >
                  Start
                </Button>
              </div>
            </article>
          ))}
        </div>
      </section>
      <PromptLibrary />
    </div>
  )
}
