import { useEffect, useReducer, useRef, useState } from 'react'
import { useNavigation } from '../../app/NavigationContext'
import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import { newId } from '../../app/newId'
import { currentStep, flowProgress, initialFlowState, reduceFlow } from '../../domain/flows/flowMachine'
import { flowLibrary } from '../../domain/flows/flowLibrary'
import { parseFlowSession } from '../../domain/flows/flowSessionPayload'
import { flowToEntryContent } from '../../domain/flows/flowToEntryContent'
import type { FlowDefinition, FlowState } from '../../domain/flows/types'
import { newEntry } from '../../domain/journal/newEntry'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { useJournal } from '../journal/JournalContext'
import { FlowReview } from './FlowReview'
import { FlowStepView } from './FlowStepView'

export interface FlowRunnerProps {
  readonly flow: FlowDefinition
  /** Resume this saved session; absent for a fresh start. */
  readonly sessionId?: string
}

/** Runs any flow; each change is saved as an encrypted 'flow-session' record so nothing is lost. */
export function FlowRunner({ flow, sessionId: resumeId }: FlowRunnerProps) {
  const { vault } = useSession()
  const journal = useJournal()
  const toasts = useToasts()
  const { navigate } = useNavigation()
  const [sessionId] = useState(() => resumeId ?? newId())
  const [loaded, setLoaded] = useState(resumeId === undefined)
  const [error, setError] = useState<string | null>(null)
  const [finishedEntryId, setFinishedEntryId] = useState<string | null>(null)
  const [state, dispatch] = useReducer(
    (current: FlowState, action: Parameters<typeof reduceFlow>[2] | { type: 'restore'; state: FlowState }) =>
      action.type === 'restore' ? action.state : reduceFlow(flow, current, action),
    flow,
    (definition) => reduceFlow(definition, initialFlowState(definition), { type: 'start' }),
  )
  const headingRef = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (!resumeId) return
    let current = true
    void vault.records.get<unknown>('flow-session', resumeId).then((record) => {
      if (!current) return
      if (record?.status === 'ok') {
        const parsed = parseFlowSession(record.payload, flowLibrary)
        if (parsed.ok) dispatch({ type: 'restore', state: { ...parsed.value.state, status: 'active' } })
        else setError(parsed.error.message)
      } else setError('This paused reflection could not be opened. You can start it again from Guided.')
      setLoaded(true)
    })
    return () => {
      current = false
    }
  }, [resumeId, vault])

  // Every answer and every step is written straight away: a crash loses at most the last keystrokes.
  const touched = useRef(false)
  useEffect(() => {
    if (!loaded || state.status === 'finished') return
    if (!touched.current && Object.keys(state.answers).length === 0 && state.stepIndex === 0) return
    touched.current = true
    void vault.records.put('flow-session', sessionId, state).then((result) => {
      setError(result.ok ? null : result.error.message)
    })
  }, [state, loaded, sessionId, vault])

  useEffect(() => {
    headingRef.current?.focus()
  }, [state.stepIndex, finishedEntryId])

  async function finish() {
    const finished = reduceFlow(flow, state, { type: 'finish' })
    dispatch({ type: 'finish' })
    if (finished.status !== 'finished') return
    const entry = newEntry({ id: newId(), now: new Date(), ...flowToEntryContent(flow, finished.answers) })
    const saved = await journal.save(entry)
    if (!saved.ok) {
      dispatch({ type: 'restore', state })
      setError(saved.error.message)
      return
    }
    await vault.records.delete('flow-session', sessionId)
    setFinishedEntryId(entry.id)
  }

  async function pause() {
    const paused = reduceFlow(flow, state, { type: 'pause' })
    const result = await vault.records.put('flow-session', sessionId, paused)
    if (!result.ok) return setError(result.error.message)
    toasts.show({ message: 'Paused. You’ll find it waiting under Guided.' })
    navigate({ area: 'guided' })
  }

  if (!loaded) return <p className="muted">Opening your reflection…</p>
  const progress = flowProgress(flow, state)
  const step = currentStep(flow, state)

  if (finishedEntryId) {
    return (
      <div className="page flow">
        <h1 ref={headingRef} tabIndex={-1}>
          Saved to your journal
        </h1>
        <p>Thank you for taking the time. Your {flow.title.toLowerCase()} is now an entry you can read back any time.</p>
        <div className="actions actions--start">
          <Button variant="primary" onClick={() => navigate({ area: 'journal', entryId: finishedEntryId })}>
            Read it
          </Button>
          <Button onClick={() => navigate({ area: 'guided' })}>Back to Guided</Button>
        </div>
      </div>
    )
  }

  return (
    <div
      className="page flow"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
          event.preventDefault()
          if (progress.isReview) void finish()
          else dispatch({ type: 'next' })
        }
      }}
    >
      <p className="muted">{flow.title}</p>
      <div
        className="meter"
        role="progressbar"
        aria-label="Progress through this reflection"
        aria-valuemin={0}
        aria-valuemax={progress.stepCount}
        aria-valuenow={progress.isReview ? progress.stepCount : progress.stepNumber - 1}
        aria-valuetext={progress.isReview ? 'All questions answered' : `Question ${progress.stepNumber} of ${progress.stepCount}`}
      >
        <div className="meter__fill" style={{ width: `${progress.fraction * 100}%` }} />
      </div>
      <p className="muted flow__count">
        {progress.isReview ? 'Read it over' : `Question ${progress.stepNumber} of ${progress.stepCount}`}
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      {step ? (
        <FlowStepView
          key={step.id}
          step={step}
          headingRef={headingRef}
          value={state.answers[step.id] ?? null}
          error={state.errors[step.id] ?? null}
          onAnswer={(value) => dispatch({ type: 'answer', value })}
        />
      ) : (
        <FlowReview flow={flow} state={state} headingRef={headingRef} />
      )}
      <div className="actions actions--start flow__actions">
        {!progress.isFirstStep && <Button onClick={() => dispatch({ type: 'back' })}>Back</Button>}
        {progress.isReview ? (
          <Button variant="primary" onClick={() => void finish()} aria-keyshortcuts="Control+Enter">
            Save to my journal
          </Button>
        ) : (
          <Button variant="primary" onClick={() => dispatch({ type: 'next' })} aria-keyshortcuts="Control+Enter">
            Next
          </Button>
        )}
        {progress.canSkip && !progress.isReview && (
          <Button variant="quiet" onClick={() => dispatch({ type: 'skip' })}>
            Skip this one
          </Button>
        )}
        <Button variant="quiet" onClick={() => void pause()}>
          Pause for now
        </Button>
      </div>
    </div>
  )
}
