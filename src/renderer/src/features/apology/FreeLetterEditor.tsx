import { apologySteps } from '../../domain/apology/apologySteps'
import type { DraftPatch } from '../../domain/apology/drafts/editDraft'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { CheckedTextArea } from './CheckedTextArea'
import { DraftScore } from './DraftScore'
import { useLiveCheck } from './useLiveCheck'

export interface FreeLetterEditorProps {
  readonly draft: ApologyDraft
  readonly edit: (patch: DraftPatch) => void
  readonly onShowSteps: () => void
}

/** The whole letter in one text area; the step answers stay beside it for reference. */
export function FreeLetterEditor({ draft, edit, onShowSteps }: FreeLetterEditorProps) {
  const { content } = draft
  const written = apologySteps.filter((s) => (content.answers[s.id] ?? '').trim() !== '')
  // The text area checks the same words; the sentence cache makes this second look free.
  const { findings } = useLiveCheck(content.freeText ?? '')
  return (
    <div className="apology-columns">
      <section className="apology-free" aria-labelledby="apology-free-title">
        <div className="apology-preview__header">
          <h2 id="apology-free-title" tabIndex={-1}>
            Editing the whole letter
          </h2>
          <Button size="small" onClick={onShowSteps}>
            Back to the steps
          </Button>
        </div>
        <Notice>
          Edit freely: these words are now your letter. Your step answers are kept as they were,
          beside it, and going back to the steps won’t undo anything here. The letter as it was
          before is in Versions.
        </Notice>
        <CheckedTextArea
          label="Your letter"
          value={content.freeText ?? ''}
          className="apology-free__text"
          noun="your letter"
          onChange={(text) => edit({ freeText: text })}
        />
      </section>
      <aside className="apology-preview" aria-labelledby="apology-notes-title">
        <h2 id="apology-notes-title">Your step answers</h2>
        {written.length === 0 ? (
          <p className="muted">No steps written yet.</p>
        ) : (
          <dl className="apology-notes">
            {written.map((step) => (
              <div key={step.id}>
                <dt>{step.title}</dt>
                <dd>{content.answers[step.id]}</dd>
              </div>
            ))}
          </dl>
        )}
        <DraftScore source={content.freeText ?? ''} phrasesToLookAt={findings.length} />
      </aside>
    </div>
  )
}
