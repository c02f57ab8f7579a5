import { TextArea } from '../../ui/TextArea'
import { TextField } from '../../ui/TextField'
import type { BackupSecretInput, BackupSecretMode } from './backupSecretInput'

export interface BackupSecretFieldsProps {
  readonly value: BackupSecretInput
  readonly onChange: (value: BackupSecretInput) => void
  readonly error: string | null
  readonly disabled: boolean
}

const modes: readonly { readonly mode: BackupSecretMode; readonly label: string }[] = [
  { mode: 'passphrase', label: 'Its passphrase' },
  { mode: 'recovery-words', label: 'Its recovery words' },
]

/** Focuses whichever secret field the form shows, selecting what was typed so it can be retyped. */
export function focusSecretField(form: HTMLFormElement | null): void {
  const field = form?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    'input[type="password"], textarea',
  )
  field?.focus()
  field?.select()
}

/** The passphrase of the backed-up journal, or its 24 recovery words. */
export function BackupSecretFields({ value, onChange, error, disabled }: BackupSecretFieldsProps) {
  return (
    <>
      <fieldset className="rating" disabled={disabled}>
        <legend>Open the backup with</legend>
        <div className="rating__options">
          {modes.map(({ mode, label }) => (
            <label key={mode} className="rating__option">
              <input
                type="radio"
                name="backup-secret-mode"
                value={mode}
                checked={value.mode === mode}
                onChange={() => onChange({ ...value, mode })}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {value.mode === 'passphrase' ? (
        <TextField
          label="Passphrase of the backed-up journal"
          hint="The passphrase it had when the backup was made."
          type="password"
          autoComplete="off"
          value={value.passphrase}
          onChange={(event) => onChange({ ...value, passphrase: event.target.value })}
          error={error}
          disabled={disabled}
        />
      ) : (
        <TextArea
          label="Recovery words of the backed-up journal"
          hint="All 24, in order. Spaces, line breaks and numbers are fine."
          value={value.wordsText}
          onChange={(event) => onChange({ ...value, wordsText: event.target.value })}
          error={error}
          disabled={disabled}
          spellCheck={false}
          autoComplete="off"
        />
      )}
    </>
  )
}
