import { useEffect, useMemo, useRef, useState } from 'react'
import { newId } from '../../app/newId'
import { useToasts } from '../../app/ToastContext'
import { addCustomPrompt, customPromptIdPrefix, deleteCustomPrompt, editPrompt, hidePrompt, showPrompt } from '../../domain/prompts/customPrompts'
import { promptLibrary } from '../../domain/prompts/promptLibrary'
import { promptCatalogue, type PromptCatalogueItem } from '../../domain/prompts/visiblePrompts'
import { themes, type ThemeId } from '../../domain/journal/themes'
import { Button } from '../../ui/Button'
import { useStartEntry } from '../journal/useStartEntry'
import { PromptEditor } from './PromptEditor'
import { usePrompts } from './PromptsContext'

/** Browse, write from, reword, hide and add prompts, one theme at a time. */
export function PromptLibrary() {
  const { customisations, saveCustomisations } = usePrompts()
  const toasts = useToasts()
  const start = useStartEntry()
  const [theme, setTheme] = useState<ThemeId>('communication')
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  // Closing an editor removes what had focus; it goes back to the button that opened it.
  const returnFocusTo = useRef<string | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const closeEditor = (opener: string) => {
    returnFocusTo.current = opener
    setEditing(null)
  }
  useEffect(() => {
    const opener = returnFocusTo.current
    if (editing !== null || opener === null) return
    returnFocusTo.current = null
    const button =
      opener === 'new'
        ? addButton.current
        : document.querySelector<HTMLElement>(`[data-prompt-edit="${CSS.escape(opener)}"]`)
    button?.focus()
  }, [editing])
  const items = useMemo(
    () => promptCatalogue(promptLibrary, customisations).filter((item) => item.prompt.theme === theme),
    [customisations, theme],
  )

  async function persist(next: typeof customisations, message: string, undoTo?: typeof customisations) {
    const result = await saveCustomisations(next)
    if (!result.ok) return toasts.show({ message: result.error.message })
    toasts.show({ message, undo: undoTo ? () => void saveCustomisations(undoTo) : undefined })
  }

  return (
    <section aria-labelledby="prompts-heading" className="stack">
      <h2 id="prompts-heading">Prompts</h2>
      <div className="row theme-switch" role="group" aria-label="Show prompts for">
        {themes.map((t) => (
          <Button key={t.id} size="small" aria-pressed={t.id === theme} onClick={() => setTheme(t.id)}>
            {t.name}
          </Button>
        ))}
      </div>
      <ul className="plain-list card" aria-label={`Prompts: ${themes.find((t) => t.id === theme)?.name}`}>
        {items.map((item) =>
          editing === item.prompt.id ? (
            <li key={item.prompt.id}>
              <PromptEditor
                draftKey={`prompt:${item.prompt.id}:edit`}
                initial={item.prompt}
                onCancel={() => closeEditor(item.prompt.id)}
                onSave={async (wording) => {
                  const next = editPrompt(customisations, promptLibrary, item.prompt.id, wording, new Date())
                  if (!next.ok) return next.error.message
                  closeEditor(item.prompt.id)
                  await persist(next.value, 'Prompt updated.')
                  return null
                }}
              />
            </li>
          ) : (
            <PromptRow
              key={item.prompt.id}
              item={item}
              onWrite={() => void start({ promptId: item.prompt.id, theme: item.prompt.theme, kind: 'prompt' })}
              onEdit={() => setEditing(item.prompt.id)}
              onToggleHidden={() =>
                void persist(
                  item.hidden ? showPrompt(customisations, item.prompt.id) : hidePrompt(customisations, item.prompt.id),
                  item.hidden ? 'Prompt shown again.' : 'Prompt hidden. It won’t be offered as a daily prompt.',
                  customisations,
                )
              }
              onDelete={
                item.origin === 'custom'
                  ? () => void persist(deleteCustomPrompt(customisations, item.prompt.id), 'Your prompt was deleted.', customisations)
                  : undefined
              }
            />
          ),
        )}
        <li>
          {editing === 'new' ? (
            <PromptEditor
              draftKey="prompt:new"
              initial={{ text: '', why: '' }}
              onCancel={() => closeEditor('new')}
              onSave={async (wording) => {
                const next = addCustomPrompt(customisations, { ...wording, id: `${customPromptIdPrefix}${newId()}`, theme }, new Date())
                if (!next.ok) return next.error.message
                closeEditor('new')
                await persist(next.value, 'Your prompt was added.')
                return null
              }}
            />
          ) : (
            <Button ref={addButton} onClick={() => setEditing('new')}>
              Add your own prompt
            </Button>
          )}
        </li>
      </ul>
    </section>
  )
}

interface PromptRowProps {
  readonly item: PromptCatalogueItem
  readonly onWrite: () => void
  readonly onEdit: () => void
  readonly onToggleHidden: () => void
  readonly onDelete: (() => void) | undefined
}

function PromptRow({ item, onWrite, onEdit, onToggleHidden, onDelete }: PromptRowProps) {
  return (
    <li className="prompt-row" data-hidden={item.hidden}>
      <p className="prompt-row__text">
        {item.prompt.text}
        {item.origin === 'custom' && <span className="chip"> yours</span>}
        {item.hidden && <span className="chip"> hidden</span>}
      </p>
      {item.prompt.why && <p className="muted">{item.prompt.why}</p>}
      {/* Ninety rows of the same four buttons: each name adds its prompt after the visible word,
          so a screen reader's list of buttons says which is which. */}
      <div className="row">
        <Button size="small" variant="primary" aria-label={`Write about this: ${item.prompt.text}`} onClick={onWrite}>
          Write about this
        </Button>
        <Button size="small" aria-label={`Edit: ${item.prompt.text}`} data-prompt-edit={item.prompt.id} onClick={onEdit}>
          Edit
        </Button>
        <Button size="small" aria-label={`${item.hidden ? 'Show' : 'Hide'}: ${item.prompt.text}`} onClick={onToggleHidden}>
          {item.hidden ? 'Show' : 'Hide'}
        </Button>
        {onDelete && (
          <Button size="small" variant="danger" aria-label={`Delete: ${item.prompt.text}`} onClick={onDelete}>
            Delete
          </Button>
        )}
      </div>
    </li>
  )
}
