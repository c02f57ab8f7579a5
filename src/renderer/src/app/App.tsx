import { useCallback, useEffect, useState } from 'react'
import type { CreatedJournal, JournalSummary, VaultDirectory, VaultSession } from '../db/types'
import { Onboarding } from '../features/onboarding/Onboarding'
import { LockScreen } from './LockScreen'
import { UnlockedApp } from './UnlockedApp'
import { lockAndReload } from './lockAndReload'
import { ChangePassphraseRequired } from './ChangePassphraseRequired'
import { AutoBackupAfterUnlock } from '../features/backup/AutoBackupAfterUnlock'

type Phase =
  | { readonly name: 'loading' }
  | { readonly name: 'welcome'; readonly existing: readonly JournalSummary[] }
  | { readonly name: 'locked'; readonly journals: readonly JournalSummary[] }
  | {
      readonly name: 'unlocked'
      readonly vault: VaultSession
      readonly firstRun: boolean
      /** After a recovery-key unlock, a new passphrase comes before anything else. */
      readonly needsNewPassphrase: boolean
    }
  | { readonly name: 'failed'; readonly message: string }

export function App({ directory }: { readonly directory: VaultDirectory }) {
  const [phase, setPhase] = useState<Phase>({ name: 'loading' })

  useEffect(() => {
    let cancelled = false
    directory.list().then(
      (journals) => {
        if (cancelled) return
        setPhase(journals.length === 0 ? { name: 'welcome', existing: [] } : { name: 'locked', journals })
      },
      () => {
        if (cancelled) return
        setPhase({
          name: 'failed',
          message:
            'Mend could not open its storage on this computer. If the browser is in private mode or storage is turned off, turn it on and reload.',
        })
      },
    )
    return () => {
      cancelled = true
    }
  }, [directory])

  const onCreated = useCallback((created: CreatedJournal) => {
    setPhase({ name: 'unlocked', vault: created.session, firstRun: true, needsNewPassphrase: false })
  }, [])

  // After an unlock or a restore; recovery words mean a new passphrase comes first.
  const adopt = useCallback((vault: VaultSession) => {
    setPhase({
      name: 'unlocked',
      vault,
      firstRun: false,
      needsNewPassphrase: vault.mustChangePassphrase,
    })
  }, [])

  const lock = useCallback(() => {
    void lockAndReload(phase.name === 'unlocked' ? phase.vault : null)
  }, [phase])

  switch (phase.name) {
    case 'loading':
      return (
        <div className="centered" aria-busy="true">
          <p className="muted">Opening Mend…</p>
        </div>
      )
    case 'failed':
      return (
        <main className="centered">
          <div className="narrow notice notice--error" role="alert">
            {phase.message}
          </div>
        </main>
      )
    case 'welcome':
      return (
        <Onboarding
          directory={directory}
          isAdditionalJournal={phase.existing.length > 0}
          onCreated={onCreated}
          onRestored={adopt}
          onCancel={phase.existing.length > 0 ? () => setPhase({ name: 'locked', journals: phase.existing }) : undefined}
        />
      )
    case 'locked':
      return (
        <LockScreen
          directory={directory}
          journals={phase.journals}
          onUnlocked={adopt}
          onCreateAnother={() => setPhase({ name: 'welcome', existing: phase.journals })}
        />
      )
    case 'unlocked':
      if (phase.needsNewPassphrase) {
        return (
          <ChangePassphraseRequired
            vault={phase.vault}
            onChanged={() => setPhase({ ...phase, needsNewPassphrase: false })}
            onLock={lock}
          />
        )
      }
      return (
        <>
          <AutoBackupAfterUnlock vault={phase.vault} />
          <UnlockedApp vault={phase.vault} lock={lock} firstRun={phase.firstRun} />
        </>
      )
  }
}
