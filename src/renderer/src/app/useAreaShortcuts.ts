import { useEffect } from 'react'
import { useNavigation } from './NavigationContext'
import { areaLinks } from './routes'

/** Alt+1…8 moves between areas; Ctrl/Cmd+N starts a new entry. */
export function useAreaShortcuts(): void {
  const { navigate } = useNavigation()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        const link = areaLinks.find((candidate) => event.code === `Digit${candidate.shortcut}`)
        if (link) {
          event.preventDefault()
          navigate({ area: link.area })
        }
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault()
        navigate({ area: 'journal', entryId: 'new' })
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [navigate])
}
