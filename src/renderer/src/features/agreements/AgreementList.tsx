import type { Agreement, AgreementStatus } from '../../domain/agreements/types'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import { EmptyState } from '../../ui/EmptyState'
import { agreementKindNames, checkInWords } from './agreementKindNames'

export interface AgreementListProps {
  readonly agreements: readonly Agreement[]
  readonly onOpen: (id: string) => void
}

function lastCheckIn(agreement: Agreement): string {
  const last = agreement.checkIns[agreement.checkIns.length - 1]
  if (!last) return 'No check-ins yet'
  const count = agreement.checkIns.length
  const word = checkInWords[last.rating - 1] ?? ''
  return `${count} ${count === 1 ? 'check-in' : 'check-ins'}, the last “${word}” on ${readableDate(last.date, { year: false })}`
}

function AgreementRow({
  agreement,
  onOpen,
}: {
  readonly agreement: Agreement
  readonly onOpen: (id: string) => void
}) {
  return (
    <li className="agreement-row">
      <button
        type="button"
        className="link-button agreement-row__title"
        onClick={() => onOpen(agreement.id)}
      >
        {agreement.title}
      </button>
      <span className="muted agreement-row__meta">
        <span className="chip">{agreementKindNames[agreement.kind]}</span>{' '}
        {agreement.status === 'retired'
          ? `Retired. ${agreement.retiredNote ?? ''}`
          : `Review on ${readableDate(agreement.reviewDate)}. ${lastCheckIn(agreement)}.`}
      </span>
    </li>
  )
}

const groups: readonly { status: AgreementStatus; title: string; hint: string }[] = [
  { status: 'active', title: 'Active', hint: 'What you are both living by now.' },
  {
    status: 'to-revisit',
    title: 'To revisit',
    hint: 'Still in place, and worth talking through again.',
  },
]

/** Agreements grouped by status; retired ones folded away but kept. */
export function AgreementList({ agreements, onOpen }: AgreementListProps) {
  if (agreements.length === 0) {
    return (
      <EmptyState title="No agreements yet">
        <p>
          An agreement is something you decide on together: a boundary, a routine, being open about
          something. Writing it down keeps it clear for both of you.
        </p>
      </EmptyState>
    )
  }
  const retired = agreements.filter((agreement) => agreement.status === 'retired')
  return (
    <div className="stack">
      {groups.map((group) => {
        const items = agreements.filter((agreement) => agreement.status === group.status)
        if (items.length === 0) return null
        const headingId = `agreements-${group.status}`
        return (
          <section key={group.status} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {group.title} <span className="muted">({items.length})</span>
            </h2>
            <p className="muted">{group.hint}</p>
            <ul className="plain-list">
              {items.map((agreement) => (
                <AgreementRow key={agreement.id} agreement={agreement} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        )
      })}
      {retired.length > 0 && (
        <details className="card retired-list">
          <summary>
            <h2 className="inline-heading">Retired ({retired.length})</h2>
          </summary>
          <ul className="plain-list">
            {retired.map((agreement) => (
              <AgreementRow key={agreement.id} agreement={agreement} onOpen={onOpen} />
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
