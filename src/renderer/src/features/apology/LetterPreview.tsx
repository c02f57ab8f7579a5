import { draftLetter } from '../../domain/apology/drafts/draftLetter'
import type { DraftPatch } from '../../domain/apology/drafts/editDraft'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { ApologyHighlightedText } from '../../ui/ApologyHighlightedText'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { TextArea } from '../../ui/TextArea'
import { TextField } from '../../ui/TextField'
import { DraftScore } from './DraftScore'
import { useLiveCheck } from './useLiveCheck'

export interface LetterPreviewProps {
  readonly draft: ApologyDraft
  readonly edit: (patch: DraftPatch) => void
  readonly onEditWhole: () => void
  readonly onRebuild: () => void
}

/** The letter as the steps make it, beside the builder, with the greeting and sign-off. */
export function LetterPreview({ draft, edit, onEditWhole, onRebuild }: LetterPreviewProps) {
  const { content } = draft
  const letter = draftLetter(content)
  const { checkedText, findings } = useLiveCheck(letter)
  const hasFreeText = content.freeText !== null
  return (
    <aside className="apology-preview" aria-labelledby="apology-preview-title">
      <div className="apology-preview__header">
        <h2 id="apology-preview-title">Your letter</h2>
        <Button size="small" onClick={onEditWhole}>
          Edit the whole letter
        </Button>
      </div>
      {hasFreeText ? (
        <Notice>
          You have edited the whole letter, so those words are the letter now. Changing a step here
          won’t change it: the steps stay as your notes.{' '}
          <Button size="small" variant="quiet" onClick={onRebuild}>
            Rebuild the letter from the steps
          </Button>
        </Notice>
      ) : (
        <>
          <TextField
            label="Greeting"
            placeholder="Dear ___,"
            value={content.greeting}
            onChange={(event) => edit({ greeting: event.target.value })}
          />
        </>
      )}
      <div className="apology-preview__letter">
        {letter.trim() === '' ? (
          <p className="muted">Your letter appears here as you answer the steps.</p>
        ) : (
          <ApologyHighlightedText
            text={checkedText}
            ranges={findings}
            label="Letter preview, with phrases to look at marked"
          />
        )}
      </div>
      {!hasFreeText && (
        <TextArea
          label="Sign-off"
          placeholder={'With love,\nYour name'}
          rows={2}
          className="apology-preview__signoff"
          value={content.signOff}
          onChange={(event) => edit({ signOff: event.target.value })}
        />
      )}
      <DraftScore
        source={hasFreeText ? letter : content.answers}
        phrasesToLookAt={findings.length}
      />
    </aside>
  )
}
