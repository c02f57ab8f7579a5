import {
  buildDashboard,
  type Dashboard,
  type DashboardInput,
} from '../../domain/progress/buildDashboard'

/** Same length and the same items in the same places: an unchanged list rebuilt by its store. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

function sameInput(a: DashboardInput, b: DashboardInput): boolean {
  return (
    sameItems(a.entries, b.entries) &&
    sameItems(a.agreements, b.agreements) &&
    sameItems(a.commitments, b.commitments) &&
    sameItems(a.commitmentLogs, b.commitmentLogs) &&
    sameItems(a.milestones, b.milestones)
  )
}

export type DashboardBuilder = (input: DashboardInput, today: string, timeZone: string) => Dashboard

/**
 * buildDashboard that answers from its last result while the inputs hold the same records. The
 * journal store hands out a fresh entries array when only its search index changes, so items are
 * compared one by one (10,000 identity checks take well under a millisecond), never by content.
 */
export function createDashboardMemo(build: DashboardBuilder = buildDashboard): DashboardBuilder {
  let last: {
    input: DashboardInput
    today: string
    timeZone: string
    dashboard: Dashboard
  } | null = null
  return (input, today, timeZone) => {
    if (
      last &&
      last.today === today &&
      last.timeZone === timeZone &&
      sameInput(last.input, input)
    ) {
      return last.dashboard
    }
    const dashboard = build(input, today, timeZone)
    last = { input, today, timeZone, dashboard }
    return dashboard
  }
}

/** The app's one memo: it outlives the Progress screen, so coming back to it costs nothing. */
export const memoisedDashboard = createDashboardMemo()
