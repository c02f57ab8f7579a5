import { useState } from 'react'
import { newId } from '../../app/newId'
import { useNavigation } from '../../app/NavigationContext'
import { routeToHash } from '../../app/routes'
import { useToasts } from '../../app/ToastContext'
import { updateDraft } from '../../domain/apology/drafts/editDraft'
import { newApologyDraft } from '../../domain/apology/drafts/newApologyDraft'
import type { ApologyDraft } from '../../domain/apology/drafts/types'
import { ApologyDraftCard } from '../../ui/ApologyDraftCard'
import { Button } from '../../ui/Button'
import { EmptyState } from '../../ui/EmptyState'
import { Notice } from '../../ui/Notice'
import { PageHeader } from '../../ui/PageHeader'
import { useApologySnapshot, useApologyStore } from './ApologyContext'
import { deliveredOn, draftProgress, lastEdited } from './draftSummary'
import { RenameDialog } from './RenameDialog'

/** Route id of the "check a journal entry" page; draft ids are random UUIDs, so never this. */
export const checkEntryRouteId = 'check'

export function ApologyHome() {
  const store = useApologyStore()
  const snapshot = useApologySnapshot()
  const toasts = useToasts()
  const { navigate } = useNavigation()
  const [renaming, setRenaming] = useState<ApologyDraft | null>(null)

  async function create() {
    const draft = newApologyDraft({ id: newId(), now: new Date() })
    const saved = await store.save(draft)
    if (!saved.ok) {
      toasts.show({ message: saved.error.message })
      return
    }
    navigate({ area: 'apology', draftId: draft.id })
  }

  async function rename(draft: ApologyDraft, title: string) {
    const saved = await store.save(updateDraft(draft, { title }, new Date()))
    if (!saved.ok) toasts.show({ message: saved.error.message })
  }

  async function remove(draft: ApologyDraft) {
    const removed = await store.remove(draft.id)
    if (!removed.ok) {
      toasts.show({ message: removed.error.message })
      return
    }
    toasts.show({
      message: `Deleted “${draft.title}”.`,
      focusUndo: true,
      undo: () => {
        void store.save(removed.value).then((restored) => {
          if (!restored.ok) toasts.show({ message: restored.error.message })
        })
      },
    })
  }

  return (
    <div className="page apology-home">
      <PageHeader
        title="Apology studio"
        description="Write a sincere apology one part at a time, see what might get in its way, and plan how to make it right."
        actions={
          <Button variant="primary" onClick={() => void create()}>
            New apology
          </Button>
        }
      />
      <p className="apology-home__intro">
        People hear an apology best when it owns what happened without excuses and offers to repair
        it. The studio walks you through each part, with examples, and gently points out phrases
        that can turn “sorry” into something that sounds like less. Take your time: it saves as you
        write.
      </p>
      {snapshot.status === 'failed' && (
        <Notice tone="error">
          Your apologies could not be opened just now. Lock Mend and unlock it again; if that
          doesn’t help, restoring a backup may.
        </Notice>
      )}
      {snapshot.damagedIds.length > 0 && (
        <Notice tone="warning">
          {snapshot.damagedIds.length === 1
            ? 'One apology'
            : `${snapshot.damagedIds.length} apologies`}{' '}
          could not be opened: the stored copy has been changed or corrupted. The others are fine.
        </Notice>
      )}
      <section aria-labelledby="apology-drafts-title">
        <h2 id="apology-drafts-title">Your apologies</h2>
        {snapshot.status === 'loading' ? (
          <p className="muted">Opening your apologies…</p>
        ) : snapshot.drafts.length === 0 ? (
          <EmptyState title="No apologies yet">
            <p>When you’re ready, start one. Nothing here is shared unless you choose to.</p>
          </EmptyState>
        ) : (
          <ul className="apology-draft-list">
            {snapshot.drafts.map((draft) => (
              <ApologyDraftCard
                key={draft.id}
                title={draft.title}
                href={routeToHash({ area: 'apology', draftId: draft.id })}
                status={draft.status}
                deliveredOn={deliveredOn(draft)}
                lastEdited={lastEdited(draft)}
                progress={draftProgress(draft)}
                onRename={() => setRenaming(draft)}
                onDelete={() => void remove(draft)}
              />
            ))}
          </ul>
        )}
      </section>
      <section className="apology-home__check card" aria-labelledby="apology-check-title">
        <h2 id="apology-check-title">Check something you’ve already written</h2>
        <p className="muted">
          Run the same gentle check on any journal entry, to see which phrases might read as a
          non-apology.
        </p>
        <Button onClick={() => navigate({ area: 'apology', draftId: checkEntryRouteId })}>
          Check a journal entry
        </Button>
      </section>
      <RenameDialog
        title={renaming?.title ?? null}
        onClose={() => setRenaming(null)}
        onRename={(title) => {
          if (renaming) void rename(renaming, title)
        }}
      />
    </div>
  )
}
