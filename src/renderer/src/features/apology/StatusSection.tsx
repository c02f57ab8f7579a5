import { today } from '../../app/today'
import { readableDate } from '../../domain/commitments/calendar/readableDate'
import { isLocalDate } from '../../domain/commitments/calendar/localDate'
import { changeStatus, deliveredToday } from '../../domain/apology/drafts/draftStatus'
import type { DraftPatch } from '../../domain/apology/drafts/editDraft'
import {
  apologyStatuses,
  type ApologyDraft,
  type ApologyStatus,
} from '../../domain/apology/drafts/types'
import { apologyStatusNames } from '../../ui/ApologyStatusBadge'
import { TextArea } from '../../ui/TextArea'
import type { DraftEditor } from './useDraftEditor'

const statusHints: Readonly<Record<ApologyStatus, string>> = {
  drafting: 'Still working on it.',
  ready: 'You’re happy with it and waiting for the right moment.',
  delivered: 'You’ve said it, read it or sent it.',
}

export interface StatusSectionProps {
  readonly draft: ApologyDraft
  readonly edit: (patch: DraftPatch) => void
  readonly applyNow: DraftEditor['applyNow']
}

/** Drafting → ready → shared, with the day it was shared and a note on how it went. */
export function StatusSection({ draft, edit, applyNow }: StatusSectionProps) {
  const delivery = draft.delivery
  function choose(status: ApologyStatus) {
    void applyNow((d, now, id) =>
      changeStatus(
        d,
        status,
        now,
        id,
        status === 'delivered' ? deliveredToday(d, today()) : undefined,
      ),
    )
  }
  return (
    <section className="apology-status" aria-labelledby="apology-status-title">
      <h3 id="apology-status-title">Where it stands</h3>
      <fieldset className="apology-status__options">
        <legend className="visually-hidden">Status of this apology</legend>
        {apologyStatuses.map((status) => (
          <label key={status} className="apology-status__option">
            <input
              type="radio"
              name="apology-status"
              value={status}
              checked={draft.status === status}
              onChange={() => choose(status)}
            />
            <span>
              <strong>{apologyStatusNames[status]}</strong>
              <span className="muted"> · {statusHints[status]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {draft.status === 'delivered' && delivery && (
        <div className="apology-status__delivery">
          <label className="field">
            <span className="field__label">Shared on</span>
            <input
              className="input"
              type="date"
              autoComplete="off"
              value={delivery.date}
              onChange={(event) => {
                if (isLocalDate(event.target.value)) {
                  edit({ delivery: { ...delivery, date: event.target.value } })
                }
              }}
            />
            {isLocalDate(delivery.date) && (
              <span className="field__hint">{readableDate(delivery.date, { weekday: true })}</span>
            )}
          </label>
          <TextArea
            label="How did it go?"
            hint="A few words for yourself: what they said, how you felt, what you want to remember."
            rows={3}
            value={delivery.note}
            onChange={(event) => edit({ delivery: { ...delivery, note: event.target.value } })}
          />
        </div>
      )}
    </section>
  )
}
