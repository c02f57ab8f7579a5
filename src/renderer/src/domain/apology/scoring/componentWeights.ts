import type { ApologyComponent } from '../types'

/**
 * Points out of 100 for each component, in the order of how much they mattered to the people in
 * Lewicki, Polin & Lount (2016): responsibility, then repair, then the rest; a request for
 * forgiveness mattered least and can be left out.
 */
export const componentWeights: Readonly<Record<ApologyComponent, number>> = {
  responsibility: 30,
  repair: 25,
  regret: 15,
  repentance: 15,
  explanation: 10,
  'forgiveness-request': 5,
}

/** Most valuable first, for choosing which missing component to coach on. */
export const componentsByValue: readonly ApologyComponent[] = (
  Object.keys(componentWeights) as ApologyComponent[]
).sort((a, b) => componentWeights[b] - componentWeights[a])

/** One plain line per component, shown when it is the most valuable one missing. */
export const coachingHints: Readonly<Record<ApologyComponent, string>> = {
  responsibility:
    'Say plainly what you did, with “I”, and that it was your choice. It’s the part that matters most.',
  repair:
    'Offer to make it right: ask what would help, or suggest something concrete you could do.',
  regret: 'Say “I’m sorry” for what you did, in your own words.',
  repentance: 'Say what you’ll do differently from now on, clearly enough that you’ll both notice.',
  explanation: 'If it helps, add a sentence about what was going on for you, then own it.',
  'forgiveness-request':
    'If it feels right, you could gently ask for forgiveness. It’s fine to leave this out.',
}
