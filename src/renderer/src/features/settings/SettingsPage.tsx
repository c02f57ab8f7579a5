import { useState } from 'react'
import { useAppearance, type Appearance } from '../../app/useAppearance'
import { usePlatform } from '../../app/PlatformContext'
import { useToasts } from '../../app/ToastContext'
import { idleLockChoices } from '../../domain/settings/appSettings'
import { PageHeader } from '../../ui/PageHeader'
import { Notice } from '../../ui/Notice'
import { useSettings } from './SettingsContext'
import { ReminderSettings } from './ReminderSettings'
import { ReviewNotificationSettings } from './ReviewNotificationSettings'
import { ImportSection } from './ImportSection'
import { BackupSection } from '../backup/BackupSection'
import { ChangePassphraseSection } from './ChangePassphraseSection'
import { RecoveryWordsSection } from './RecoveryWordsSection'

export function SettingsPage() {
  const { settings, update } = useSettings()
  const [appearance, setAppearance] = useAppearance()
  const platform = usePlatform()
  const toasts = useToasts()
  const [error, setError] = useState<string | null>(null)

  async function save(patch: Parameters<typeof update>[0], message: string) {
    const result = await update(patch)
    if (result.ok) {
      setError(null)
      toasts.show({ message })
    } else setError(result.error.message)
  }

  return (
    <div className="page">
      <PageHeader title="Settings" description="How Mend looks, locks and reminds you." />
      {error && <Notice tone="error">{error}</Notice>}
      <section className="card stack" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <label className="field">
          <span className="field__label">Colours</span>
          <select
            className="select"
            value={appearance}
            onChange={(event) => setAppearance(event.target.value as Appearance)}
          >
            <option value="system">Follow my computer</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </section>
      <section className="card stack" aria-labelledby="privacy-heading" style={{ marginTop: 'var(--space-4)' }}>
        <h2 id="privacy-heading">Privacy and locking</h2>
        <label className="field">
          <span className="field__label">Lock after I’ve been away for</span>
          <select
            className="select"
            value={settings.idleLockMinutes}
            onChange={(event) =>
              void save({ idleLockMinutes: Number(event.target.value) }, 'Lock timer saved.')
            }
          >
            {idleLockChoices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 1 ? '1 minute' : `${minutes} minutes`}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.lockWhenHidden}
            onChange={(event) =>
              void save({ lockWhenHidden: event.target.checked }, 'Saved.')
            }
          />
          <span>Lock as soon as Mend’s window is hidden or minimised</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.privacyScreen}
            disabled={!platform.supportsPrivacyScreen}
            onChange={async (event) => {
              const enabled = event.target.checked
              const applied = await platform.setPrivacyScreen(enabled)
              if (!applied.ok) return setError(applied.error.message)
              await save({ privacyScreen: enabled }, enabled ? 'Mend is hidden from screenshots.' : 'Saved.')
            }}
          />
          <span>
            Hide Mend from screenshots and screen sharing
            {!platform.supportsPrivacyScreen && (
              <span className="muted"> (available in the desktop app on Windows and macOS)</span>
            )}
          </span>
        </label>
        <p className="muted">
          You can always lock Mend yourself with <kbd>Ctrl</kbd>+<kbd>L</kbd> (<kbd>⌘</kbd>+<kbd>L</kbd> on a Mac).
        </p>
      </section>
      <ReminderSettings />
      <ReviewNotificationSettings />
      <ImportSection />
      <BackupSection />
      <ChangePassphraseSection />
      <RecoveryWordsSection />
    </div>
  )
}
