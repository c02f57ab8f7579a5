import { useCallback, useEffect, useState } from 'react'
import { parseRoute, routeToHash, type Route } from './routes'

/** The current route, following the URL hash, and a way to move. */
export function useRoute(): readonly [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const navigate = useCallback((next: Route) => {
    const hash = routeToHash(next)
    if (window.location.hash !== hash) window.location.hash = hash
  }, [])
  return [route, navigate]
}
