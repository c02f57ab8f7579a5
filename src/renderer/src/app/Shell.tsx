import { useEffect, useRef, type ReactNode } from 'react'
import { AreaIcon } from '../ui/AreaIcon'
import { Button } from '../ui/Button'
import { MendMark } from '../ui/MendMark'
import { useNavigation } from './NavigationContext'
import { areaLinks, routeToHash } from './routes'
import { useSession } from './SessionContext'
import { useAreaShortcuts } from './useAreaShortcuts'

export function Shell({ children }: { readonly children: ReactNode }) {
  const { route } = useNavigation()
  const { vault, lock } = useSession()
  const mainRef = useRef<HTMLElement>(null)
  useAreaShortcuts()

  // Every page opens at its top: the content area is one scroller shared by all pages, and would
  // otherwise keep the last page's position, hiding the new heading.
  const page = routeToHash(route)
  useEffect(() => {
    if (mainRef.current) mainRef.current.scrollTop = 0
  }, [page])

  // Moving to another area puts focus on its heading, so screen readers announce where you are.
  useEffect(() => {
    const title = mainRef.current?.querySelector<HTMLElement>('[data-page-title]')
    title?.focus({ preventScroll: true })
  }, [route.area])

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Mend">
        <div className="sidebar__brand">
          <MendMark />
          <span className="sidebar__brand-name">Mend</span>
        </div>
        {areaLinks.map((link) => (
          <a
            key={link.area}
            className="sidebar__link"
            href={routeToHash({ area: link.area })}
            aria-current={route.area === link.area ? 'page' : undefined}
            aria-keyshortcuts={`Alt+${link.shortcut}`}
          >
            <AreaIcon name={link.area} />
            {link.shortLabel === link.label ? (
              <span className="sidebar__label">{link.label}</span>
            ) : (
              <>
                {/* The full name stays the link's name; a narrow window shows the short one. */}
                <span className="sidebar__label sidebar__label--long">{link.label}</span>
                <span className="sidebar__label sidebar__label--short" aria-hidden="true">
                  {link.shortLabel}
                </span>
              </>
            )}
          </a>
        ))}
        <div className="sidebar__footer">
          <span className="sidebar__journal muted" title="The journal that is open">
            {vault.journal.name}
          </span>
          <Button className="sidebar__lock" onClick={lock} aria-keyshortcuts="Control+L Meta+L">
            <AreaIcon name="lock" />
            <span className="sidebar__label">Lock</span>
          </Button>
        </div>
      </nav>
      {/* Focusable so the scrolling content can be scrolled from the keyboard. */}
      <main id="main" className="main" ref={mainRef} tabIndex={0}>
        {children}
      </main>
    </div>
  )
}
