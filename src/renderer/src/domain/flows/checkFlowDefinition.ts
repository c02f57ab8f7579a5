import type { FlowDefinition } from './types'

/**
 * Mistakes in a flow's data that would confuse the machine or the saved entry. Returns an empty
 * list for a sound flow; the tests run it over every flow, so new data is checked automatically.
 */
export function checkFlowDefinition(flow: FlowDefinition): readonly string[] {
  const problems: string[] = []
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(flow.id))
    problems.push(`flow id "${flow.id}" is not kebab-case`)
  if (flow.steps.length === 0) problems.push('a flow needs at least one step')
  const ids = flow.steps.map((step) => step.id)
  for (const id of new Set(ids)) {
    if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`step id "${id}" is used twice`)
  }
  for (const step of flow.steps) {
    if (step.question.trim() === '' || step.label.trim() === '') {
      problems.push(`step "${step.id}" needs a question and a label`)
    }
    if (step.type === 'choice' && step.options.length < 2) {
      problems.push(`choice step "${step.id}" needs at least two options`)
    }
    if (step.type === 'text' && (step.minLength ?? 0) > (step.maxLength ?? Infinity)) {
      problems.push(`text step "${step.id}" has minLength above maxLength`)
    }
  }
  for (const field of ['mood', 'trust'] as const) {
    const feeding = flow.steps.filter((s) => s.type === 'rating' && s.entryField === field)
    if (feeding.length > 1) problems.push(`more than one step fills the entry's ${field}`)
  }
  return problems
}
