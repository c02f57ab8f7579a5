import { useEffect, useRef } from 'react'

export interface ShadowHtmlProps {
  /** Already sanitised HTML (DOMPurify with Mend's policy). */
  readonly safeHtml: string
  /** A stylesheet that applies inside the shadow root only. */
  readonly css: string
  readonly label: string
}

/**
 * Shows an export exactly as its file will look, styled by the export's own stylesheet, without
 * that stylesheet touching the app: a shadow root with a constructed stylesheet, which the CSP
 * permits where a <style> element would not be.
 */
export function ShadowHtml({ safeHtml, css, label }: ShadowHtmlProps) {
  const hostRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' })
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
    root.innerHTML = safeHtml
  }, [safeHtml, css])
  // Focusable so a long preview can be scrolled from the keyboard.
  return <div ref={hostRef} className="shadow-preview" role="document" aria-label={label} tabIndex={0} />
}
