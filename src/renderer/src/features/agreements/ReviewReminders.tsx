import { reviewReminderLine, type ReviewReminder } from '../../domain/agreements/upcomingReviews'
import { Button } from '../../ui/Button'

export interface ReviewRemindersProps {
  readonly reminders: readonly ReviewReminder[]
  readonly onOpen: (agreementId: string) => void
}

/** A calm note at the top of the area; nothing flashes and nothing is overdue in red. */
export function ReviewReminders({ reminders, onOpen }: ReviewRemindersProps) {
  if (reminders.length === 0) return null
  return (
    <section className="notice review-reminders" aria-labelledby="review-reminders-heading">
      <h2 id="review-reminders-heading" className="review-reminders__title">
        Time to look again together
      </h2>
      <ul className="plain-list">
        {reminders.map((reminder) => (
          <li key={reminder.agreementId} className="review-reminders__item">
            <span>{reviewReminderLine(reminder)}</span>
            <Button
              size="small"
              aria-label={`Open “${reminder.title}”`}
              onClick={() => onOpen(reminder.agreementId)}
            >
              Open
            </Button>
          </li>
        ))}
      </ul>
    </section>
  )
}
