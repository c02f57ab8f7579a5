import { addCheckIn, removeCheckIn } from '../../domain/agreements/checkIn'
import {
  retireAgreement,
  setAgreementStatus,
  updateAgreement,
} from '../../domain/agreements/agreement'
import type { Agreement } from '../../domain/agreements/types'
import { addDays } from '../../domain/commitments/calendar/localDate'
import { useToasts } from '../../app/ToastContext'
import { newId } from '../../app/newId'
import { EmptyState } from '../../ui/EmptyState'
import { Button } from '../../ui/Button'
import { useProgressSnapshot, useProgressStore } from '../progress/useProgressStore'
import { AgreementDetail } from './AgreementDetail'

export interface AgreementPageProps {
  readonly agreementId: string
  readonly today: string
  readonly onBack: () => void
  readonly onEdit: () => void
}

/** One agreement with its check-ins; every change is saved at once, with Undo where it removes. */
export function AgreementPage({ agreementId, today, onBack, onEdit }: AgreementPageProps) {
  const store = useProgressStore()
  const snapshot = useProgressSnapshot()
  const toasts = useToasts()
  const agreement = snapshot.agreements.find((candidate) => candidate.id === agreementId)
  if (!agreement) {
    return (
      <EmptyState title="This agreement is not here">
        <p>It may have been deleted.</p>
        <Button onClick={onBack}>Back to agreements</Button>
      </EmptyState>
    )
  }

  const restore = (previous: Agreement) => {
    void store.saveAgreement(previous).then((restored) => {
      if (!restored.ok) toasts.show({ message: restored.error.message })
    })
  }

  async function save(next: Agreement, message: string, undo?: Agreement) {
    const saved = await store.saveAgreement(next)
    if (!saved.ok) toasts.show({ message: saved.error.message })
    else toasts.show({ message, undo: undo ? () => restore(undo) : undefined })
    return saved
  }

  const linkedCommitments = snapshot.commitments
    .filter(
      (c) =>
        c.archivedOn === null && c.link?.kind === 'agreement' && c.link.agreementId === agreementId,
    )
    .map((c) => c.title)

  return (
    <AgreementDetail
      agreement={agreement}
      today={today}
      linkedCommitments={linkedCommitments}
      onBack={onBack}
      onEdit={onEdit}
      onCheckIn={async (input) => {
        const added = addCheckIn(agreement, input, newId(), new Date())
        if (!added.ok) return added
        return save(added.value, 'Check-in added.')
      }}
      onRemoveCheckIn={(checkInId) =>
        void save(removeCheckIn(agreement, checkInId, new Date()), 'Check-in removed.', agreement)
      }
      onSetStatus={(status) =>
        void save(
          setAgreementStatus(agreement, status, new Date()),
          status === 'active' ? 'The agreement is active again.' : 'Marked to revisit together.',
          agreement,
        )
      }
      onRetire={async (note) => {
        const retired = retireAgreement(agreement, note, new Date())
        if (!retired.ok) return retired
        return save(retired.value, 'Agreement retired. It stays in your journal.', agreement)
      }}
      onReviewed={() => {
        const moved = updateAgreement(agreement, { reviewDate: addDays(today, 28) }, new Date())
        if (moved.ok) {
          void save(
            moved.value.status === 'to-revisit'
              ? setAgreementStatus(moved.value, 'active', new Date())
              : moved.value,
            'Next review in four weeks.',
            agreement,
          )
        } else toasts.show({ message: moved.error.message })
      }}
      onDelete={async () => {
        const deleted = await store.deleteAgreement(agreement.id)
        if (!deleted.ok) {
          toasts.show({ message: deleted.error.message })
          return
        }
        onBack()
        toasts.show({
          message: 'Agreement deleted.',
          focusUndo: true,
          undo: () => restore(deleted.value),
        })
      }}
    />
  )
}
