import { useRef, type KeyboardEvent } from 'react'

export interface AreaTab {
  readonly id: string
  readonly label: string
}

export interface AreaTabsProps {
  readonly tabs: readonly AreaTab[]
  readonly selected: string
  readonly onSelect: (id: string) => void
  /** Names the tab list for screen readers. */
  readonly label: string
  /** Prefix of the tab and panel ids: `${idPrefix}-tab-${id}` and `${idPrefix}-panel-${id}`. */
  readonly idPrefix: string
}

export function tabPanelId(idPrefix: string, id: string): string {
  return `${idPrefix}-panel-${id}`
}

export function tabId(idPrefix: string, id: string): string {
  return `${idPrefix}-tab-${id}`
}

/** Tabs with one tab stop: arrow keys, Home and End move between them and select. */
export function AreaTabs({ tabs, selected, onSelect, label, idPrefix }: AreaTabsProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = tabs.findIndex((tab) => tab.id === selected)
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    const tab = next === null ? undefined : tabs[next]
    if (next === null || tab === undefined) return
    event.preventDefault()
    onSelect(tab.id)
    buttons.current[next]?.focus()
  }
  return (
    <div className="area-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            buttons.current[index] = element
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          className="area-tabs__tab"
          aria-selected={tab.id === selected}
          aria-controls={tabPanelId(idPrefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
