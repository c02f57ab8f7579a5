import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/styles/tokens.css'
import './ui/styles/base.css'
import './ui/styles/controls.css'
import './ui/styles/layout.css'
import './ui/styles/onboarding.css'
import './ui/styles/journal.css'
import './ui/styles/share.css'
import './ui/styles/progress.css'
import './ui/styles/apology.css'
import './ui/styles/backup.css'
import { App } from './app/App'
import { applyStoredAppearance } from './app/useAppearance'
import { ErrorBoundary } from './app/ErrorBoundary'
import { PlatformContext } from './app/PlatformContext'
import { ToastProvider } from './app/ToastContext'
import { createPlatform } from './platform/createPlatform'
import { createVaultDirectory } from './db/vaultDirectory'

applyStoredAppearance()
// Every start is a locked start: after unlocking, the journal opens at its home, not at whatever
// entry the address pointed to before a reload.
if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search)
const platform = createPlatform()
const directory = createVaultDirectory()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')

createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <PlatformContext.Provider value={platform}>
        <ToastProvider>
          <App directory={directory} />
        </ToastProvider>
      </PlatformContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
)
