import type { Route } from './routes'
import { PageHeader } from '../ui/PageHeader'
import { EmptyState } from '../ui/EmptyState'
import { SettingsPage } from '../features/settings/SettingsPage'
import { HelpPage } from '../features/help/HelpPage'
import { JournalArea } from '../features/journal/JournalArea'
import { GuidedArea } from '../features/guided/GuidedArea'
import { ShareArea } from '../features/share/ShareArea'
import { AgreementsArea } from '../features/agreements/AgreementsArea'
import { ProgressArea } from '../features/progress/ProgressArea'

export function AreaView({ route, firstRun }: { readonly route: Route; readonly firstRun: boolean }) {
  switch (route.area) {
    case 'journal':
      return <JournalArea entryId={route.entryId} firstRun={firstRun} />
    case 'settings':
      return <SettingsPage />
    case 'help':
      return <HelpPage />
    case 'guided':
      return <GuidedArea flowId={route.flowId} sessionId={route.sessionId} />
    case 'apology':
      return <ComingSoon title="Apology studio" text="Help writing a sincere apology, one part at a time." />
    case 'agreements':
      return <AgreementsArea />
    case 'progress':
      return <ProgressArea />
    case 'share':
      return <ShareArea />
  }
}

function ComingSoon({ title, text }: { readonly title: string; readonly text: string }) {
  return (
    <div className="page">
      <PageHeader title={title} description={text} />
      <EmptyState title="Not here yet">
        <p>This part of Mend is still being built.</p>
      </EmptyState>
    </div>
  )
}
