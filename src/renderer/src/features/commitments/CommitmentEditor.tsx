import { ok, type Result } from '@shared/result'
import {
  createCommitment,
  editSchedule,
  updateCommitmentDetails,
} from '../../domain/commitments/commitment'
import type { Commitment } from '../../domain/commitments/types'
import { newId } from '../../app/newId'
import { useToasts } from '../../app/ToastContext'
import { localTimeZone } from '../progress/localTimeZone'
import { useProgressSnapshot, useProgressStore } from '../progress/useProgressStore'
import { CommitmentForm, type CommitmentFormValues } from './CommitmentForm'

export interface CommitmentEditorProps {
  /** The commitment to edit; undefined to create one. */
  readonly commitmentId?: string
  readonly today: string
  readonly onDone: () => void
}

function edited(
  commitment: Commitment,
  values: CommitmentFormValues,
  today: string,
): Result<Commitment> {
  const now = new Date()
  const details = updateCommitmentDetails(
    commitment,
    { title: values.title, link: values.link },
    now,
  )
  if (!details.ok) return details
  return editSchedule(details.value, values.schedule, today, now)
}

export function CommitmentEditor({ commitmentId, today, onDone }: CommitmentEditorProps) {
  const store = useProgressStore()
  const snapshot = useProgressSnapshot()
  const toasts = useToasts()
  const commitment = snapshot.commitments.find((candidate) => candidate.id === commitmentId)
  const linkedId = commitment?.link?.kind === 'agreement' ? commitment.link.agreementId : null
  const agreements = snapshot.agreements.filter((a) => a.status !== 'retired' || a.id === linkedId)

  async function submit(values: CommitmentFormValues): Promise<Result<void>> {
    const next = commitment
      ? edited(commitment, values, today)
      : createCommitment(
          {
            title: values.title,
            schedule: values.schedule,
            link: values.link,
            startDate: values.startDate,
          },
          newId(),
          new Date(),
          localTimeZone(),
        )
    if (!next.ok) return next
    const saved = await store.saveCommitment(next.value)
    if (!saved.ok) return saved
    toasts.show({ message: commitment ? 'Commitment saved.' : 'Commitment added.' })
    onDone()
    return ok(undefined)
  }

  return (
    <div className="stack">
      <h2 tabIndex={-1} data-view-title>
        {commitment ? `Edit “${commitment.title}”` : 'New commitment'}
      </h2>
      <CommitmentForm
        commitment={commitment}
        agreements={agreements}
        today={today}
        onSubmit={submit}
        onCancel={onDone}
      />
    </div>
  )
}
