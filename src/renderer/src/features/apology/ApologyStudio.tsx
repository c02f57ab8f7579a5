import { useEffect, useRef, useState } from 'react'
import { useNavigation } from '../../app/NavigationContext'
import { rebuildFromSteps, showSteps, startFreeEditing } from '../../domain/apology/drafts/editMode'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import type { ApologyStepId } from '../../domain/apology/types'
import { ApologyStatusBadge } from '../../ui/ApologyStatusBadge'
import { Button } from '../../ui/Button'
import { SaveStatus } from '../../ui/SaveStatus'
import { useToasts } from '../../app/ToastContext'
import { DeliverView } from './DeliverView'
import { deliveredOn } from './draftSummary'
import { FreeLetterEditor } from './FreeLetterEditor'
import { LetterPreview } from './LetterPreview'
import { RenameDialog } from './RenameDialog'
import { RepairPlanView } from './RepairPlanView'
import { StepBuilder } from './StepBuilder'
import { useDraftEditor } from './useDraftEditor'
import { VersionsView } from './VersionsView'

type Section = 'write' | 'repair' | 'versions' | 'deliver'

const sections: readonly {
  readonly id: Section
  readonly label: string
  readonly heading: string
}[] = [
  { id: 'write', label: 'Write', heading: '' },
  { id: 'repair', label: 'Repair plan', heading: 'apology-repair-title' },
  { id: 'versions', label: 'Versions', heading: 'apology-versions-title' },
  { id: 'deliver', label: 'Giving it', heading: 'apology-deliver-title' },
]

/** One apology: the builder or free editor, the repair plan, versions and delivery. */
export function ApologyStudio({ initial }: { readonly initial: ApologyDraft }) {
  const { navigate } = useNavigation()
  const toasts = useToasts()
  const editor = useDraftEditor(initial)
  const { draft, edit, apply, applyNow, autosave } = editor
  const [section, setSection] = useState<Section>('write')
  const [stepId, setStepId] = useState<ApologyStepId>('what-happened')
  const [renaming, setRenaming] = useState(false)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const focusTarget = useRef<string | null>(null)

  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true })
  }, [])

  // After a switch of section or mode, focus goes to the new part's heading.
  useEffect(() => {
    const id = focusTarget.current
    if (!id) return
    focusTarget.current = null
    document.getElementById(id)?.focus()
  })

  function open(next: Section) {
    const writing = draft.mode === 'letter' ? 'apology-free-title' : 'apology-step-title'
    focusTarget.current =
      next === 'write' ? writing : (sections.find((s) => s.id === next)?.heading ?? null)
    setSection(next)
  }

  function editWhole() {
    focusTarget.current = 'apology-free-title'
    apply((d, now, id) => startFreeEditing(d, now, id))
  }

  function backToSteps() {
    focusTarget.current = 'apology-step-title'
    apply((d, now) => showSteps(d, now))
  }

  function rebuild() {
    const freeText = draft.content.freeText
    apply((d, now, id) => rebuildFromSteps(d, now, id))
    toasts.show({
      message: 'The letter is built from the steps again. Your edited letter is kept in Versions.',
      undo: () =>
        apply((d, now) => ({
          ...d,
          content: { ...d.content, freeText },
          updatedAt: now.toISOString(),
        })),
    })
  }

  return (
    <div className="page page--wide apology-studio">
      <div className="editor__bar">
        <Button variant="quiet" onClick={() => navigate({ area: 'apology' })}>
          ← All apologies
        </Button>
        <SaveStatus
          state={autosave.status.state}
          message={autosave.status.state === 'failed' ? autosave.status.message : undefined}
          onRetry={() => void autosave.retry()}
        />
      </div>
      <header className="apology-studio__header">
        <h1 ref={titleRef} tabIndex={-1} data-page-title>
          {draft.title}
        </h1>
        <ApologyStatusBadge status={draft.status} deliveredOn={deliveredOn(draft)} />
        <Button size="small" variant="quiet" onClick={() => setRenaming(true)}>
          Rename
        </Button>
      </header>
      <nav className="apology-tabs" aria-label="Parts of this apology">
        {sections.map((s) => (
          <Button
            key={s.id}
            size="small"
            aria-current={section === s.id ? 'page' : undefined}
            onClick={() => open(s.id)}
          >
            {s.label}
          </Button>
        ))}
      </nav>
      {section === 'write' &&
        (draft.mode === 'letter' ? (
          <FreeLetterEditor draft={draft} edit={edit} onShowSteps={backToSteps} />
        ) : (
          <div className="apology-columns">
            <StepBuilder
              draft={draft}
              stepId={stepId}
              onStepChange={setStepId}
              edit={edit}
              onFinish={() => open('repair')}
            />
            <LetterPreview draft={draft} edit={edit} onEditWhole={editWhole} onRebuild={rebuild} />
          </div>
        ))}
      {section === 'repair' && <RepairPlanView draft={draft} edit={edit} apply={apply} />}
      {section === 'versions' && <VersionsView draft={draft} applyNow={applyNow} />}
      {section === 'deliver' && <DeliverView draft={draft} edit={edit} applyNow={applyNow} />}
      <RenameDialog
        title={renaming ? draft.title : null}
        onClose={() => setRenaming(false)}
        onRename={(title) => edit({ title })}
      />
    </div>
  )
}
