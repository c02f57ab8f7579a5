import { useMemo, useState } from 'react'
import { useToasts } from '../../app/ToastContext'
import { draftLetter } from '../../domain/apology/drafts/draftLetter'
import { addVersion, changedSinceLatestVersion } from '../../domain/apology/drafts/draftVersions'
import { restoreVersion } from '../../domain/apology/drafts/editMode'
import { sameContent } from '../../domain/apology/drafts/sameContent'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { diffSummary, wordDiff } from '../../domain/apology/drafts/wordDiff'
import { ApologyDiffColumns } from '../../ui/ApologyDiffColumns'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import type { DraftEditor } from './useDraftEditor'
import { versionName, versionReason, versionTime } from './versionNames'

/** "now" stands for the letter as it reads at this moment. */
const current = 'now'

export interface VersionsViewProps {
  readonly draft: ApologyDraft
  readonly applyNow: DraftEditor['applyNow']
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** The draft's history, and any two versions compared word by word. */
export function VersionsView({ draft, applyNow }: VersionsViewProps) {
  const toasts = useToasts()
  const versions = draft.versions
  const newest = versions[versions.length - 1]
  const [beforeId, setBeforeId] = useState<string>(
    versions[versions.length - 2]?.id ?? newest?.id ?? current,
  )
  const [afterId, setAfterId] = useState<string>(
    versions.length >= 2 ? (newest?.id ?? current) : current,
  )

  const letterOf = (id: string): string =>
    id === current ? draftLetter(draft.content) : (versions.find((v) => v.id === id)?.letter ?? '')
  const contentOf = (id: string) =>
    id === current ? draft.content : versions.find((v) => v.id === id)?.content
  const labelOf = (id: string): string => {
    const index = versions.findIndex((v) => v.id === id)
    const version = versions[index]
    return version ? versionName(version, index + 1) : 'The letter now'
  }
  const beforeLetter = letterOf(beforeId)
  const afterLetter = letterOf(afterId)
  const parts = useMemo(() => wordDiff(beforeLetter, afterLetter), [beforeLetter, afterLetter])
  const summary = diffSummary(parts)
  const beforeContent = contentOf(beforeId)
  const afterContent = contentOf(afterId)
  const onlyNotesDiffer =
    beforeLetter === afterLetter &&
    beforeContent !== undefined &&
    afterContent !== undefined &&
    !sameContent(beforeContent, afterContent)

  async function saveVersion() {
    if (!changedSinceLatestVersion(draft)) {
      toasts.show({
        message: 'Nothing has changed since the last version, so there is nothing new to keep.',
      })
      return
    }
    const previous = versions[versions.length - 1]
    const next = await applyNow((d, now, id) => addVersion(d, 'saved-by-you', now, id))
    const added = next.versions[next.versions.length - 1]
    // The new version is compared with the one before it: what this save added.
    if (added) {
      setBeforeId(previous?.id ?? added.id)
      setAfterId(added.id)
    }
    toasts.show({ message: 'Version saved.' })
  }

  async function restore(versionId: string) {
    const before = draft
    await applyNow((d, now, id) => restoreVersion(d, versionId, now, id))
    toasts.show({
      message: 'That version’s words are back. What you had is kept as a version.',
      undo: () => void applyNow((_d, now) => ({ ...before, updatedAt: now.toISOString() })),
    })
  }

  const options = [
    ...versions.map((v, i) => ({ id: v.id, label: versionName(v, i + 1) })),
    { id: current, label: 'The letter now' },
  ]
  return (
    <section className="apology-versions" aria-labelledby="apology-versions-title">
      <div className="apology-preview__header">
        <h2 id="apology-versions-title" tabIndex={-1}>
          Versions
        </h2>
        <Button onClick={() => void saveVersion()}>Save a version now</Button>
      </div>
      <p className="muted">
        A version is kept every couple of minutes while you write, whenever you change the status,
        and whenever you save one yourself.
      </p>
      {versions.length === 0 ? (
        <EmptyState title="No versions yet">
          <p>Keep writing, or save a version now to start the history.</p>
        </EmptyState>
      ) : (
        <>
          <h3>Compare two versions</h3>
          <div className="apology-compare__pickers">
            <label className="field">
              <span className="field__label">Earlier</span>
              <select
                className="select"
                value={beforeId}
                onChange={(e) => setBeforeId(e.target.value)}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">Later</span>
              <select
                className="select"
                value={afterId}
                onChange={(e) => setAfterId(e.target.value)}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="apology-compare__summary" role="status">
            {beforeId === afterId
              ? 'Choose two different versions to see what changed.'
              : summary.wordsAdded === 0 && summary.wordsRemoved === 0
                ? onlyNotesDiffer
                  ? 'The letter reads the same in both; only the step answers kept beside it differ.'
                  : 'These two read the same.'
                : `${plural(summary.wordsAdded, 'word')} added, ${plural(summary.wordsRemoved, 'word')} removed.`}{' '}
            <span className="muted">
              Removed words are <del>struck through</del>; added words are <ins>underlined</ins>.
            </span>
          </p>
          <ApologyDiffColumns
            parts={parts}
            beforeLabel={labelOf(beforeId)}
            afterLabel={labelOf(afterId)}
          />
          <h3>History</h3>
          <ol className="apology-history" reversed>
            {versions
              .map((version, index) => ({ version, number: index + 1 }))
              .reverse()
              .map(({ version, number }) => (
                <li key={version.id} className="apology-history__item">
                  <span>
                    <strong>{versionTime(version)}</strong> · {versionReason(version)}
                  </span>
                  <span className="row">
                    <Button
                      size="small"
                      variant="quiet"
                      onClick={() => {
                        setBeforeId(version.id)
                        setAfterId(current)
                      }}
                      aria-label={`Compare version ${number} with the letter now`}
                    >
                      Compare with now
                    </Button>
                    <Button
                      size="small"
                      variant="quiet"
                      onClick={() => void restore(version.id)}
                      aria-label={`Bring back version ${number}`}
                    >
                      Bring back
                    </Button>
                  </span>
                </li>
              ))}
          </ol>
        </>
      )}
    </section>
  )
}
