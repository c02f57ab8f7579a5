import { useCallback } from 'react'
import { useNavigation } from '../../app/NavigationContext'
import { useToasts } from '../../app/ToastContext'
import { newId } from '../../app/newId'
import { today as localToday } from '../../app/today'
import { newEntry } from '../../domain/journal/newEntry'
import { weeklyReflectionDraft } from '../../domain/progress/weeklyReflectionDraft'
import { useJournal, useJournalSnapshot } from '../journal/JournalContext'
import { localTimeZone } from './localTimeZone'
import { useProgressSnapshot } from './useProgressStore'

/**
 * Writes this week's reflection into the journal from the week's check-ins, commitments and
 * milestones, and opens it. A second press in the same week opens the one already written.
 */
export function useWeeklyReflection(): () => Promise<void> {
  const journal = useJournal()
  const { entries } = useJournalSnapshot()
  const records = useProgressSnapshot()
  const toasts = useToasts()
  const { navigate } = useNavigation()
  return useCallback(async () => {
    const day = localToday()
    const draft = weeklyReflectionDraft(day, {
      ...records,
      entries,
      today: day,
      timeZone: localTimeZone(),
    })
    const existing = entries.find(
      (entry) => entry.kind === 'reflection' && entry.title === draft.title,
    )
    if (existing) {
      toasts.show({ message: 'This week’s reflection is already in your journal. Here it is.' })
      navigate({ area: 'journal', entryId: existing.id })
      return
    }
    const entry = newEntry({ ...draft, id: newId(), now: new Date() })
    const saved = await journal.save(entry)
    if (!saved.ok) {
      toasts.show({ message: saved.error.message })
      return
    }
    navigate({ area: 'journal', entryId: entry.id })
  }, [entries, journal, navigate, records, toasts])
}
