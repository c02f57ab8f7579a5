import { themeById } from '../../domain/journal/themes'
import { Button } from '../../ui/Button'
import { useStartEntry } from '../journal/useStartEntry'
import { usePrompts } from './PromptsContext'

export function PromptOfTheDayCard() {
  const { todaysPrompt, ready } = usePrompts()
  const start = useStartEntry()
  return (
    <section className="card prompt-card" aria-labelledby="prompt-of-the-day">
      <h2 id="prompt-of-the-day">Today’s prompt</h2>
      {!ready ? (
        <p className="muted">Choosing today’s prompt…</p>
      ) : !todaysPrompt ? (
        <p className="muted">Every prompt is hidden. You can show them again in Guided → Prompts.</p>
      ) : (
        <>
          <p className="prompt-card__text">{todaysPrompt.text}</p>
          <p className="muted">
            <span className="chip">{themeById(todaysPrompt.theme).name}</span> {todaysPrompt.why}
          </p>
          <Button
            variant="primary"
            onClick={() =>
              void start({ promptId: todaysPrompt.id, theme: todaysPrompt.theme, kind: 'prompt' })
            }
          >
            Write about this
          </Button>
        </>
      )}
    </section>
  )
}
