import DOMPurify from 'dompurify'
import { useEffect, useMemo, useRef, useState } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useToasts } from '../../app/ToastContext'
import { buildExportDocument } from '../../domain/share/buildExportDocument'
import { exportFileName } from '../../domain/share/exportFileNames'
import { defaultExportOptions } from '../../domain/share/exportOptions'
import { exportStylesheet } from '../../domain/share/exportStylesheet'
import { renderExportArticle } from '../../domain/share/renderExportHtml'
import type { ExportOptions, ShareableItem } from '../../domain/share/types'
import { Button } from '../../ui/Button'
import { KeptDraftNote } from '../../ui/KeptDraftNote'
import { ShadowHtml } from '../../ui/ShadowHtml'
import { Notice } from '../../ui/Notice'
import { useFormDraft } from '../formDrafts/useFormDraft'
import { ExportOptionsForm } from './ExportOptionsForm'
import { SealSection } from './SealSection'
import { useSession } from '../../app/SessionContext'
import type { ShareFormat, ShareRecipient } from '../../db/sharingTypes'
import { saveReadableExport, type ReadableFormat } from './saveReadableExport'
import { toShadowStylesheet } from './shadowStylesheet'

const shadowCss = toShadowStylesheet(exportStylesheet)

export interface ExportStepProps {
  readonly items: readonly ShareableItem[]
  readonly onBack: () => void
  readonly onShowCodes: () => void
}

export function ExportStep({ items, onBack, onShowCodes }: ExportStepProps) {
  const platform = usePlatform()
  const toasts = useToasts()
  const { vault } = useSession()
  const [options, setOptions] = useState<ExportOptions>(() =>
    defaultExportOptions(navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone),
  )
  // Only the words are kept as a draft; the boxes to tick start from their careful defaults.
  const { title, authorName, coverNote } = options
  const kept = useFormDraft('share:export', { title, authorName, coverNote }, (restored) =>
    setOptions((current) => ({ ...current, ...restored })),
  )
  const [busy, setBusy] = useState<ReadableFormat | null>(null)
  const [error, setError] = useState<string | null>(null)
  const document = useMemo(() => buildExportDocument(items, options, new Date()), [items, options])
  // The chooser this step replaced held focus; it starts again at the top of this step, from
  // where Tab reaches the options and then the ways to save.
  const firstControl = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    firstControl.current?.focus()
  }, [])
  const previewHtml = useMemo(() => renderExportArticle(document, DOMPurify, 'article'), [document])

  async function save(format: ReadableFormat) {
    setBusy(format)
    setError(null)
    const result = await saveReadableExport(platform, document, format)
    setBusy(null)
    if (!result.ok) return setError(result.error.message)
    if (!result.value) return
    toasts.show({ message: `Saved “${result.value.fileName}”.` })
    await logShare(format, { kind: 'file' }, null)
  }

  // The log is written only after the file really was saved, so it never claims a share that
  // did not happen.
  async function logShare(format: ShareFormat, recipient: ShareRecipient, bundleId: string | null) {
    kept.forget()
    const logged = await vault.sharing.addShareLogEntry({
      sharedAt: new Date(),
      format,
      recipient,
      itemIds: items.map((item) => item.id),
      itemTitles: items.map((item) => item.title),
      bundleId,
      note: '',
    })
    if (!logged.ok) toasts.show({ message: logged.error.message })
  }

  return (
    <div className="export-step">
      <div className="export-step__controls stack">
        <Button ref={firstControl} variant="quiet" onClick={onBack}>
          ← Change what is chosen
        </Button>
        <KeptDraftNote shown={kept.keptFromBefore} />
        <ExportOptionsForm options={options} onChange={setOptions} />
        {error && <Notice tone="error">{error}</Notice>}
        <section className="card stack" aria-labelledby="save-heading">
          <h2 id="save-heading">Save for reading</h2>
          <p className="muted">A readable file anyone can open. Anyone who gets the file can read it.</p>
          <div className="row">
            <Button variant="primary" disabled={busy !== null} onClick={() => void save('html')}>
              Web page (.html)
            </Button>
            <Button disabled={busy !== null} onClick={() => void save('markdown')}>
              Markdown (.md)
            </Button>
            <Button disabled={busy !== null} onClick={() => void save('markdown-zip')}>
              Markdown folder (.zip)
            </Button>
            {platform.supportsPdfExport ? (
              <Button disabled={busy !== null} onClick={() => void save('pdf')}>
                PDF
              </Button>
            ) : (
              <Button disabled={busy !== null} onClick={() => window.print()}>
                Print or save as PDF
              </Button>
            )}
          </div>
          {busy && (
            <p className="muted" role="status">
              Preparing the file…
            </p>
          )}
        </section>
        <SealSection
          items={items}
          options={options}
          onShowCodes={onShowCodes}
          onShared={(recipient, bundleId) => void logShare('bundle', recipient, bundleId)}
        />
      </div>
      <section className="export-step__preview print-export" aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="no-print">
          Exactly what the reader will see
        </h2>
        <ShadowHtml safeHtml={previewHtml} css={shadowCss} label="Preview of the shared document" />
        <p className="muted no-print">
          File name: {exportFileName(document.exportedOn, 'html').replace(/\.html$/, '')}
        </p>
      </section>
    </div>
  )
}
