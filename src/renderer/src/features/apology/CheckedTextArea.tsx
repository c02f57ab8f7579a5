import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import { useToasts } from '../../app/ToastContext'
import { categoryGuides } from '../../domain/apology/categoryGuides'
import {
  applySuggestion,
  firstBlank,
  undoSuggestion,
} from '../../domain/apology/drafts/applySuggestion'
import { checkStatusWords } from '../../domain/apology/drafts/checkStatusWords'
import type { ApologyFinding } from '../../domain/apology/types'
import { ApologyFindingCard } from '../../ui/ApologyFindingCard'
import { ApologyHighlightedText } from '../../ui/ApologyHighlightedText'
import { TextArea } from '../../ui/TextArea'
import { useLiveCheck } from './useLiveCheck'

export interface CheckedTextAreaProps {
  readonly label: ReactNode
  readonly hint?: ReactNode
  readonly value: string
  readonly onChange: (text: string) => void
  readonly placeholder?: string
  readonly className?: string
  readonly ref?: Ref<HTMLTextAreaElement>
  /** What the checked words are called in headings: "your answer", "your letter". */
  readonly noun: string
}

/**
 * A text area with the non-apology checker running as the person types: flagged phrases shown
 * below in a highlighted copy of their words, each with why and a wording to use instead.
 */
export function CheckedTextArea({
  label,
  hint,
  value,
  onChange,
  placeholder,
  className,
  ref,
  noun,
}: CheckedTextAreaProps) {
  const toasts = useToasts()
  const { checkedText, findings } = useLiveCheck(value)
  const [active, setActive] = useState<number | null>(null)
  const ownRef = useRef<HTMLTextAreaElement | null>(null)
  const valueRef = useRef(value)
  useEffect(() => {
    valueRef.current = value
  }, [value])

  function setRefs(element: HTMLTextAreaElement | null) {
    ownRef.current = element
    if (typeof ref === 'function') ref(element)
    else if (ref) ref.current = element
  }

  function adoptWording(finding: ApologyFinding) {
    const applied = applySuggestion(valueRef.current, finding, checkedText)
    if (!applied) {
      toasts.show({
        message: 'That sentence changed while it was being checked. Its new suggestion is below.',
      })
      return
    }
    valueRef.current = applied.text
    onChange(applied.text)
    setActive(null)
    window.requestAnimationFrame(() => {
      const area = ownRef.current
      if (!area) return
      area.focus()
      // A pattern's first blank is selected, so typing fills it in.
      const blank = firstBlank(applied)
      area.setSelectionRange(blank?.start ?? applied.end, blank?.end ?? applied.end)
    })
    toasts.show({
      message: 'New wording in place.',
      undo: () => {
        const restored = undoSuggestion(valueRef.current, applied)
        if (restored === null) {
          toasts.show({
            message: 'The new wording has been edited since, so it was left as it is.',
          })
        } else onChange(restored)
      },
    })
  }

  const count = findings.length
  return (
    <div className="apology-checked">
      <TextArea
        ref={setRefs}
        label={label}
        hint={hint}
        value={value}
        placeholder={placeholder}
        className={className}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="apology-checked__status muted" role="status">
        {checkStatusWords(value, count)}
      </p>
      {count > 0 && (
        <section className="apology-check" aria-label={`Phrases to look at in ${noun}`}>
          <ApologyHighlightedText
            text={checkedText}
            ranges={findings}
            activeIndex={active}
            label={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} with phrases marked`}
          />
          <ol className="apology-findings">
            {findings.map((finding, index) => (
              <ApologyFindingCard
                key={finding.id}
                number={index + 1}
                title={categoryGuides[finding.category].title}
                matchedText={finding.matchedText}
                explanation={finding.explanation}
                suggestion={finding.suggestion}
                canUseWording={finding.wording !== ''}
                onUseWording={() => adoptWording(finding)}
                onFocusChange={(focused) =>
                  setActive((current) => (focused ? index : current === index ? null : current))
                }
              />
            ))}
          </ol>
        </section>
      )}
    </div>
  )
}
