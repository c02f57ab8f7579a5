import type { ApologyStatus } from '../domain/apology/drafts/types'

export interface ApologyStatusBadgeProps {
  readonly status: ApologyStatus
  /** "3 May 2026", shown for a delivered apology. */
  readonly deliveredOn?: string | null
}

export const apologyStatusNames: Readonly<Record<ApologyStatus, string>> = {
  drafting: 'Drafting',
  ready: 'Ready to give',
  delivered: 'Shared',
}

export function ApologyStatusBadge({ status, deliveredOn }: ApologyStatusBadgeProps) {
  const text =
    status === 'delivered' && deliveredOn
      ? `${apologyStatusNames.delivered} ${deliveredOn}`
      : apologyStatusNames[status]
  return <span className={`apology-badge apology-badge--${status}`}>{text}</span>
}
