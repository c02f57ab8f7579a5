/** Where the person is in the app, as a value; the URL hash is only its serialisation. */
export type Route =
  | { readonly area: 'journal'; readonly entryId?: string }
  | { readonly area: 'guided'; readonly flowId?: string; readonly sessionId?: string }
  | { readonly area: 'apology'; readonly draftId?: string }
  | { readonly area: 'agreements' }
  | { readonly area: 'progress' }
  | { readonly area: 'share' }
  | { readonly area: 'settings' }
  | { readonly area: 'help' }

export type Area = Route['area']

export interface AreaLink {
  readonly area: Area
  readonly label: string
  /** Shown under the icon when the window is too narrow for the sidebar; part of `label`. */
  readonly shortLabel: string
  /** Alt+digit moves here. */
  readonly shortcut: string
}

export const areaLinks: readonly AreaLink[] = [
  { area: 'journal', label: 'Journal', shortLabel: 'Journal', shortcut: '1' },
  { area: 'guided', label: 'Guided', shortLabel: 'Guided', shortcut: '2' },
  { area: 'apology', label: 'Apology studio', shortLabel: 'Apology', shortcut: '3' },
  { area: 'agreements', label: 'Agreements', shortLabel: 'Agreements', shortcut: '4' },
  { area: 'progress', label: 'Progress', shortLabel: 'Progress', shortcut: '5' },
  { area: 'share', label: 'Share', shortLabel: 'Share', shortcut: '6' },
  { area: 'settings', label: 'Settings', shortLabel: 'Settings', shortcut: '7' },
  { area: 'help', label: 'Help', shortLabel: 'Help', shortcut: '8' },
]

const areas = new Set<string>(areaLinks.map((link) => link.area))

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  const [area, id, extra] = parts
  if (!area || !areas.has(area)) return { area: 'journal' }
  switch (area) {
    case 'journal':
      return id ? { area, entryId: id } : { area }
    case 'guided':
      if (id && extra) return { area, flowId: id, sessionId: extra }
      return id ? { area, flowId: id } : { area }
    case 'apology':
      return id ? { area, draftId: id } : { area }
    default:
      return { area } as Route
  }
}

export function routeToHash(route: Route): string {
  const segments: string[] = [route.area]
  if (route.area === 'journal' && route.entryId) segments.push(route.entryId)
  if (route.area === 'guided' && route.flowId) {
    segments.push(route.flowId)
    if (route.sessionId) segments.push(route.sessionId)
  }
  if (route.area === 'apology' && route.draftId) segments.push(route.draftId)
  return `#/${segments.map(encodeURIComponent).join('/')}`
}
