import { useState } from 'react'
import { usePlatform } from '../../app/PlatformContext'
import { useSession } from '../../app/SessionContext'
import { useToasts } from '../../app/ToastContext'
import { newId } from '../../app/newId'
import { IMPORTED_KEYS_RECORD_ID as importedKeysId } from '../../db/backupMergeRules'
import { withoutAlreadyImported } from '../../domain/importers/dedupeKey'
import { importDayOneFiles, importMarkdownFiles } from '../../domain/importers/importJournalFiles'
import { importLimits } from '../../domain/importers/importLimits'
import type { ImportPlan } from '../../domain/importers/types'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { useJournal } from '../journal/JournalContext'

type Source = 'day-one' | 'markdown'

function readKeys(payload: unknown): ReadonlySet<string> {
  return new Set(Array.isArray(payload) ? payload.filter((key) => typeof key === 'string') : [])
}

/** Bring an existing journal in: a Day One JSON export or Markdown files. */
export function ImportSection() {
  const platform = usePlatform()
  const { vault } = useSession()
  const journal = useJournal()
  const toasts = useToasts()
  const [plan, setPlan] = useState<{ source: Source; plan: ImportPlan; keys: ReadonlySet<string> } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function choose(source: Source) {
    setError(null)
    setPlan(null)
    const opened = await platform.openFiles({
      filters:
        source === 'day-one'
          ? [{ name: 'Day One export', extensions: ['zip', 'json'] }]
          : [{ name: 'Markdown', extensions: ['md', 'markdown', 'txt', 'zip'] }],
      multiple: source === 'markdown',
      maxBytes: importLimits.maxArchiveBytes,
    })
    if (!opened.ok) return setError(opened.error.message)
    if (!opened.value) return
    const context = { now: new Date(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
    const files = opened.value.map((file) => ({ name: file.fileName, bytes: file.bytes }))
    const parsed = source === 'day-one' ? importDayOneFiles(files, context) : importMarkdownFiles(files, context)
    if (!parsed.ok) return setError(parsed.error.message)
    const stored = await vault.records.get<unknown>('settings', importedKeysId)
    const keys = readKeys(stored?.status === 'ok' ? stored.payload : [])
    setPlan({ source, plan: withoutAlreadyImported(parsed.value, keys), keys })
  }

  async function bringIn() {
    if (!plan) return
    setBusy(true)
    const now = new Date().toISOString()
    const entries = plan.plan.drafts.map((draft) => ({ ...draft.entry, id: newId(), updatedAt: now }))
    const keys = [...plan.keys, ...plan.plan.drafts.map((draft) => draft.dedupeKey)]
    const saved = await journal.saveMany(entries, [{ kind: 'settings', id: importedKeysId, payload: keys }])
    setBusy(false)
    if (!saved.ok) return setError(saved.error.message)
    setPlan(null)
    toasts.show({ message: entries.length === 1 ? '1 entry was added to your journal.' : `${entries.length} entries were added to your journal.` })
  }

  return (
    <section className="card stack" aria-labelledby="import-heading" style={{ marginTop: 'var(--space-4)' }}>
      <h2 id="import-heading">Bring in an existing journal</h2>
      <p className="muted">
        From a Day One export (the .zip or Journal.json) or from Markdown files. You will see what will be added before
        anything changes, and importing the same files again adds nothing twice.
      </p>
      <div className="row">
        <Button onClick={() => void choose('day-one')}>From Day One…</Button>
        <Button onClick={() => void choose('markdown')}>From Markdown files…</Button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      {plan && (
        <div className="notice stack" role="region" aria-label="What will be imported">
          <p>
            <strong>
              {plan.plan.drafts.length === 0
                ? 'Nothing new to add.'
                : plan.plan.drafts.length === 1
                  ? '1 entry will be added.'
                  : `${plan.plan.drafts.length} entries will be added.`}
            </strong>
          </p>
          {plan.plan.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          {plan.plan.skipped.length > 0 && (
            <details>
              <summary>{plan.plan.skipped.length} could not be read and will be left out</summary>
              <ul>
                {plan.plan.skipped.slice(0, 50).map((item) => (
                  <li key={`${item.where}-${item.reason}`}>
                    {item.where}: {item.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="actions actions--start">
            {plan.plan.drafts.length > 0 && (
              <Button variant="primary" disabled={busy} onClick={() => void bringIn()}>
                {busy ? 'Adding…' : 'Add them to my journal'}
              </Button>
            )}
            <Button onClick={() => setPlan(null)}>Cancel</Button>
          </div>
        </div>
      )}
    </section>
  )
}
