import { useState, type ReactNode } from 'react'
import { Button } from '../ui/Button'
import { Dialog } from '../ui/Dialog'
import { usePlatform } from './PlatformContext'
import { useToasts } from './ToastContext'

/** Opening a link leaves Mend, so the person sees the address and decides. */
export function useExternalLinks(): { confirmAndOpen: (url: string) => void; dialog: ReactNode } {
  const platform = usePlatform()
  const toasts = useToasts()
  const [pending, setPending] = useState<string | null>(null)
  const dialog = (
    <Dialog open={pending !== null} title="Open this link in your browser?" onClose={() => setPending(null)}>
      <p style={{ overflowWrap: 'anywhere' }}>
        <code>{pending}</code>
      </p>
      <p className="muted">Your browser will open this address. Mend itself never goes online.</p>
      <div className="dialog__actions">
        <Button onClick={() => setPending(null)}>Stay here</Button>
        <Button
          variant="primary"
          onClick={async () => {
            const url = pending
            setPending(null)
            if (!url) return
            const result = await platform.openExternal(url)
            if (!result.ok) toasts.show({ message: result.error.message })
          }}
        >
          Open in browser
        </Button>
      </div>
    </Dialog>
  )
  return { confirmAndOpen: (url) => setPending(url), dialog }
}
