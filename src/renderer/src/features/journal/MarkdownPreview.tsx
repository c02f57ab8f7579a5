import DOMPurify from 'dompurify'
import { useMemo, type MouseEvent } from 'react'
import { renderSafeHtml } from '../../domain/markdown/safeHtml'
import { useExternalLinks } from '../../app/useExternalLinks'

/**
 * The note rendered as Mend's sanitised HTML. Links never navigate the app: a click asks the
 * person first and then opens the system browser.
 */
export function MarkdownPreview({ markdown, label }: { readonly markdown: string; readonly label: string }) {
  const safeHtml = useMemo(() => renderSafeHtml(markdown, DOMPurify), [markdown])
  const { confirmAndOpen, dialog } = useExternalLinks()
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as HTMLElement).closest('a')
    if (!anchor) return
    event.preventDefault()
    confirmAndOpen(anchor.getAttribute('href') ?? '')
  }
  return (
    <>
      <div
        className="markdown-preview"
        aria-label={label}
        role="document"
        onClick={onClick}
        dangerouslySetInnerHTML={{ __html: safeHtml }}
      />
      {dialog}
    </>
  )
}
