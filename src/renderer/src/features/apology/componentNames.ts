import { apologyStepById } from '../../domain/apology/apologySteps'
import type { ApologyComponent } from '../../domain/apology/types'

/** A component as the builder names its step, in lower case for lists ("owning it"). */
export function componentName(component: ApologyComponent): string {
  const title = apologyStepById(component).title
  return title.charAt(0).toLowerCase() + title.slice(1)
}
