import { useState } from 'react'
import type { Result } from '@shared/result'
import type { CheckInInput } from '../../domain/agreements/checkIn'
import type { Agreement } from '../../domain/agreements/types'
import { daysBetween } from '../../domain/commitments/calendar/localDate'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import { Button } from '../../ui/Button'
import { agreementKindNames, agreementStatusNames, checkInWords } from './agreementKindNames'
import { CheckInForm } from './CheckInForm'
import { RetireDialog } from './RetireDialog'

export interface AgreementDetailProps {
  readonly agreement: Agreement
  readonly today: string
  /** Titles of the commitments that serve this agreement. */
  readonly linkedCommitments: readonly string[]
  readonly onBack: () => void
  readonly onEdit: () => void
  readonly onCheckIn: (input: CheckInInput) => Promise<Result<void>>
  readonly onRemoveCheckIn: (checkInId: string) => void
  readonly onSetStatus: (status: 'active' | 'to-revisit') => void
  readonly onRetire: (note: string) => Promise<Result<void>>
  /** Moves the review date four weeks on, after a review together. */
  readonly onReviewed: () => void
  readonly onDelete: () => void
}

function Part({ label, text }: { readonly label: string; readonly text: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{text.trim() === '' ? <span className="muted">Not written down</span> : text}</dd>
    </div>
  )
}

export function AgreementDetail(props: AgreementDetailProps) {
  const { agreement, today, linkedCommitments } = props
  const [retiring, setRetiring] = useState(false)
  const retired = agreement.status === 'retired'
  const reviewSoon = !retired && daysBetween(today, agreement.reviewDate) <= 7
  const checkIns = [...agreement.checkIns].reverse()
  return (
    <div className="stack agreement-detail">
      <div>
        <Button variant="quiet" onClick={props.onBack}>
          ← All agreements
        </Button>
      </div>
      <header className="stack">
        <h2 className="agreement-detail__title" tabIndex={-1} data-view-title>
          {agreement.title}
        </h2>
        <p className="row">
          <span className="chip">{agreementKindNames[agreement.kind]}</span>
          <span className="chip">{agreementStatusNames[agreement.status]}</span>
          <span className="muted">
            Since {readableDate(agreement.startDate)}
            {retired ? '' : ` · review on ${readableDate(agreement.reviewDate)}`}
          </span>
        </p>
      </header>
      {retired && agreement.retiredNote && (
        <p className="notice">Retired because: {agreement.retiredNote}</p>
      )}
      <dl className="agreement-parts card">
        <Part label="What I will do" text={agreement.whatIWillDo} />
        <Part label="What my partner will do" text={agreement.whatMyPartnerWillDo} />
        <Part label="Why it matters" text={agreement.whyItMatters} />
        {linkedCommitments.length > 0 && (
          <Part label="Commitments that serve it" text={linkedCommitments.join(', ')} />
        )}
      </dl>
      <div className="row">
        <Button onClick={props.onEdit}>Edit</Button>
        {reviewSoon && (
          <Button onClick={props.onReviewed}>We reviewed it: next review in 4 weeks</Button>
        )}
        {agreement.status === 'active' && (
          <Button onClick={() => props.onSetStatus('to-revisit')}>Mark to revisit</Button>
        )}
        {agreement.status !== 'active' && (
          <Button onClick={() => props.onSetStatus('active')}>Make active again</Button>
        )}
        {!retired && <Button onClick={() => setRetiring(true)}>Retire…</Button>}
        <Button variant="danger" onClick={props.onDelete}>
          Delete
        </Button>
      </div>
      <section className="card stack" aria-labelledby="check-ins-heading">
        <h3 id="check-ins-heading">Check-ins</h3>
        {!retired && (
          <CheckInForm
            draftKey={`agreement:${agreement.id}:check-in`}
            today={today}
            onSubmit={props.onCheckIn}
          />
        )}
        {checkIns.length === 0 ? (
          <p className="muted">No check-ins yet. A few words each week is plenty.</p>
        ) : (
          <ol className="plain-list check-in-log" aria-label="Check-ins, newest first">
            {checkIns.map((checkIn) => (
              <li key={checkIn.id} className="check-in-log__item">
                <div>
                  <strong>
                    {checkIn.rating} of 5 · {checkInWords[checkIn.rating - 1]}
                  </strong>
                  <span className="muted"> — {readableDate(checkIn.date, { weekday: true })}</span>
                  {checkIn.note && <p className="check-in-log__note">{checkIn.note}</p>}
                </div>
                <Button
                  size="small"
                  variant="quiet"
                  aria-label={`Remove the check-in of ${readableDate(checkIn.date)}`}
                  onClick={() => props.onRemoveCheckIn(checkIn.id)}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <RetireDialog
        draftKey={`agreement:${agreement.id}:retire`}
        open={retiring}
        title={agreement.title}
        onClose={() => setRetiring(false)}
        onRetire={async (note) => {
          const retiredResult = await props.onRetire(note)
          if (retiredResult.ok) setRetiring(false)
          return retiredResult
        }}
      />
    </div>
  )
}
