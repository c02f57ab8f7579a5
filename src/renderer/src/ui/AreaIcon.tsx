/** What each icon stands for; the shell's areas plus the lock button. */
export type AreaIconName =
  | 'journal'
  | 'guided'
  | 'apology'
  | 'agreements'
  | 'progress'
  | 'share'
  | 'settings'
  | 'help'
  | 'lock'

// Line drawings on a 20-unit grid, stroked in the text colour so they follow the theme.
const drawings: Readonly<Record<AreaIconName, string>> = {
  // An open notebook.
  journal: 'M4 3.5h9.5a2 2 0 0 1 2 2v11H6a2 2 0 0 1-2-2zM4 14.5a2 2 0 0 1 2-2h9.5M7.5 7h5',
  // A compass: a path to follow.
  guided:
    'M10 2.75a7.25 7.25 0 1 1 0 14.5a7.25 7.25 0 1 1 0-14.5zM12.6 7.4l-1.3 3.9-3.9 1.3 1.3-3.9z',
  // A letter in its envelope.
  apology: 'M3 5.5h14v9H3zM3 5.5l7 5.5 7-5.5',
  // A list with ticks.
  agreements: 'M3.5 5.5l1.5 1.5 2.5-3M3.5 12.5l1.5 1.5 2.5-3M10 5.5h6.5M10 12.5h6.5',
  // A line climbing over a baseline.
  progress: 'M3 16.5h14M4 13l4-4 3 2.5 5-6M13 5.5h3v3',
  // A box with an arrow leaving it.
  share: 'M7 8H5v8.5h10V8h-2M10 12V3M7 5.5L10 2.75 13 5.5',
  // Three sliders.
  settings: 'M3 5.5h14M3 10h14M3 14.5h14M7 4v3M12.5 8.5v3M8.5 13v3',
  // A question in a circle.
  help: 'M10 2.75a7.25 7.25 0 1 1 0 14.5a7.25 7.25 0 1 1 0-14.5zM7.75 8a2.25 2.25 0 1 1 3.2 2.05c-.6.3-.95.8-.95 1.45v.5M10 14.25v.25',
  // A closed padlock.
  lock: 'M5 9h10v8H5zM7 9V6.5a3 3 0 0 1 6 0V9M10 12v2',
}

/** A small decorative icon beside (or, in a narrow window, above) an area's name. */
export function AreaIcon({ name }: { readonly name: AreaIconName }) {
  return (
    <svg
      className="area-icon"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={drawings[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
