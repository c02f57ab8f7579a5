import { useCallback } from 'react'
import { newEntry, type NewEntryInput } from '../../domain/journal/newEntry'
import { useNavigation } from '../../app/NavigationContext'
import { useToasts } from '../../app/ToastContext'
import { newId } from '../../app/newId'
import { routeToHash } from '../../app/routes'
import { useJournal } from './JournalContext'

export type EntryStart = Omit<NewEntryInput, 'id' | 'now'>

/** Creates an entry (saved at once, so nothing typed into it can be lost) and opens it. */
export function useStartEntry(): (start?: EntryStart) => Promise<void> {
  const journal = useJournal()
  const toasts = useToasts()
  const { navigate } = useNavigation()
  return useCallback(
    async (start: EntryStart = {}) => {
      const entry = newEntry({ ...start, id: newId(), now: new Date() })
      const saved = await journal.save(entry)
      if (!saved.ok) {
        toasts.show({ message: saved.error.message })
        return
      }
      // Replace "#/journal/new" rather than stacking it, so Back returns to the timeline.
      if (window.location.hash.endsWith('/new')) {
        window.location.replace(routeToHash({ area: 'journal', entryId: entry.id }))
      } else navigate({ area: 'journal', entryId: entry.id })
    },
    [journal, toasts, navigate],
  )
}
