import { ok, type Result } from '@shared/result'
import { createAgreement, updateAgreement } from '../../domain/agreements/agreement'
import type { AgreementDraft } from '../../domain/agreements/types'
import { newId } from '../../app/newId'
import { useToasts } from '../../app/ToastContext'
import { useProgressSnapshot, useProgressStore } from '../progress/useProgressStore'
import { AgreementForm } from './AgreementForm'

export interface AgreementEditorProps {
  /** The agreement to edit; undefined to write a new one. */
  readonly agreementId?: string
  readonly today: string
  /** Called with the saved agreement's id. */
  readonly onSaved: (agreementId: string) => void
  readonly onCancel: () => void
}

export function AgreementEditor({ agreementId, today, onSaved, onCancel }: AgreementEditorProps) {
  const store = useProgressStore()
  const snapshot = useProgressSnapshot()
  const toasts = useToasts()
  const agreement = snapshot.agreements.find((candidate) => candidate.id === agreementId)

  async function submit(draft: AgreementDraft): Promise<Result<void>> {
    const next = agreement
      ? updateAgreement(agreement, draft, new Date())
      : createAgreement(draft, newId(), new Date())
    if (!next.ok) return next
    const saved = await store.saveAgreement(next.value)
    if (!saved.ok) return saved
    toasts.show({ message: agreement ? 'Agreement saved.' : 'Agreement added.' })
    onSaved(next.value.id)
    return ok(undefined)
  }

  return (
    <div className="stack">
      <h2 tabIndex={-1} data-view-title>
        {agreement ? `Edit “${agreement.title}”` : 'New agreement'}
      </h2>
      <AgreementForm agreement={agreement} today={today} onSubmit={submit} onCancel={onCancel} />
    </div>
  )
}
