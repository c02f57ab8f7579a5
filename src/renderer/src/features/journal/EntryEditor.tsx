import { useEffect, useRef, useState } from 'react'
import type { Entry, Rating } from '../../domain/journal/entry'
import { updateEntry, type EntryPatch } from '../../domain/journal/updateEntry'
import { wordCount } from '../../domain/journal/wordCount'
import { moodWords, ratings, trustWords } from '../../domain/journal/ratingWords'
import { isValidDateString } from '../../domain/journal/localDate'
import { themes, isThemeId } from '../../domain/journal/themes'
import { Button } from '../../ui/Button'
import { RatingPicker } from '../../ui/RatingPicker'
import { SaveStatus } from '../../ui/SaveStatus'
import { TextArea } from '../../ui/TextArea'
import { MarkdownPreview } from './MarkdownPreview'
import { useAutosave } from './useAutosave'
import { useJournal } from './JournalContext'
import { TagInput } from './TagInput'

export interface EntryEditorProps {
  readonly entry: Entry
  readonly promptText: string | null
  readonly onDelete: (entry: Entry) => void
  readonly onClose: () => void
}

const moodList = ratings.map((r) => moodWords[r])
const trustList = ratings.map((r) => trustWords[r])

export function EntryEditor({ entry, promptText, onDelete, onClose }: EntryEditorProps) {
  const journal = useJournal()
  const [draft, setDraft] = useState(entry)
  const [mode, setMode] = useState<'write' | 'preview'>('write')
  const [dateText, setDateText] = useState(entry.date)
  const autosave = useAutosave<Entry>((value) => journal.save(value))
  const bodyRef = useRef<HTMLTextAreaElement>(null)

  const entryId = entry.id
  const startedEmpty = entry.title === '' && entry.body === ''
  useEffect(() => {
    if (startedEmpty) bodyRef.current?.focus()
  }, [startedEmpty])

  // Leaving a new entry untouched leaves nothing behind; the write of pending text goes first.
  const { flush } = autosave
  useEffect(
    () => () => {
      void flush().then(() => journal.discardIfEmpty(entryId))
    },
    [flush, journal, entryId],
  )

  const draftRef = useRef(entry)
  function change(patch: EntryPatch) {
    const next = updateEntry(draftRef.current, patch, new Date())
    if (next === draftRef.current) return
    draftRef.current = next
    setDraft(next)
    autosave.change(next)
  }

  const words = wordCount(draft.body)
  return (
    <article className="editor" aria-label="Journal entry">
      {/* Screen readers list pages by heading; the title field is the visible one, so this one
          only names the page. No data-page-title: focus belongs in the writing fields here. */}
      <h1 className="visually-hidden">Journal entry</h1>
      <div className="editor__bar">
        <Button variant="quiet" onClick={onClose}>
          ← Journal
        </Button>
        <div className="row">
          <span className="muted">{words === 1 ? '1 word' : `${words} words`}</span>
          <SaveStatus
            state={autosave.status.state}
            message={autosave.status.state === 'failed' ? autosave.status.message : undefined}
            onRetry={() => void autosave.retry()}
          />
          <Button
            variant="danger"
            size="small"
            onClick={() => {
              autosave.discard()
              onDelete(draft)
            }}
          >
            Delete
          </Button>
        </div>
      </div>
      {promptText && (
        <p className="editor__prompt">
          <span className="muted">Prompt: </span>
          {promptText}
        </p>
      )}
      <label className="visually-hidden" htmlFor="entry-title">
        Title
      </label>
      <input
        autoComplete="off"
        id="entry-title"
        className="editor__title"
        placeholder="Title (optional)"
        value={draft.title}
        maxLength={200}
        onChange={(event) => change({ title: event.target.value })}
      />
      <div className="editor__meta">
        <label className="field">
          <span className="field__label">Date</span>
          <input
            autoComplete="off"
            className="input"
            type="date"
            value={dateText}
            onChange={(event) => {
              setDateText(event.target.value)
              if (isValidDateString(event.target.value)) change({ date: event.target.value })
            }}
          />
        </label>
        <label className="field">
          <span className="field__label">Theme</span>
          <select
            className="select"
            value={draft.theme ?? ''}
            onChange={(event) => change({ theme: isThemeId(event.target.value) ? event.target.value : null })}
          >
            <option value="">No theme</option>
            {themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        </label>
        <TagInput tags={draft.tags} onChange={(tags) => change({ tags })} />
      </div>
      <div className="editor__tabs" role="group" aria-label="Editor view">
        <Button size="small" aria-pressed={mode === 'write'} onClick={() => setMode('write')}>
          Write
        </Button>
        <Button size="small" aria-pressed={mode === 'preview'} onClick={() => setMode('preview')}>
          Preview
        </Button>
      </div>
      {mode === 'write' ? (
        <TextArea
          ref={bodyRef}
          label="Entry text"
          hideLabel
          className="editor__body"
          placeholder="Write whatever is true for you today. Markdown works: **bold**, *italic*, lists."
          value={draft.body}
          onChange={(event) => change({ body: event.target.value })}
        />
      ) : (
        <MarkdownPreview markdown={draft.body} label="Preview of the entry" />
      )}
      <div className="grid-2">
        <RatingPicker
          legend="Mood today"
          words={moodList}
          value={draft.mood}
          onChange={(value) => change({ mood: value as Rating })}
        />
        <RatingPicker
          legend="How much trust I feel today"
          words={trustList}
          value={draft.trust}
          onChange={(value) => change({ trust: value as Rating })}
        />
      </div>
      <details className="editor__private">
        <summary>Private note</summary>
        <TextArea
          label="Private note"
          hint="Just for you. When you share this entry you can choose to leave it out."
          value={draft.privateNote}
          onChange={(event) => change({ privateNote: event.target.value })}
        />
      </details>
    </article>
  )
}
