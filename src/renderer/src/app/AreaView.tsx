import type { Route } from './routes'
import { SettingsPage } from '../features/settings/SettingsPage'
import { HelpPage } from '../features/help/HelpPage'
import { JournalArea } from '../features/journal/JournalArea'
import { GuidedArea } from '../features/guided/GuidedArea'
import { ShareArea } from '../features/share/ShareArea'
import { AgreementsArea } from '../features/agreements/AgreementsArea'
import { ProgressArea } from '../features/progress/ProgressArea'
import { ApologyArea } from '../features/apology/ApologyArea'

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
      return <ApologyArea draftId={route.draftId} />
    case 'agreements':
      return <AgreementsArea />
    case 'progress':
      return <ProgressArea />
    case 'share':
      return <ShareArea />
  }
}
