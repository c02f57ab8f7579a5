import { createContext, useContext } from 'react'
import type { Route } from './routes'

export interface Navigation {
  readonly route: Route
  readonly navigate: (route: Route) => void
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation outside NavigationContext')
  return navigation
}
