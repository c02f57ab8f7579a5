/** The Mend mark: two soft shapes leaning together. Decorative; the name is always beside it. */
export function MendMark({ size = 28 }: { readonly size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="16" r="9" fill="var(--accent)" opacity="0.85" />
      <circle cx="20" cy="16" r="9" fill="var(--accent-strong)" opacity="0.55" />
    </svg>
  )
}
